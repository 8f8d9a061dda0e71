package org.kefu.nlu.intent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Counts the n-grams of a message: word unigrams and bigrams of the analysed terms, and character n-grams
 * of the normalised text. Character n-grams make the model robust to segmentation mistakes, typos and
 * inflection; word n-grams carry the meaning of whole words.
 */
final class NgramExtractor {

    /** Features of longer messages add cost, not accuracy: customers state intents early. */
    static final int MAX_CHARS = 512;
    static final int MAX_TERMS = 128;

    private static final int MIN_CHAR_GRAM = 1;
    private static final int MAX_CHAR_GRAM = 4;

    private static final long WORD_PREFIX = GramFingerprint.of("w:");
    private static final long BIGRAM_PREFIX = GramFingerprint.of("b:");
    private static final long CHAR_PREFIX = GramFingerprint.of("c:");

    private NgramExtractor() {}

    /** Word unigram and bigram counts, keys prefixed so they never collide with character n-grams. */
    static Map<String, Integer> wordGrams(List<String> terms) {
        int n = Math.min(terms.size(), MAX_TERMS);
        Map<String, Integer> counts = new HashMap<>(4 * n + 4);
        String previous = null;
        for (int i = 0; i < n; i++) {
            String term = terms.get(i);
            if (term.isBlank()) {
                continue;
            }
            counts.merge("w:" + term, 1, Integer::sum);
            if (previous != null) {
                counts.merge("b:" + previous + ' ' + term, 1, Integer::sum);
            }
            previous = term;
        }
        return counts;
    }

    /** The fingerprint of a term's word-unigram feature, {@code "w:" + term}. */
    static long wordFingerprint(String term) {
        return GramFingerprint.extend(WORD_PREFIX, term);
    }

    /**
     * Passes the {@link GramFingerprint fingerprint} of each n-gram that {@link #wordGrams} counts to
     * {@code sink}, once per occurrence, without building the n-gram strings.
     */
    static void forEachWordGram(List<String> terms, LongConsumer sink) {
        int n = Math.min(terms.size(), MAX_TERMS);
        String previous = null;
        for (int i = 0; i < n; i++) {
            String term = terms.get(i);
            if (term.isBlank()) {
                continue;
            }
            sink.accept(wordFingerprint(term));
            if (previous != null) {
                long bigram = GramFingerprint.extend(GramFingerprint.extend(BIGRAM_PREFIX, previous), ' ');
                sink.accept(GramFingerprint.extend(bigram, term));
            }
            previous = term;
        }
    }

    /**
     * Passes the {@link GramFingerprint fingerprint} of each n-gram that {@link #charGrams} counts to
     * {@code sink}, once per occurrence, without building the n-gram strings.
     */
    static void forEachCharGram(String normalizedText, LongConsumer sink) {
        String text = padded(normalizedText);
        for (int start = 0; start < text.length(); start++) {
            long gram = CHAR_PREFIX;
            for (int n = MIN_CHAR_GRAM; n <= MAX_CHAR_GRAM && start + n <= text.length(); n++) {
                char c = text.charAt(start + n - 1);
                gram = GramFingerprint.extend(gram, c);
                if (n == 1 && !Character.isIdeographic(c)) {
                    continue;
                }
                sink.accept(gram);
            }
        }
    }

    /**
     * Character 1- to 4-gram counts over the text with collapsed white space and a space at both ends (so
     * that word starts and ends are features). Single Latin letters, digits and punctuation are skipped:
     * alone they carry no meaning, while a single Chinese character often does. White space is collapsed to
     * single spaces first, so no n-gram is blank.
     */
    static Map<String, Integer> charGrams(String normalizedText) {
        String text = padded(normalizedText);
        Map<String, Integer> counts = new HashMap<>(8 * text.length() + 4);
        for (int start = 0; start < text.length(); start++) {
            for (int n = MIN_CHAR_GRAM; n <= MAX_CHAR_GRAM && start + n <= text.length(); n++) {
                if (n == 1 && !Character.isIdeographic(text.charAt(start))) {
                    continue;
                }
                counts.merge("c:" + text.substring(start, start + n), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String padded(String normalizedText) {
        String text = normalizedText.length() > MAX_CHARS ? normalizedText.substring(0, MAX_CHARS) : normalizedText;
        StringBuilder out = new StringBuilder(text.length() + 2).append(' ');
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        if (!space) {
            out.append(' ');
        }
        return out.toString();
    }
}
