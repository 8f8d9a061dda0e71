package org.kefu.nlu.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kefu.nlu.Entity;
import org.kefu.nlu.text.AnalyzedText;

/**
 * Recognises bank-card numbers: 13 to 19 digits, written together or in groups of four separated by
 * single spaces or dashes, that pass the Luhn check. Numbers failing the check are rejected. The value is
 * the digits only.
 */
final class BankCardRecognizer implements Recognizer {
    private static final Pattern CARD = Pattern.compile(
            "(?<![0-9a-z])(?:[0-9]{13,19}|[0-9]{4}(?:[ -][0-9]{4}){2,3}(?:[ -][0-9]{1,4})?)(?![0-9a-z])");

    @Override
    public void recognize(AnalyzedText text, List<Entity> out) {
        String s = text.normalized();
        if (s.length() < 13 || !Digits.any(s)) {
            return;
        }
        Matcher m = CARD.matcher(s);
        while (m.find()) {
            String digits = Digits.only(m.group());
            if (digits.length() >= 13 && digits.length() <= 19 && passesLuhn(digits)) {
                out.add(new Entity(Entity.BANK_CARD, m.group(), m.start(), m.end(), digits));
            }
        }
    }

    /** The Luhn (mod 10) check used by every card scheme, UnionPay included. */
    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
