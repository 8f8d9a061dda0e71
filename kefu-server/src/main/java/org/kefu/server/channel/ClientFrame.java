package org.kefu.server.channel;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client → server frame, read leniently as a JSON object and checked field by field so each problem gets
 * its own error code.
 */
final class ClientFrame {

    private final JsonNode node;

    private ClientFrame(JsonNode node) {
        this.node = node;
    }

    /**
     * Parses a frame.
     *
     * @throws ChannelException {@code malformed_json} when it is not a JSON object with a string {@code type}
     */
    static ClientFrame parse(JsonMapper json, String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JacksonException e) {
            throw new ChannelException(HttpStatus.BAD_REQUEST, "malformed_json");
        }
        if (node == null || !node.isObject() || !node.path("type").isString()) {
            throw new ChannelException(HttpStatus.BAD_REQUEST, "malformed_json");
        }
        return new ClientFrame(node);
    }

    String type() {
        return node.path("type").asString();
    }

    /**
     * An optional string field.
     *
     * @throws ChannelException {@code invalid_field} when present but not a string
     */
    @Nullable String string(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new ChannelException(HttpStatus.BAD_REQUEST, "invalid_field", field);
        }
        return value.asString();
    }

    /**
     * An optional non-negative whole-number field.
     *
     * @throws ChannelException {@code invalid_field} when present but not such a number
     */
    long seq(String field, long absent) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw new ChannelException(HttpStatus.BAD_REQUEST, "invalid_field", field);
        }
        return value.asLong();
    }
}
