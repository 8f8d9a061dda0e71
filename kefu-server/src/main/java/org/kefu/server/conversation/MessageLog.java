package org.kefu.server.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.QuickReply;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends messages to a conversation's log, each in its own transaction, numbering them after the
 * conversation's last sequence number while its row is locked. When a method returns, the message is durable.
 */
final class MessageLog {

    private final ConversationStore conversations;
    private final MessageStore messages;
    private final TransactionTemplate tx;
    private final Clock clock;

    MessageLog(ConversationStore conversations, MessageStore messages, TransactionTemplate tx, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * What became of a customer message in the log.
     *
     * @param message the stored message, or the original one for a duplicate
     * @param duplicate true when the clientMsgId was already stored
     * @param earlierReplies for a duplicate, the bot replies stored for the original
     * @param conversation the conversation after the append (a closed one is reopened with the bot)
     * @param reopened true when the message reopened a closed conversation
     */
    record CustomerAppend(Message message, boolean duplicate, List<Message> earlierReplies,
            Conversation conversation, boolean reopened) {}

    CustomerAppend appendCustomer(Inbound in) {
        return required(tx.execute(s -> {
            Conversation c = conversations.findForUpdate(in.conversationId())
                    .filter(found -> found.belongsTo(in.customerId()))
                    .orElseThrow(() -> new ConversationNotFoundException(in.conversationId()));
            Optional<Message> earlier = messages.findByClientMsgId(c.id(), in.clientMsgId());
            if (earlier.isPresent()) {
                Message original = earlier.get();
                return new CustomerAppend(original, true, messages.repliesTo(c.id(), original.seq()), c, false);
            }
            Instant now = clock.instant();
            Message m = new Message(UUID.randomUUID().toString(), c.id(), c.lastSeq() + 1, in.clientMsgId(),
                    Sender.CUSTOMER, null, null, in.text(), in.payload(), List.of(), List.of(), null, null, now);
            messages.insert(m);
            boolean reopened = c.status() == ConversationStatus.CLOSED;
            ConversationStatus status = reopened ? ConversationStatus.BOT : c.status();
            conversations.advance(c.id(), m.seq(), status, now);
            return new CustomerAppend(m, false, List.of(), withSeqAndStatus(c, m.seq(), status, now), reopened);
        }));
    }

    Message appendSingle(String conversationId, Sender sender, @Nullable String senderId, @Nullable String senderName,
            String text, List<QuickReply> quickReplies) {
        return required(tx.execute(s -> {
            Conversation c = conversations.findForUpdate(conversationId)
                    .orElseThrow(() -> new ConversationNotFoundException(conversationId));
            Instant now = clock.instant();
            Message m = new Message(UUID.randomUUID().toString(), c.id(), c.lastSeq() + 1, null, sender, senderId,
                    senderName, text, null, quickReplies, List.of(), null, null, now);
            messages.insert(m);
            conversations.advance(c.id(), m.seq(), c.status(), now);
            return m;
        }));
    }

    private static Conversation withSeqAndStatus(Conversation c, long seq, ConversationStatus status, Instant now) {
        return new Conversation(c.id(), c.customerId(), c.bot(), c.locale(), status, c.assignee(), c.assigneeName(),
                c.team(), c.handoffReason(), seq, c.customerReadSeq(), c.createdAt(), now);
    }

    static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("transaction returned no result");
        }
        return value;
    }
}
