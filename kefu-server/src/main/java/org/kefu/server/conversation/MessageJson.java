package org.kefu.server.conversation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.Card;
import org.kefu.dialogue.QuickReply;
import org.kefu.dialogue.ReplyMeta;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The JSON columns of the message table: quick replies, cards and reply meta. */
final class MessageJson {

    private static final TypeReference<List<QuickReply>> QUICK_REPLIES = new TypeReference<>() {};
    private static final TypeReference<List<Card>> CARDS = new TypeReference<>() {};

    private final JsonMapper json;

    MessageJson(JsonMapper json) {
        this.json = json;
    }

    @Nullable String write(List<?> values) {
        return values.isEmpty() ? null : json.writeValueAsString(values);
    }

    @Nullable String write(@Nullable ReplyMeta meta) {
        return meta == null ? null : json.writeValueAsString(meta);
    }

    List<QuickReply> quickReplies(@Nullable String column) {
        return column == null ? List.of() : json.readValue(column, QUICK_REPLIES);
    }

    List<Card> cards(@Nullable String column) {
        return column == null ? List.of() : json.readValue(column, CARDS);
    }

    @Nullable ReplyMeta meta(@Nullable String column) {
        return column == null ? null : json.readValue(column, ReplyMeta.class);
    }
}
