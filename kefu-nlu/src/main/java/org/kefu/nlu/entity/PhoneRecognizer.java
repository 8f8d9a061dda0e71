package org.kefu.nlu.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kefu.nlu.Entity;
import org.kefu.nlu.text.AnalyzedText;

/**
 * Recognises mainland China mobile numbers: {@code 1[3-9]} and nine more digits, optionally after
 * {@code +86} / {@code 0086} / {@code 86}, grouped 3-4-4 by spaces or dashes or not at all. The value is
 * the eleven digits without country code.
 */
final class PhoneRecognizer implements Recognizer {
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9+])(?:(?:\\+|00)?86[ -]?)?(1[3-9][0-9](?:[ -]?[0-9]{4}){2})(?![0-9])");

    @Override
    public void recognize(AnalyzedText text, List<Entity> out) {
        String s = text.normalized();
        if (!Digits.any(s)) {
            return;
        }
        Matcher m = MOBILE.matcher(s);
        while (m.find()) {
            String digits = Digits.only(m.group(1));
            if (isGrouped(m.group(1))) {
                out.add(new Entity(Entity.PHONE, m.group(), m.start(), m.end(), digits));
            }
        }
    }

    /** "138 0013 8000" and "13800138000" are phone numbers; "138 00138000" is two numbers. */
    private static boolean isGrouped(String number) {
        if (number.length() == 11) {
            return true;
        }
        return number.length() == 13 && !Character.isDigit(number.charAt(3)) && !Character.isDigit(number.charAt(8));
    }
}
