package org.kefu.dialogue;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kefu.nlu.Understanding;

/**
 * One customer message as the dialogue engine sees it.
 *
 * @param text the message text (the button title when a quick reply was pressed)
 * @param payload the quick-reply payload, or null for typed text
 * @param understanding what the NLU understood of {@code text}
 * @param customer who sent it
 * @param locale the conversation's locale ({@code zh-CN} or {@code en})
 * @param at when the server accepted it
 */
public record Turn(
        String text,
        @Nullable String payload,
        Understanding understanding,
        CustomerContext customer,
        Locale locale,
        Instant at) {
    public Turn {
        requireNonNull(text, "text");
        requireNonNull(understanding, "understanding");
        requireNonNull(customer, "customer");
        requireNonNull(locale, "locale");
        requireNonNull(at, "at");
    }
}
