package org.kefu.server.knowledge;

import java.util.Arrays;
import java.util.List;

/** Small text rules shared by the knowledge base: language of a text, list fields stored as lines. */
final class KnowledgeTexts {

    private KnowledgeTexts() {}

    /** {@code zh} when the text contains a CJK ideograph, else {@code en}. */
    static String languageOf(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? "zh" : "en";
    }

    /** A list stored one item per line. */
    static String lines(List<String> items) {
        return String.join("\n", items);
    }

    /** Splits lines (and the full-width bar ｜ that spreadsheets use), trimmed, without empty items or repeats. */
    static List<String> split(String text) {
        return Arrays.stream(text.split("[\\r\\n｜]+")).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .toList();
    }
}
