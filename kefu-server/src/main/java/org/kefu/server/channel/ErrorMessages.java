package org.kefu.server.channel;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns an error code into the customer's language from {@code i18n/errors*.properties}. */
@Component
final class ErrorMessages {

    private final MessageSource texts;

    ErrorMessages(MessageSource texts) {
        this.texts = texts;
    }

    String message(String code, Object[] args, Locale locale) {
        return texts.getMessage("error." + code, args, code, locale);
    }

    /** The JSON error body {@code {"error":{"code","message"}}}. */
    Map<String, Map<String, String>> body(String code, Object[] args, Locale locale) {
        return Map.of("error", Map.of("code", code, "message", message(code, args, locale)));
    }
}
