package org.kefu.nlu.faq;

import java.util.HashSet;
import java.util.Set;
import org.kefu.nlu.text.AnalyzedText;

/**
 * The lexical sets of one question, computed once so that comparing it with many others stays cheap.
 *
 * @param text the analysed question
 * @param chars its letters, digits and ideographs (punctuation and spacing say nothing about meaning)
 * @param bigrams its adjacent pairs of those characters
 * @param terms its pipeline terms
 * @param length how many letters, digits and ideographs it has
 */
record QuestionProfile(AnalyzedText text, Set<Integer> chars, Set<Long> bigrams, Set<String> terms, int length) {

    static QuestionProfile of(AnalyzedText text) {
        int[] content = text.normalized().codePoints().filter(Character::isLetterOrDigit).toArray();
        Set<Integer> chars = new HashSet<>();
        Set<Long> bigrams = new HashSet<>();
        for (int i = 0; i < content.length; i++) {
            chars.add(content[i]);
            if (i > 0) {
                bigrams.add(((long) content[i - 1] << 32) | content[i]);
            }
        }
        return new QuestionProfile(text, Set.copyOf(chars), Set.copyOf(bigrams), Set.copyOf(text.terms()),
                content.length);
    }
}
