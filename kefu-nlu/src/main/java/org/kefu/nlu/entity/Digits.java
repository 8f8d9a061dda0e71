package org.kefu.nlu.entity;

/** Digit-string helpers shared by the number recognisers of this package. */
final class Digits {
    private Digits() {
    }

    /** The ASCII digits of {@code s}, dropping spaces, dashes and a leading {@code +}. */
    static String only(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when {@code s} contains an ASCII digit: most recognisers can skip a message without one. */
    static boolean any(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
