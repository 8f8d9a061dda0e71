package org.kefu.nlu.faq;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.kefu.nlu.text.TextPipeline;

/**
 * The index-time analyzer of FAQ questions: field {@link FaqTerms#WORDS} gets the shared pipeline's words,
 * field {@link FaqTerms#BIGRAMS} the Chinese character bigrams of the normalised text. Queries are built
 * from the same {@link FaqTerms} functions, never parsed.
 */
final class FaqAnalyzer extends Analyzer {
    private final TextPipeline pipeline;

    FaqAnalyzer(TextPipeline pipeline) {
        this.pipeline = requireNonNull(pipeline, "pipeline");
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Function<String, List<String>> terms = switch (fieldName) {
            case FaqTerms.WORDS -> raw -> FaqTerms.words(pipeline.analyze(raw));
            case FaqTerms.BIGRAMS -> raw -> FaqTerms.bigrams(pipeline.normalize(raw));
            default -> throw new IllegalArgumentException("unknown FAQ field: " + fieldName);
        };
        return new TokenStreamComponents(new TermListTokenizer(terms));
    }

    /** Reads the whole field value and emits the terms a function derives from it, one position each. */
    private static final class TermListTokenizer extends Tokenizer {
        private final Function<String, List<String>> terms;
        private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
        private Iterator<String> pending = List.<String>of().iterator();

        TermListTokenizer(Function<String, List<String>> terms) {
            this.terms = terms;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending = terms.apply(readAll(input)).iterator();
        }

        @Override
        public boolean incrementToken() {
            if (!pending.hasNext()) {
                return false;
            }
            clearAttributes();
            termAttribute.setEmpty().append(pending.next());
            return true;
        }

        private static String readAll(Reader reader) throws IOException {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[1024];
            for (int n; (n = reader.read(buffer)) != -1; ) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }
}
