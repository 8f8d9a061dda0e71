package org.kefu.server.conversation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.Card;
import org.kefu.dialogue.QuickReply;
import org.kefu.dialogue.ReplyMeta;

/**
 * One stored message of a conversation's log.
 *
 * @param id message id, unique across conversations
 * @param conversationId the conversation
 * @param seq its place in the conversation, 1 for the first message
 * @param clientMsgId the id the customer's client gave it (customer messages only), else null
 * @param sender who wrote it
 * @param senderId the agent id for agent messages, else null
 * @param senderName the agent's display name for agent messages, else null
 * @param text the text (the button title when a quick reply was pressed)
 * @param payload the quick-reply payload the customer sent, else null
 * @param quickReplies buttons offered with a bot message
 * @param cards rich elements of a bot message
 * @param meta why the bot said it (bot messages only), else null
 * @param replyToSeq for bot messages, the customer message they answer; else null
 * @param createdAt when it was stored
 */
public record Message(
        String id,
        String conversationId,
        long seq,
        @Nullable String clientMsgId,
        Sender sender,
        @Nullable String senderId,
        @Nullable String senderName,
        String text,
        @Nullable String payload,
        List<QuickReply> quickReplies,
        List<Card> cards,
        @Nullable ReplyMeta meta,
        @Nullable Long replyToSeq,
        Instant createdAt) {

    public Message {
        requireNonNull(id, "id");
        requireNonNull(conversationId, "conversationId");
        requireNonNull(sender, "sender");
        requireNonNull(text, "text");
        requireNonNull(createdAt, "createdAt");
        quickReplies = List.copyOf(quickReplies);
        cards = List.copyOf(cards);
    }
}
