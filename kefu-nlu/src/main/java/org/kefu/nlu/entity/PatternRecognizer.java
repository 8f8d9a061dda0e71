package org.kefu.nlu.entity;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.kefu.nlu.Entity;
import org.kefu.nlu.NluException;
import org.kefu.nlu.TrainingData;
import org.kefu.nlu.text.AnalyzedText;

/**
 * Recognises a bot-specific entity by regular expression, such as the shop's order-number format
 * {@code \d{11}}.
 *
 * <p>The pattern is matched case-insensitively, because the text it runs on is lower-cased, and only
 * where it is not part of a longer run of letters or digits: {@code \d{11}} must not find an order
 * number inside an 18-digit ID-card number. The value is the matched text with spaces and dashes removed
 * and letters upper-cased, the way order systems store such ids.
 *
 * <p>A bot's pattern may backtrack badly; its search in one message stops after {@link #READ_BUDGET} char
 * reads (a linear pattern needs a few per char of the message, so this never cuts a sane one short) and the
 * matches found until then are kept.
 */
final class PatternRecognizer implements Recognizer {
    /** Char reads allowed per message: about 100 per char of a maximum-length message. */
    static final long READ_BUDGET = 200_000;

    private final String type;
    private final Pattern pattern;

    /**
     * @throws NluException if the pattern is not a valid Java regular expression
     */
    PatternRecognizer(TrainingData.EntityPattern spec) {
        requireNonNull(spec, "spec");
        this.type = spec.type();
        try {
            this.pattern = Pattern.compile(
                    "(?<![0-9a-z])(?:" + spec.regex() + ")(?![0-9a-z])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new NluException("entity pattern for type " + spec.type() + " is not a valid regular expression: "
                    + spec.regex(), e);
        }
    }

    @Override
    public void recognize(AnalyzedText text, List<Entity> out) {
        String s = text.normalized();
        Matcher m = pattern.matcher(new BoundedCharSequence(s, READ_BUDGET));
        try {
            while (m.find()) {
                if (m.end() > m.start()) {
                    String matched = s.substring(m.start(), m.end());
                    out.add(new Entity(type, matched, m.start(), m.end(), canonical(matched)));
                }
            }
        } catch (BoundedCharSequence.BudgetExceeded e) {
            // a runaway bot pattern: keep what was found, the message still gets its other entities
        }
    }

    private static String canonical(String matched) {
        StringBuilder out = new StringBuilder(matched.length());
        for (int i = 0; i < matched.length(); i++) {
            char c = matched.charAt(i);
            if (c != ' ' && c != '-') {
                out.append(Character.toUpperCase(c));
            }
        }
        return out.toString();
    }
}
