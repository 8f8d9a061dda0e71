package org.kefu.nlu.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kefu.nlu.Entity;
import org.kefu.nlu.text.AnalyzedText;

/**
 * Recognises 18-character resident identity card numbers (GB 11643-1999): 17 digits whose 7th to 14th
 * form a real birth date, and a check character (digit or X) that matches the ISO 7064 MOD 11-2 checksum.
 * Numbers with a wrong check character are rejected. The value is the number with an upper-case X.
 */
final class IdCardRecognizer implements Recognizer {
    private static final Pattern ID = Pattern.compile("(?<![0-9a-z])[1-9][0-9]{16}[0-9x](?![0-9a-z])");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    @Override
    public void recognize(AnalyzedText text, List<Entity> out) {
        String s = text.normalized();
        if (s.length() < 18 || !Digits.any(s)) {
            return;
        }
        Matcher m = ID.matcher(s);
        while (m.find()) {
            String value = m.group().toUpperCase(java.util.Locale.ROOT);
            if (isValid(value)) {
                out.add(new Entity(Entity.ID_CARD, m.group(), m.start(), m.end(), value));
            }
        }
    }

    /** True for an 18-character number with a plausible birth date and a correct check character. */
    static boolean isValid(String id) {
        if (id.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11) == id.charAt(17) && hasBirthDate(id);
    }

    private static boolean hasBirthDate(String id) {
        int year = Integer.parseInt(id, 6, 10, 10);
        int month = Integer.parseInt(id, 10, 12, 10);
        int day = Integer.parseInt(id, 12, 14, 10);
        if (year < 1900) {
            return false;
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
