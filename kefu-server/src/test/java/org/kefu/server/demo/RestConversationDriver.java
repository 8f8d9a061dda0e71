package org.kefu.server.demo;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.BotReply;
import org.kefu.dialogue.Card;
import org.kefu.dialogue.QuickReply;
import org.kefu.dialogue.ReplyMeta;
import org.kefu.dialogue.ReplySource;
import org.kefu.dialogue.testing.ConversationDriver;
import org.kefu.dialogue.testing.SessionOptions;
import org.kefu.dialogue.testing.TurnOutcome;
import org.kefu.server.security.HostIdentity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plays test conversations through the chat REST API of a running server, exactly as an integration would:
 * open a conversation, post each message, read the bot's replies and the conversation's status. A script's
 * {@code @verified} phone becomes a host-site identity signed with the server's secret.
 */
final class RestConversationDriver implements ConversationDriver {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String bot;
    private final IdentitySigner signer;

    /** Signs a host-site identity for a verified phone number. */
    @FunctionalInterface
    interface IdentitySigner {
        HostIdentity sign(String phone);
    }

    RestConversationDriver(String baseUrl, String bot, IdentitySigner signer) {
        this.baseUrl = requireNonNull(baseUrl, "baseUrl");
        this.bot = requireNonNull(bot, "bot");
        this.signer = requireNonNull(signer, "signer");
    }

    @Override
    public Session open(SessionOptions options) {
        ObjectNode body = JSON.createObjectNode()
                .put("bot", bot)
                .put("locale", options.locale().getLanguage().equals("en") ? "en" : "zh-CN");
        if (options.verifiedPhone() != null) {
            body.set("identity", JSON.valueToTree(signer.sign(options.verifiedPhone())));
        }
        JsonNode created = call("POST", "/api/v1/conversations", body, null, 201);
        return new RestSession(created.path("conversationId").asString(), created.path("visitorToken").asString());
    }

    private final class RestSession implements Session {
        private final String id;
        private final String token;

        RestSession(String id, String token) {
            this.id = id;
            this.token = token;
        }

        @Override
        public TurnOutcome send(String text) {
            return turn(JSON.createObjectNode().put("clientMsgId", UUID.randomUUID().toString()).put("text", text));
        }

        @Override
        public TurnOutcome press(String payload) {
            return turn(JSON.createObjectNode().put("clientMsgId", UUID.randomUUID().toString()).put("payload", payload));
        }

        private TurnOutcome turn(ObjectNode message) {
            JsonNode sent = call("POST", "/api/v1/conversations/" + id + "/messages", message, token, 200);
            List<BotReply> replies = new ArrayList<>();
            String handoffReason = null;
            for (JsonNode r : sent.path("replies")) {
                BotReply reply = reply(r);
                replies.add(reply);
                if (reply.meta().source() == ReplySource.HANDOFF && reply.meta().intent() != null) {
                    handoffReason = reply.meta().intent();
                }
            }
            String status = call("GET", "/api/v1/conversations/" + id, null, token, 200).path("status").asString();
            // Slots are the engine's business and do not cross the REST API.
            return new TurnOutcome(replies, status, handoffReason, null);
        }
    }

    private static BotReply reply(JsonNode r) {
        List<QuickReply> quickReplies = new ArrayList<>();
        for (JsonNode q : r.path("quickReplies")) {
            quickReplies.add(new QuickReply(q.path("title").asString(), q.path("payload").asString()));
        }
        List<Card> cards = new ArrayList<>();
        for (JsonNode c : r.path("cards")) {
            cards.add(new Card(c.path("title").asString(), c.path("subtitle").asString(""), text(c, "imageUrl"),
                    text(c, "url"), List.of()));
        }
        JsonNode meta = r.path("meta");
        ReplySource source = meta.isMissingNode() || meta.isNull() ? ReplySource.FALLBACK
                : ReplySource.valueOf(meta.path("source").asString().toUpperCase(Locale.ROOT));
        return new BotReply(r.path("text").asString(), quickReplies, cards,
                new ReplyMeta(source, text(meta, "intent"), meta.path("confidence").asDouble(0)));
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    private JsonNode call(String method, String path, @Nullable JsonNode body, @Nullable String token, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
