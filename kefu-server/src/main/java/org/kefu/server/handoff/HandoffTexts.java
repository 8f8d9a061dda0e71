package org.kefu.server.handoff;

import java.util.List;
import java.util.Locale;
import org.kefu.dialogue.QuickReply;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The system notices the customer sees during a handoff, in the conversation's language. */
@Component
class HandoffTexts {

    /** The payload of the leave-a-message button: the same the bots' own offers carry. */
    static final String LEAVE_MESSAGE_PAYLOAD = "/leave_message";

    private final MessageSource messages;

    HandoffTexts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Locale locale, Object... args) {
        return messages.getMessage("handoff." + key, args, locale);
    }

    /**
     * The button under a notice that offers to leave a message. The widget opens its leave-a-message form for
     * it; a channel without a form sends the payload on, which the bot answers while it has the conversation.
     */
    List<QuickReply> leaveMessageButton(Locale locale) {
        return List.of(new QuickReply(get("leave-message-button", locale), LEAVE_MESSAGE_PAYLOAD));
    }
}
