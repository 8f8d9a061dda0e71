package org.kefu.nlu.faq;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kefu.nlu.text.AnalyzedText;

/**
 * The index terms of a text, in two fields: the pipeline's words (HanLP words, stemmed English) and the
 * character bigrams of every run of Chinese ideographs. The same functions feed the index analyzer and the
 * query, so both always see identical terms.
 *
 * <p>Why bigrams: HanLP segments a paraphrase and a stored question differently surprisingly often
 * ({@code 运费险} vs {@code 运费 险}); their bigrams still overlap, which keeps BM25 recall high.
 */
final class FaqTerms {
    /** Field of the pipeline words. */
    static final String WORDS = "w";
    /** Field of the Chinese character bigrams. */
    static final String BIGRAMS = "b";

    /** Bounds the query size: Lucene caps Boolean clauses, and a pasted essay needs no more. */
    static final int MAX_TERMS_PER_FIELD = 128;

    private FaqTerms() {}

    /** The distinct words of an analysed text, in first-seen order; blank tokens dropped. */
    static List<String> words(AnalyzedText text) {
        Set<String> out = new LinkedHashSet<>();
        for (String term : text.terms()) {
            if (!term.isBlank() && out.size() < MAX_TERMS_PER_FIELD) {
                out.add(term);
            }
        }
        return new ArrayList<>(out);
    }

    /** The distinct ideograph bigrams of a normalised text; a lone ideograph between non-ideographs gives none. */
    static List<String> bigrams(String normalized) {
        Set<String> out = new LinkedHashSet<>();
        int previous = -1;
        for (int i = 0; i < normalized.length() && out.size() < MAX_TERMS_PER_FIELD; ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isIdeographic(cp)) {
                if (previous >= 0) {
                    out.add(new StringBuilder().appendCodePoint(previous).appendCodePoint(cp).toString());
                }
                previous = cp;
            } else {
                previous = -1;
            }
        }
        return new ArrayList<>(out);
    }

    /** Both fields' terms of a text, prefixed by field, for overlap computations. */
    static Set<String> all(AnalyzedText text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words(text)) {
            out.add(WORDS + ':' + w);
        }
        for (String b : bigrams(text.normalized())) {
            out.add(BIGRAMS + ':' + b);
        }
        return out;
    }
}
