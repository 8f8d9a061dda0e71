package org.kefu.nlu.entity;

import static java.util.Objects.requireNonNull;

import java.util.BitSet;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression that is tried only at positions whose char can begin a match.
 *
 * <p>{@link Matcher#find()} tries a pattern at every position, and a pattern that starts with a class of
 * Chinese characters ({@code [一二三…]}) costs the JDK a chain of per-character tests at each of them:
 * about 0.5 µs per position, a millisecond for a 2,000-char message. Jumping from one possible first char to
 * the next with a bit set makes the same search about a hundred times cheaper on text without candidates.
 * Matches are the same as {@code find()}'s as long as every match starts with one of the given chars;
 * lookbehinds still see the text before the position.
 */
final class AnchoredPattern {
    private final Pattern pattern;
    private final BitSet firstChars;
    private final BitSet notAfter;

    /**
     * @param regex the expression
     * @param firstChars every char a match can start with; {@code 0-9} stands for the ten ASCII digits
     */
    AnchoredPattern(String regex, String firstChars) {
        this(regex, firstChars, "");
    }

    /**
     * @param regex the expression
     * @param firstChars every char a match can start with; {@code 0-9} stands for the ten ASCII digits
     * @param notAfter chars that must not precede a match: a negative lookbehind on a large class of Chinese
     *     characters, which the JDK would test one character at a time
     */
    AnchoredPattern(String regex, String firstChars, String notAfter) {
        this.pattern = Pattern.compile(regex);
        requireNonNull(firstChars, "firstChars");
        if (firstChars.isEmpty()) {
            throw new IllegalArgumentException("firstChars must not be empty for " + regex);
        }
        this.firstChars = charSet(firstChars);
        this.notAfter = charSet(notAfter);
    }

    /** The chars of {@code chars} as a bit set; {@code 0-9} stands for the ten ASCII digits. */
    static BitSet charSet(String chars) {
        BitSet set = new BitSet(0x10000);
        String rest = chars;
        if (rest.contains("0-9")) {
            set.set('0', '9' + 1);
            rest = rest.replace("0-9", "");
        }
        rest.chars().forEach(set::set);
        return set;
    }

    /** Calls {@code action} for each non-overlapping match, left to right, like a {@code find()} loop. */
    void forEachMatch(String text, Consumer<MatchResult> action) {
        Matcher m = null;
        int length = text.length();
        int i = next(text, 0);
        while (i < length) {
            if (m == null) {
                m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(i, length);
            if (m.lookingAt() && m.end() > i) {
                action.accept(m.toMatchResult());
                i = next(text, m.end());
            } else {
                i = next(text, i + 1);
            }
        }
    }

    private int next(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (firstChars.get(text.charAt(i)) && (i == 0 || !notAfter.get(text.charAt(i - 1)))) {
                return i;
            }
        }
        return text.length();
    }
}
