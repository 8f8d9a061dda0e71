package org.kefu.server.conversation;

import java.util.Locale;

/** Who a conversation is with: the bot, the queue for a human, a human agent, or nobody any more. */
public enum ConversationStatus {
    BOT, QUEUED, AGENT, CLOSED;

    /** The lower-case name used in the API and the database, e.g. {@code "queued"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a wire name.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static ConversationStatus fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
