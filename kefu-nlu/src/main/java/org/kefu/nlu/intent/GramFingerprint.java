package org.kefu.nlu.intent;

/**
 * A 64-bit FNV-1a fingerprint of an n-gram's characters, built up one character at a time so that the
 * n-grams of a message can be looked up without creating a string for each of them. With a vocabulary of a
 * few hundred thousand n-grams, the chance that an unseen n-gram shares a fingerprint with a known one is
 * about one in 10<sup>11</sup> per message; {@link FingerprintIndex} rejects collisions inside the
 * vocabulary itself.
 */
final class GramFingerprint {

    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private GramFingerprint() {}

    /** The fingerprint of nothing, to extend with {@link #extend}. */
    static long empty() {
        return OFFSET_BASIS;
    }

    /** The fingerprint of the characters seen so far followed by {@code c}. */
    static long extend(long fingerprint, char c) {
        return (fingerprint ^ c) * PRIME;
    }

    /** The fingerprint of the characters seen so far followed by those of {@code text}. */
    static long extend(long fingerprint, CharSequence text) {
        long h = fingerprint;
        for (int i = 0; i < text.length(); i++) {
            h = extend(h, text.charAt(i));
        }
        return h;
    }

    /** The fingerprint of a whole n-gram key, as {@link NgramExtractor} spells it. */
    static long of(CharSequence gram) {
        return extend(empty(), gram);
    }
}
