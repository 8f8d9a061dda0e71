package org.kefu.dialogue.testing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a scripted conversation is opened.
 *
 * @param locale the conversation's locale ({@code @locale en})
 * @param verifiedPhone a phone number the host site verified ({@code @verified 13800138000}), or null
 * @param at a fixed time for every turn ({@code @time 2026-11-24T23:30:00+08:00}), or null for the driver's clock
 */
public record SessionOptions(Locale locale, @Nullable String verifiedPhone, @Nullable Instant at) {
    public SessionOptions {
        requireNonNull(locale, "locale");
    }
}
