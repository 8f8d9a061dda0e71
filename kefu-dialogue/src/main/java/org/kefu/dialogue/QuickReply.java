package org.kefu.dialogue;

import static java.util.Objects.requireNonNull;

/**
 * A button under a bot message; pressing it sends {@code payload} (and shows {@code title}).
 *
 * @param title the label shown to the customer
 * @param payload what the button sends back to the bot
 */
public record QuickReply(String title, String payload) {
    public QuickReply {
        requireNonNull(title, "title");
        requireNonNull(payload, "payload");
    }
}
