package org.kefu.server.knowledge;

import static java.util.Objects.requireNonNull;

/**
 * One example message of an intent.
 *
 * @param id the row id
 * @param intent the intent name
 * @param locale {@code zh} or {@code en}
 * @param text the example
 * @param origin {@code files}, {@code admin} or {@code inbox} (an annotated customer question)
 */
public record IntentExample(String id, String intent, String locale, String text, String origin) {
    public IntentExample {
        requireNonNull(id, "id");
        requireNonNull(intent, "intent");
        requireNonNull(locale, "locale");
        requireNonNull(text, "text");
        requireNonNull(origin, "origin");
    }
}
