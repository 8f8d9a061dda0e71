package org.kefu.dialogue.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.dialogue.ReplySource;
import org.kefu.dialogue.definition.BotDefinitionLoader;

/** Whatever the order system does (time out, 5xx, garbage), the customer gets an honest answer and keeps the conversation. */
final class ConnectorFailureConversationTest {

    private MockWebServer orders;
    private DialogueHarness bot;

    @BeforeEach
    void start(@TempDir Path tmp) throws IOException {
        orders = new MockWebServer();
        orders.start(InetAddress.getLoopbackAddress(), 0);
        Path dir = Files.createDirectories(tmp.resolve("mini"));
        for (String file : BotDefinitionLoader.FILES) {
            Files.copy(Path.of("src/test/resources/bots/mini").resolve(file), dir.resolve(file));
        }
        Path connectors = dir.resolve("connectors.yml");
        Files.writeString(connectors, Files.readString(connectors, StandardCharsets.UTF_8).replace("timeout: 2s", "timeout: 150ms"));
        BotEngine engine = BotEngine.builder().definition(BotDefinitionLoader.load(dir))
                .settings(Map.of("kefu.test.base-url", orders.url("/").toString().replaceAll("/$", ""),
                        "kefu.test.api-key", "k"))
                .build();
        bot = new DialogueHarness(engine, KeywordUnderstander.forMiniBot());
    }

    @AfterEach
    void stop() {
        orders.close();
    }

    private void enqueue(int code, String body) {
        orders.enqueue(new MockResponse.Builder().code(code).body(body).build());
    }

    @Test
    void aTimeoutGivesAnHonestReplyAndTheOrderIsKeptForARetry() {
        for (int i = 0; i < 2; i++) {
            orders.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(2, TimeUnit.SECONDS).build());
        }
        bot.user("查订单").expectAsk("orderId");
        bot.user("20241101001").expectReply("系统暂时没能查到结果").expectButton("转人工").expectButton("再试一次")
                .expectSource(ReplySource.FLOW).expectNoHandoff().expectSlot("orderId", "20241101001")
                .expectNoReplyContaining("Exception").expectNoReplyContaining("timeout");
        assertThat(orders.getRequestCount()).isEqualTo(2);
        enqueue(200, """
                {"status":"shipped","shipment":{"carrier":"顺丰速运","expectedDate":"2026-11-26"}}""");
        bot.press("/retry").expectReply("顺丰速运").expectReply("2026-11-26");
    }

    @Test
    void serverErrorsAndGarbageGiveTheSameHonestReply() {
        enqueue(500, "<html>Internal Server Error</html>");
        enqueue(503, "");
        bot.english().user("where is my order 20241101001").expectReply("can't reach our system")
                .expectButton("Talk to a person").expectNoReplyContaining("500").expectNoReplyContaining("html");
        enqueue(200, "this is not json");
        bot.user("where is my order 20241101002").expectReply("can't reach our system")
                .expectSlot("orderId", "20241101002");
        bot.press("/handoff").expectHandoff("requested");
    }
}
