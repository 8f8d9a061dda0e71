package org.kefu.dialogue;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One message from the bot to the customer.
 *
 * @param text the message text, in the conversation's locale
 * @param quickReplies buttons offered with it
 * @param cards rich elements
 * @param meta why the bot said it
 */
public record BotReply(String text, List<QuickReply> quickReplies, List<Card> cards, ReplyMeta meta) {
    public BotReply {
        requireNonNull(text, "text");
        requireNonNull(meta, "meta");
        quickReplies = List.copyOf(quickReplies);
        cards = List.copyOf(cards);
    }

    /** A plain text reply. */
    public static BotReply text(String text, ReplyMeta meta) {
        return new BotReply(text, List.of(), List.of(), meta);
    }
}
