package org.kefu.server.handoff;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The system notices the customer sees during a handoff, in the conversation's language. */
@Component
class HandoffTexts {

    private final MessageSource messages;

    HandoffTexts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Locale locale, Object... args) {
        return messages.getMessage("handoff." + key, args, locale);
    }
}
