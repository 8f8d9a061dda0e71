package org.kefu.nlu.text;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.kefu.nlu.Language;
import org.kefu.nlu.Token;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * A message after the {@link TextPipeline}: the text as received, its normalised form, its language
 * and its tokens.
 *
 * @param original the message as received
 * @param normalized the normalised message (NFKC, half-width, simplified, lower case, single spaces),
 *     truncated to {@link TextPipeline#MAX_CHARS}
 * @param language detected language of the normalised message
 * @param tokens words of the normalised message in order; offsets refer to {@code normalized}
 */
public record AnalyzedText(String original, String normalized, Language language, List<Token> tokens) {

    public AnalyzedText {
        requireNonNull(original, "original");
        requireNonNull(normalized, "normalized");
        requireNonNull(language, "language");
        tokens = List.copyOf(tokens);
        for (Token t : tokens) {
            if (t.end() > normalized.length()) {
                throw new IllegalArgumentException(
                        "token " + t + " ends after the normalised text (length " + normalized.length() + ")");
            }
        }
    }

    /**
     * The feature terms of this text, one per token in token order: English words are stemmed with the
     * Snowball English (Porter2) stemmer ({@code orders}→{@code order}, {@code delivered}→{@code deliv});
     * Chinese words, numbers, mixed words such as {@code iphone15} and emoji are kept as they are. Stop
     * words are kept: in short messages "not" and "没" carry the meaning.
     *
     * @return the terms, as many as {@link #tokens()}
     */
    public List<String> terms() {
        List<String> terms = new ArrayList<>(tokens.size());
        EnglishStemmer stemmer = null;
        for (Token t : tokens) {
            String word = t.text();
            if (isAsciiWord(word)) {
                if (stemmer == null) {
                    stemmer = new EnglishStemmer(); // not thread-safe, and cheap: one per call
                }
                stemmer.setCurrent(word);
                stemmer.stem();
                terms.add(stemmer.getCurrent());
            } else {
                terms.add(word);
            }
        }
        return terms;
    }

    private static boolean isAsciiWord(String word) {
        if (word.length() < 3) {
            return false; // nothing to stem, and "us"/"is" must stay themselves
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z') && c != '\'') {
                return false;
            }
        }
        return true;
    }
}
