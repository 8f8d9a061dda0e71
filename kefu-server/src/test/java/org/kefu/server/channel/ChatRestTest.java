package org.kefu.server.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.server.security.HostIdentity;
import org.kefu.server.security.HostIdentityVerifier;
import org.kefu.server.security.VisitorTokens;
import org.kefu.server.testbot.ChatHttp;
import org.kefu.server.testbot.KefuServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The chat REST API over real HTTP, as integrations use it. */
@KefuServerTest
final class ChatRestTest {

    @LocalServerPort
    int port;

    @Autowired
    HostIdentityVerifier identities;

    @Autowired
    VisitorTokens tokens;

    private ChatHttp http;

    @BeforeEach
    void client() {
        http = new ChatHttp(port);
    }

    private static String message(String clientMsgId, String text) {
        return "{\"clientMsgId\":" + ChatHttp.quote(clientMsgId) + ",\"text\":" + ChatHttp.quote(text) + "}";
    }

    @Test
    void opensAConversationSendsAMessageAndReadsTheBotsReplyWithMeta() {
        ChatHttp.Response created = http.post("/api/v1/conversations", "{\"bot\":\"shop\",\"locale\":\"en\"}", null);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("conversationId").asString();
        String token = created.json().path("visitorToken").asString();

        ChatHttp.Response sent = http.post("/api/v1/conversations/" + id + "/messages", message("m-1", "hello"), token);

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().path("seq").asLong()).isEqualTo(2);
        JsonNode reply = sent.json().path("replies").get(0);
        assertThat(reply.path("seq").asLong()).isEqualTo(3);
        assertThat(reply.path("from").asString()).isEqualTo("bot");
        assertThat(reply.path("text").asString()).isEqualTo("You said: hello (turn 1)");
        assertThat(reply.path("quickReplies").get(0).path("payload").asString()).isEqualTo("again");
        assertThat(reply.path("meta").path("source").asString()).isEqualTo("faq");
        assertThat(reply.path("meta").path("intent").asString()).isEqualTo("echo");
        assertThat(reply.path("meta").path("confidence").asDouble()).isEqualTo(0.9);
        assertThat(reply.path("ts").asString()).isNotBlank();

        ChatHttp.Response conversation = http.get("/api/v1/conversations/" + id, token);
        assertThat(conversation.json().path("id").asString()).isEqualTo(id);
        assertThat(conversation.json().path("bot").asString()).isEqualTo("shop");
        assertThat(conversation.json().path("status").asString()).isEqualTo("bot");
        assertThat(conversation.json().path("lastSeq").asLong()).isEqualTo(3);

        ChatHttp.Response all = http.get("/api/v1/conversations/" + id + "/messages?afterSeq=0", token);
        assertThat(all.json().valueStream().map(m -> m.path("from").asString()).toList())
                .containsExactly("bot", "customer", "bot");
        assertThat(all.json().get(0).path("text").asString()).isEqualTo("Hello, I am the test bot");
        ChatHttp.Response after = http.get("/api/v1/conversations/" + id + "/messages?afterSeq=2", token);
        assertThat(after.json().valueStream().map(m -> m.path("seq").asLong()).toList()).containsExactly(3L);
    }

    @Test
    void sendingTheSameClientMsgIdTwiceStoresItOnceAndReturnsTheSameOutcome() {
        ChatHttp.Opened c = http.open("shop", "zh-CN");
        String path = "/api/v1/conversations/" + c.conversationId() + "/messages";

        ChatHttp.Response first = http.post(path, message("dup-1", "你好"), c.token());
        ChatHttp.Response again = http.post(path, message("dup-1", "你好"), c.token());

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("seq").asLong()).isEqualTo(first.json().path("seq").asLong());
        assertThat(again.json().path("replies").get(0).path("id").asString())
                .isEqualTo(first.json().path("replies").get(0).path("id").asString());
        assertThat(http.get(path, c.token()).json().size()).isEqualTo(3);
    }

    @Test
    void anExistingTokenKeepsTheCustomerAcrossConversations() {
        ChatHttp.Opened first = http.open("shop", "en");

        ChatHttp.Response second = http.post("/api/v1/conversations", "{\"bot\":\"bank\"}", first.token());

        String secondToken = second.json().path("visitorToken").asString();
        assertThat(tokens.verify(secondToken)).isEqualTo(tokens.verify(first.token()));
        assertThat(http.get("/api/v1/conversations/" + first.conversationId(), secondToken).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/conversations/" + second.json().path("conversationId").asString(), secondToken)
                .json().path("locale").asString()).isEqualTo("zh-CN");
    }

    @Test
    void aHostSignedIdentityIsAcceptedAndAForgedOneIsRejected() {
        HostIdentity signed = identities.sign("host-42", "13800138000", "王小明");
        String body = JsonMapper.builder().build().writeValueAsString(
                java.util.Map.of("bot", "bank", "locale", "zh-CN", "identity", signed));
        HostIdentity forged = new HostIdentity("host-42", "13900000000", "王小明", signed.ts(), signed.sig());
        String forgedBody = JsonMapper.builder().build().writeValueAsString(
                java.util.Map.of("bot", "bank", "identity", forged));

        ChatHttp.Response accepted = http.post("/api/v1/conversations", body, null);
        ChatHttp.Response again = http.post("/api/v1/conversations", body, null);
        ChatHttp.Response rejected = http.post("/api/v1/conversations", forgedBody, null, "zh-CN");

        assertThat(accepted.status()).isEqualTo(201);
        assertThat(tokens.verify(again.json().path("visitorToken").asString()))
                .isEqualTo(tokens.verify(accepted.json().path("visitorToken").asString()));
        assertThat(rejected.status()).isEqualTo(401);
        assertThat(rejected.json().path("error").path("code").asString()).isEqualTo("invalid_identity");
        assertThat(rejected.json().path("error").path("message").asString()).contains("签名");
    }

    @Test
    void aTooLongMessageIsRefusedInTheCustomersLanguageAndNothingIsStored() {
        ChatHttp.Opened c = http.open("shop", "en");
        String path = "/api/v1/conversations/" + c.conversationId() + "/messages";

        ChatHttp.Response english = http.post(path, message("long-1", "长".repeat(4001)), c.token(), "en");
        ChatHttp.Response chinese = http.post(path, message("long-2", "x".repeat(4001)), c.token(), "zh-CN");
        ChatHttp.Response limit = http.post(path, message("long-3", "😀".repeat(4000)), c.token());
        ChatHttp.Response huge = http.post(path, message("long-4", "x".repeat(1_000_000)), c.token());

        assertThat(english.status()).isEqualTo(413);
        assertThat(english.json().path("error").path("code").asString()).isEqualTo("message_too_long");
        assertThat(english.json().path("error").path("message").asString()).contains("4001", "4000");
        assertThat(chinese.json().path("error").path("message").asString()).contains("消息太长");
        assertThat(limit.status()).isEqualTo(200);
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.json().path("error").path("code").asString()).isEqualTo("request_too_large");
        assertThat(http.get(path, c.token()).json().size()).isEqualTo(3);
    }

    @Test
    void malformedJsonWrongTypesAndEmptyMessagesGetClearErrors() {
        ChatHttp.Opened c = http.open("shop", "en");
        String path = "/api/v1/conversations/" + c.conversationId() + "/messages";

        ChatHttp.Response malformed = http.post(path, "{\"clientMsgId\":\"a\",\"text\":", c.token());
        ChatHttp.Response wrongType = http.post(path, "{\"clientMsgId\":\"a\",\"text\":{\"x\":1}}", c.token());
        ChatHttp.Response empty = http.post(path, "{\"clientMsgId\":\"a\",\"text\":\"  \"}", c.token());
        ChatHttp.Response noId = http.post(path, "{\"text\":\"hi\"}", c.token());
        ChatHttp.Response extraField = http.post(path, "{\"clientMsgId\":\"b\",\"text\":\"hi\",\"mood\":\"happy\"}",
                c.token());
        ChatHttp.Response badAfterSeq = http.get(path + "?afterSeq=abc", c.token());
        ChatHttp.Response badLocale = http.post("/api/v1/conversations", "{\"bot\":\"shop\",\"locale\":\"fr\"}", null);
        ChatHttp.Response badBot = http.post("/api/v1/conversations", "{\"bot\":\"nope\"}", null);

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("error").path("code").asString()).isEqualTo("malformed_json");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().path("error").path("code").asString()).isEqualTo("invalid_field");
        assertThat(empty.json().path("error").path("code").asString()).isEqualTo("empty_message");
        assertThat(noId.json().path("error").path("code").asString()).isEqualTo("invalid_client_msg_id");
        assertThat(extraField.status()).isEqualTo(200);
        assertThat(badAfterSeq.json().path("error").path("code").asString()).isEqualTo("invalid_parameter");
        assertThat(badLocale.json().path("error").path("code").asString()).isEqualTo("unsupported_locale");
        assertThat(badBot.json().path("error").path("code").asString()).isEqualTo("unknown_bot");
        for (ChatHttp.Response r : List.of(malformed, wrongType, empty, noId, badAfterSeq, badLocale, badBot)) {
            assertThat(r.body()).doesNotContain("Exception", "at org.", "at java.");
        }
        assertThat(http.get(path, c.token()).json().size()).isEqualTo(3);
    }

    @Test
    void unknownAndForeignConversationsAreNotFound() {
        ChatHttp.Opened mine = http.open("shop", "en");
        ChatHttp.Opened theirs = http.open("shop", "en");

        ChatHttp.Response unknown = http.get("/api/v1/conversations/no-such-id", mine.token());
        ChatHttp.Response foreign = http.get("/api/v1/conversations/" + theirs.conversationId(), mine.token());
        ChatHttp.Response foreignMessages = http.get(
                "/api/v1/conversations/" + theirs.conversationId() + "/messages", mine.token());
        ChatHttp.Response foreignSend = http.post("/api/v1/conversations/" + theirs.conversationId() + "/messages",
                message("f-1", "hi"), mine.token());

        for (ChatHttp.Response r : List.of(unknown, foreign, foreignMessages, foreignSend)) {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.json().path("error").path("code").asString()).isEqualTo("unknown_conversation");
        }
        assertThat(http.get("/api/v1/conversations/" + theirs.conversationId() + "/messages", theirs.token())
                .json().size()).isEqualTo(1);
    }

    @Test
    void missingAndForgedTokensAreUnauthorized() {
        ChatHttp.Opened c = http.open("shop", "en");
        String path = "/api/v1/conversations/" + c.conversationId();
        String forged = c.token().substring(0, c.token().lastIndexOf('.') + 1) + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

        ChatHttp.Response missing = http.get(path, null);
        ChatHttp.Response forgedGet = http.get(path, forged, "zh-CN");
        ChatHttp.Response garbage = http.post(path + "/messages", message("t-1", "hi"), "not-a-token");
        ChatHttp.Response forgedCreate = http.post("/api/v1/conversations", "{\"bot\":\"shop\"}", forged);

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.json().path("error").path("code").asString()).isEqualTo("missing_token");
        assertThat(forgedGet.status()).isEqualTo(401);
        assertThat(forgedGet.json().path("error").path("code").asString()).isEqualTo("invalid_token");
        assertThat(forgedGet.json().path("error").path("message").asString()).contains("令牌");
        assertThat(garbage.status()).isEqualTo(401);
        assertThat(forgedCreate.status()).isEqualTo(401);
    }

    @Test
    void aFloodFromOneCustomerIsSlowedDownWithRetryAfterAndAcceptedMessagesStay() {
        ChatHttp.Opened c = http.open("shop", "en");
        String path = "/api/v1/conversations/" + c.conversationId() + "/messages";
        List<ChatHttp.Response> responses = new ArrayList<>();

        for (int i = 0; i < 30; i++) {
            responses.add(http.post(path, message("flood-" + i, "msg " + i), c.token()));
        }

        List<ChatHttp.Response> limited = responses.stream().filter(r -> r.status() == 429).toList();
        long accepted = responses.stream().filter(r -> r.status() == 200).count();
        assertThat(limited).isNotEmpty();
        assertThat(limited.getFirst().raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.getFirst().json().path("error").path("code").asString()).isEqualTo("rate_limited");
        assertThat(accepted).isGreaterThanOrEqualTo(20);
        assertThat(http.get(path, c.token()).json().size()).isEqualTo(1 + 2 * (int) accepted);
    }

    @Test
    void browsersOnHostSitesMayCallTheApi() throws Exception {
        java.net.http.HttpResponse<String> preflight = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/conversations"))
                        .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                        .header("Origin", "https://shop.example.com")
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "content-type,authorization")
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("https://shop.example.com");
    }

    @Test
    void healthIsUpWithTheBotsLoadedAndTheApiIsDocumented() {
        ChatHttp.Response health = http.get("/actuator/health", null);
        ChatHttp.Response docs = http.get("/v3/api-docs", null);
        ChatHttp.Response page = http.get("/swagger-ui/index.html", null);
        ChatHttp.Response prometheus = http.get("/actuator/prometheus", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        assertThat(health.json().path("components").path("bots").path("status").asString()).isEqualTo("UP");
        assertThat(docs.json().path("paths").has("/api/v1/conversations/{id}/messages")).isTrue();
        assertThat(page.status()).isEqualTo(200);
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.body()).contains("kefu_bot_turn_seconds");
        assertThat(http.get("/actuator/health/readiness", null).json().path("status").asString()).isEqualTo("UP");
    }
}
