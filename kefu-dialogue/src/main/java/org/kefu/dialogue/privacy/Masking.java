package org.kefu.dialogue.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks card and ID numbers so that only the last four characters show ({@code **** 6789}). Used for
 * every bot reply; reusable for logs and transcripts.
 */
public final class Masking {

    // Bank cards have 16-19 digits (optionally grouped by spaces or dashes); Chinese resident ID cards
    // 18 characters ending in a digit or X. Order numbers (11 digits) and phones (11 digits) stay readable.
    private static final Pattern CARD_OR_ID = Pattern.compile(
            "(?<![0-9A-Za-z])(?:\\d{17}[\\dXx]|\\d{16,19}|\\d{4}(?:[ -]\\d{4}){3}(?:[ -]?\\d{1,3})?)(?![0-9A-Za-z])");

    private Masking() {
    }

    /**
     * Masks one value to its last four characters, e.g. {@code 6222020200116789} to {@code **** 6789}.
     * Values of four characters or fewer become {@code ****}.
     */
    public static String mask(String value) {
        String compact = value.replaceAll("[\\s-]", "");
        if (compact.length() <= 4) {
            return "****";
        }
        return "**** " + compact.substring(compact.length() - 4);
    }

    /** The text with every bank-card and ID-card number in it masked. */
    public static String maskSensitiveNumbers(String text) {
        Matcher m = CARD_OR_ID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(mask(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
