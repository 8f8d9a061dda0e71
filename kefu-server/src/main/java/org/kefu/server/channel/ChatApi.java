package org.kefu.server.channel;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kefu.server.conversation.Conversation;
import org.kefu.server.security.HostIdentity;

/** Request and response bodies of the chat REST API. */
final class ChatApi {
    private ChatApi() {}

    /**
     * Opens a conversation.
     *
     * @param bot the bot id, e.g. {@code shop}
     * @param locale {@code zh-CN} (default) or {@code en}
     * @param identity the host site's signed customer identity, if the customer is logged in there
     */
    record CreateConversation(@Nullable String bot, @Nullable String locale, @Nullable HostIdentity identity) {}

    /**
     * The opened conversation.
     *
     * @param conversationId its id
     * @param visitorToken the bearer token for every further call (and the WebSocket hello)
     */
    record CreatedConversation(String conversationId, String visitorToken) {}

    /**
     * A customer message.
     *
     * @param clientMsgId the client's unique id for it; sending it again is harmless
     * @param text the typed text, or the pressed button's title
     * @param payload the pressed button's payload
     */
    record SendMessage(@Nullable String clientMsgId, @Nullable String text, @Nullable String payload) {}

    /**
     * The stored message and the bot's replies to it.
     *
     * @param seq the message's sequence number
     * @param replies the bot replies produced for it (empty while a human has the conversation)
     */
    record SentMessage(long seq, List<MessageView> replies) {}

    /**
     * A conversation as its customer sees it.
     *
     * @param id conversation id
     * @param bot bot id
     * @param locale {@code zh-CN} or {@code en}
     * @param status {@code bot|queued|agent|closed}
     * @param assignee the display name of the agent who has it, else null
     * @param lastSeq the newest message's sequence number
     * @param createdAt ISO-8601
     * @param updatedAt ISO-8601
     */
    record ConversationView(String id, String bot, String locale, String status, @Nullable String assignee,
            long lastSeq, String createdAt, String updatedAt) {

        static ConversationView of(Conversation c) {
            return new ConversationView(c.id(), c.bot(), c.locale().toLanguageTag(), c.status().wireName(),
                    c.assigneeName(), c.lastSeq(), c.createdAt().toString(), c.updatedAt().toString());
        }
    }
}
