package org.kefu.nlu.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kefu.nlu.Entity;
import org.kefu.nlu.text.AnalyzedText;

/**
 * Recognises e-mail addresses: a dot-atom local part, {@code @}, and a domain with at least one dot and a
 * letters-only top-level domain. Good enough for what customers type; not a full RFC 5322 parser. The
 * value is the address, already lower-cased by normalisation.
 */
final class EmailRecognizer implements Recognizer {
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![a-z0-9._%+-])[a-z0-9_%+-]+(?:\\.[a-z0-9_%+-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,24}(?![a-z0-9-])");

    @Override
    public void recognize(AnalyzedText text, List<Entity> out) {
        String s = text.normalized();
        if (s.indexOf('@') < 0) {
            return;
        }
        Matcher m = EMAIL.matcher(s);
        while (m.find()) {
            out.add(new Entity(Entity.EMAIL, m.group(), m.start(), m.end(), m.group()));
        }
    }
}
