package org.kefu.nlu.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.kefu.nlu.Token;

/**
 * Splits normalised text into tokens: Lucene's {@link StandardTokenizer} finds the words (UAX#29: Latin
 * words, numbers, emoji; punctuation dropped), and every run of adjacent ideographs, which the tokenizer
 * emits one character at a time, is re-segmented into words by {@link ChineseSegmenter}.
 *
 * <p>This is how {@code 我的iphone 15订单还没到} becomes {@code 我 的 iphone 15 订单 还 没 到}: the script
 * boundary between {@code 的} and {@code iphone} is a word boundary for UAX#29, so no space has to be
 * inserted into the normalised text.
 */
final class Segmenter {
    private static final String IDEOGRAPHIC = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];

    /** Reuses one tokenizer per thread (Lucene's global reuse strategy); safe to share. */
    private final Analyzer words = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };

    private final ChineseSegmenter chinese = new ChineseSegmenter();

    List<Token> segment(String text) {
        List<Token> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        int runStart = -1;
        int runEnd = -1;
        try (TokenStream stream = words.tokenStream("text", text)) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                if (IDEOGRAPHIC.equals(type.type())) {
                    if (runStart >= 0 && start == runEnd) {
                        runEnd = end;
                        continue;
                    }
                    if (runStart >= 0) {
                        chinese.segment(text, runStart, runEnd, out);
                    }
                    runStart = start;
                    runEnd = end;
                    continue;
                }
                if (runStart >= 0) {
                    chinese.segment(text, runStart, runEnd, out);
                    runStart = -1;
                }
                out.add(new Token(text.substring(start, end), start, end));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a String cannot fail", e);
        }
        if (runStart >= 0) {
            chinese.segment(text, runStart, runEnd, out);
        }
        return out;
    }
}
