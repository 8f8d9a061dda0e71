package org.kefu.server.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.server.conversation.ConversationEvent;
import org.kefu.server.conversation.ConversationService;
import org.kefu.server.conversation.ConversationStatus;
import org.kefu.server.conversation.Sender;
import org.kefu.server.testbot.ChatHttp;
import org.kefu.server.testbot.ChatSocketClient;
import org.kefu.server.testbot.KefuServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The chat WebSocket with a real client, as the widget uses it. */
@KefuServerTest
final class ChatWebSocketTest {

    @LocalServerPort
    int port;

    @Autowired
    ConversationService conversations;

    private ChatHttp http;

    @BeforeEach
    void client() {
        http = new ChatHttp(port);
    }

    private static List<Long> seqs(List<JsonNode> frames) {
        return frames.stream().map(f -> f.path("seq").asLong()).toList();
    }

    @Test
    void helloReplaysTheLogThenASendIsAckedEchoedAndAnswered() {
        ChatHttp.Opened c = http.open("shop", "en");
        try (ChatSocketClient socket = ChatSocketClient.connect(port)) {
            socket.hello(c.conversationId(), c.token(), 0);

            JsonNode welcome = socket.next();
            assertThat(welcome.path("type").asString()).isEqualTo("welcome");
            assertThat(welcome.path("conversationId").asString()).isEqualTo(c.conversationId());
            assertThat(welcome.path("status").asString()).isEqualTo("bot");
            JsonNode greeting = socket.next();
            assertThat(greeting.path("type").asString()).isEqualTo("message");
            assertThat(greeting.path("seq").asLong()).isEqualTo(1);
            assertThat(greeting.path("quickReplies").get(0).path("payload").asString()).isEqualTo("faq:shipping");

            socket.sendText("ws-1", "hello");

            JsonNode ack = socket.next();
            assertThat(ack.path("type").asString()).isEqualTo("ack");
            assertThat(ack.path("clientMsgId").asString()).isEqualTo("ws-1");
            assertThat(ack.path("seq").asLong()).isEqualTo(2);
            JsonNode echo = socket.next();
            assertThat(echo.path("type").asString()).isEqualTo("message");
            assertThat(echo.path("from").asString()).isEqualTo("customer");
            assertThat(echo.path("seq").asLong()).isEqualTo(2);
            JsonNode reply = socket.next();
            assertThat(reply.path("from").asString()).isEqualTo("bot");
            assertThat(reply.path("seq").asLong()).isEqualTo(3);
            assertThat(reply.path("text").asString()).isEqualTo("You said: hello (turn 1)");
            assertThat(reply.path("meta").path("source").asString()).isEqualTo("faq");
        }
    }

    @Test
    void aReconnectWithAfterSeqAndASyncReturnExactlyTheMissedMessages() {
        ChatHttp.Opened c = http.open("shop", "en");
        try (ChatSocketClient first = ChatSocketClient.connect(port)) {
            first.hello(c.conversationId(), c.token(), 0);
            first.next(2);
            first.sendText("r-1", "one");
            assertThat(first.next(3)).extracting(f -> f.path("type").asString())
                    .containsExactly("ack", "message", "message");
        }
        // While the widget is away, it misses messages 4 to 7.
        http.post("/api/v1/conversations/" + c.conversationId() + "/messages",
                "{\"clientMsgId\":\"r-2\",\"text\":\"two\"}", c.token());
        http.post("/api/v1/conversations/" + c.conversationId() + "/messages",
                "{\"clientMsgId\":\"r-3\",\"text\":\"offline\"}", c.token());

        try (ChatSocketClient again = ChatSocketClient.connect(port)) {
            again.hello(c.conversationId(), c.token(), 3);
            assertThat(again.next().path("type").asString()).isEqualTo("welcome");
            List<JsonNode> missed = again.next(5);
            assertThat(seqs(missed)).containsExactly(4L, 5L, 6L, 7L, 8L);
            assertThat(missed).extracting(f -> f.path("text").asString())
                    .containsExactly("two", "first", "second", "offline", "You said: offline (turn 3)");

            again.send("{\"type\":\"sync\",\"afterSeq\":6}");
            assertThat(seqs(again.next(2))).containsExactly(7L, 8L);
            again.sendText("r-4", "live");
            assertThat(seqs(again.next(3))).containsExactly(9L, 9L, 10L);
        }
    }

    @Test
    void aClientClaimingToHaveSeenMoreThanExistsStillGetsNewMessages() {
        ChatHttp.Opened c = http.open("shop", "en");
        try (ChatSocketClient socket = ChatSocketClient.connect(port)) {
            socket.hello(c.conversationId(), c.token(), 99);
            assertThat(socket.next().path("lastSeq").asLong()).isEqualTo(1);

            socket.sendText("big-1", "hi");

            assertThat(seqs(socket.next(3))).containsExactly(2L, 2L, 3L);
        }
    }

    @Test
    void aRepeatedClientMsgIdIsAckedWithTheOriginalSeqAndStoredOnce() {
        ChatHttp.Opened c = http.open("shop", "en");
        try (ChatSocketClient socket = ChatSocketClient.connect(port)) {
            socket.hello(c.conversationId(), c.token(), 0).next(2);
            socket.sendText("same", "hi");
            socket.next(3);

            socket.sendText("same", "hi");

            JsonNode ack = socket.next();
            assertThat(ack.path("type").asString()).isEqualTo("ack");
            assertThat(ack.path("seq").asLong()).isEqualTo(2);
            socket.send("{\"type\":\"sync\",\"afterSeq\":0}");
            assertThat(seqs(socket.next(3))).containsExactly(1L, 2L, 3L);
        }
        assertThat(conversations.messagesAfter(c.conversationId(), 0)).hasSize(3);
    }

    @Test
    void statusChangesAgentMessagesTypingAndSurveysReachTheCustomer() {
        ChatHttp.Opened c = http.open("shop", "zh-CN");
        try (ChatSocketClient socket = ChatSocketClient.connect(port)) {
            socket.hello(c.conversationId(), c.token(), 1).next("welcome");
            socket.sendText("h-1", "human");
            assertThat(socket.next("status").path("status").asString()).isEqualTo("queued");

            conversations.publishQueuePosition(c.conversationId(), 2);
            JsonNode position = socket.next("status");
            conversations.assign(c.conversationId(), "agent-1", "小王");
            JsonNode assigned = socket.next("status");
            conversations.typing(c.conversationId(), Sender.AGENT);
            JsonNode typing = socket.next("typing");
            conversations.appendAgentMessage(c.conversationId(), "agent-1", "小王", "您好");
            JsonNode agentMessage = socket.next("message");
            conversations.close(c.conversationId(), true);

            assertThat(position.path("queuePosition").asInt()).isEqualTo(2);
            assertThat(assigned.path("status").asString()).isEqualTo("agent");
            assertThat(assigned.path("agentName").asString()).isEqualTo("小王");
            assertThat(typing.path("from").asString()).isEqualTo("agent");
            assertThat(agentMessage.path("from").asString()).isEqualTo("agent");
            assertThat(agentMessage.path("agentName").asString()).isEqualTo("小王");
            assertThat(socket.next("status").path("status").asString()).isEqualTo("closed");
            assertThat(socket.next("survey").path("type").asString()).isEqualTo("survey");
        }
        assertThat(conversations.find(c.conversationId()).orElseThrow().status()).isEqualTo(ConversationStatus.CLOSED);
    }

    @Test
    void customerTypingAndReadReachTheTopic() {
        ChatHttp.Opened c = http.open("shop", "en");
        List<ConversationEvent> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (var subscription = conversations.topic().subscribe(c.conversationId(), seen::add);
                ChatSocketClient socket = ChatSocketClient.connect(port)) {
            socket.hello(c.conversationId(), c.token(), 0).next(2);

            socket.send("{\"type\":\"typing\"}");
            socket.send("{\"type\":\"read\",\"seq\":1}");

            org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(seen).contains(
                    new ConversationEvent.Typing(c.conversationId(), Sender.CUSTOMER),
                    new ConversationEvent.Read(c.conversationId(), 1)));
        }
        assertThat(conversations.find(c.conversationId()).orElseThrow().customerReadSeq()).isEqualTo(1);
    }

    @Test
    void anythingBeforeAValidHelloIsRefusedAndTheSocketClosed() {
        ChatHttp.Opened c = http.open("shop", "en");
        try (ChatSocketClient early = ChatSocketClient.connect(port);
                ChatSocketClient forged = ChatSocketClient.connect(port);
                ChatSocketClient foreign = ChatSocketClient.connect(port)) {
            early.sendText("x", "hi");
            forged.hello(c.conversationId(), c.token() + "x", 0);
            foreign.hello(http.open("shop", "en").conversationId(), c.token(), 0);

            assertThat(early.next().path("code").asString()).isEqualTo("hello_required");
            assertThat(early.awaitClose()).isEqualTo(1008);
            assertThat(forged.next().path("code").asString()).isEqualTo("invalid_token");
            assertThat(forged.awaitClose()).isEqualTo(1008);
            assertThat(foreign.next().path("code").asString()).isEqualTo("unknown_conversation");
            assertThat(foreign.awaitClose()).isEqualTo(1008);
        }
        assertThat(conversations.messagesAfter(c.conversationId(), 0)).hasSize(1);
    }

    @Test
    void badFramesGetErrorFramesInTheConversationsLanguageAndTheSocketSurvives() {
        ChatHttp.Opened c = http.open("shop", "zh-CN");
        try (ChatSocketClient socket = ChatSocketClient.connect(port)) {
            socket.hello(c.conversationId(), c.token(), 0).next(2);

            socket.send("{not json");
            JsonNode malformed = socket.next();
            socket.send("[1,2]");
            JsonNode notObject = socket.next();
            socket.send("{\"type\":\"dance\"}");
            JsonNode unknown = socket.next();
            socket.send("{\"type\":\"send\",\"clientMsgId\":\"b-1\",\"text\":42}");
            JsonNode wrongType = socket.next();
            socket.sendText("b-2", "长".repeat(4001));
            JsonNode tooLong = socket.next();
            socket.send("{\"type\":\"sync\",\"afterSeq\":-3}");
            JsonNode badSeq = socket.next();

            assertThat(malformed.path("code").asString()).isEqualTo("malformed_json");
            assertThat(malformed.path("message").asString()).contains("JSON");
            assertThat(notObject.path("code").asString()).isEqualTo("malformed_json");
            assertThat(unknown.path("code").asString()).isEqualTo("unknown_frame");
            assertThat(wrongType.path("code").asString()).isEqualTo("invalid_field");
            assertThat(tooLong.path("code").asString()).isEqualTo("message_too_long");
            assertThat(tooLong.path("clientMsgId").asString()).isEqualTo("b-2");
            assertThat(tooLong.path("message").asString()).contains("消息太长");
            assertThat(badSeq.path("code").asString()).isEqualTo("invalid_field");

            socket.sendText("b-3", "still here");
            assertThat(socket.next().path("type").asString()).isEqualTo("ack");
            assertThat(socket.isOpen()).isTrue();
        }
    }

    @Test
    void aFloodOfSendsGetsRateLimitedErrorsWhileTheSocketStaysOpen() {
        ChatHttp.Opened c = http.open("shop", "en");
        try (ChatSocketClient socket = ChatSocketClient.connect(port)) {
            socket.hello(c.conversationId(), c.token(), 0).next(2);

            for (int i = 0; i < 30; i++) {
                socket.sendText("f-" + i, "msg " + i);
            }

            JsonNode limited = socket.next(f -> f.path("type").asString().equals("error"));
            assertThat(limited.path("code").asString()).isEqualTo("rate_limited");
            assertThat(limited.path("retryAfter").asLong()).isPositive();
            socket.send("{\"type\":\"sync\",\"afterSeq\":0}");
            socket.next(f -> f.path("seq").asLong() == 1 && f.path("type").asString().equals("message"));
            assertThat(socket.isOpen()).isTrue();
        }
        // Every acknowledged message was stored together with its reply.
        long stored = conversations.messagesAfter(c.conversationId(), 0).stream()
                .filter(m -> m.sender() == Sender.CUSTOMER).count();
        assertThat(stored).isBetween(20L, 29L);
        assertThat(conversations.messagesAfter(c.conversationId(), 0)).hasSize(1 + 2 * (int) stored);
    }
}
