package org.kefu.server.channel;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.Card;
import org.kefu.dialogue.QuickReply;
import org.kefu.server.conversation.Message;

/**
 * A message as clients see it, over REST and (with {@code "type":"message"}) over the WebSocket.
 *
 * @param seq its place in the conversation
 * @param id message id
 * @param from {@code bot}, {@code agent}, {@code customer} or {@code system}
 * @param text the text
 * @param payload the quick-reply payload a customer message carried, else absent
 * @param clientMsgId the client's id of a customer message, else absent
 * @param agentName the agent's display name on agent messages, else absent
 * @param quickReplies buttons offered
 * @param cards rich elements
 * @param ts when it was stored, ISO-8601
 * @param meta why the bot said it (bot messages only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MessageView(long seq, String id, String from, String text, @Nullable String payload,
        @Nullable String clientMsgId, @Nullable String agentName, List<QuickReply> quickReplies, List<Card> cards,
        String ts, @Nullable Meta meta) {

    /**
     * Reply meta on the wire.
     *
     * @param source {@code faq|flow|llm|smalltalk|fallback|handoff}
     * @param intent the intent or FAQ id answered, if any
     * @param confidence the understanding's confidence, 0 when none
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Meta(String source, @Nullable String intent, double confidence) {}

    static MessageView of(Message m) {
        Meta meta = m.meta() == null ? null
                : new Meta(m.meta().source().wireName(), m.meta().intent(), m.meta().confidence());
        return new MessageView(m.seq(), m.id(), m.sender().wireName(), m.text(), m.payload(), m.clientMsgId(),
                m.senderName(), m.quickReplies(), m.cards(), m.createdAt().toString(), meta);
    }
}
