package org.kefu.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kefu.server.browser.ChatWidgetPage;
import org.kefu.server.browser.ChatWidgetPage.Sender;
import org.kefu.server.browser.HeadlessChromium;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The widget on the sample shop page, in a real headless Chromium against the real server and the real demo shop
 * bot, as a newcomer runs it (demo profile), only on an in-memory database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:kefu-widget-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "kefu.bots.background-loading=false"
})
final class ChatWidgetBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    private HeadlessChromium browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void customerChatsWithTheShopBotAndKeepsTheHistoryAcrossReloads() {
        browser = HeadlessChromium.start();
        ChatWidgetPage widget = openShop();
        assertThat(widget.title()).isEqualTo("演示商城客服");
        assertThat(widget.connectionText()).isEqualTo("在线");
        int botBefore = widget.texts(Sender.BOT).size();

        widget.send("你好");
        widget.awaitText(Sender.CUSTOMER, "你好"::equals);
        widget.awaitTexts(Sender.BOT, botBefore + 1);
        widget.send("运费多少");
        String shippingAnswer = widget.awaitText(Sender.BOT, text -> text.contains("99"));
        assertThat(shippingAnswer).contains("8");
        widget.awaitAllAcknowledged();
        List<String> customerTexts = widget.texts(Sender.CUSTOMER);
        List<String> botTexts = widget.texts(Sender.BOT);
        assertThat(customerTexts).containsExactly("你好", "运费多少");

        browser.driver().navigate().refresh();
        ChatWidgetPage reloaded = ChatWidgetPage.attach(browser, "shop").openPanel();

        assertThat(reloaded.texts(Sender.CUSTOMER)).isEqualTo(customerTexts);
        assertThat(reloaded.texts(Sender.BOT)).isEqualTo(botTexts);
        reloaded.awaitOnline();
        assertThat(reloaded.texts(Sender.CUSTOMER)).isEqualTo(customerTexts);
    }

    @Test
    void quickReplyButtonSendsItsTitleAndGetsAReply() {
        browser = HeadlessChromium.start();
        ChatWidgetPage widget = openShop();
        widget.send("我想问个问题");
        List<String> options = widget.awaitQuickReplies();
        int botBefore = widget.texts(Sender.BOT).size();

        widget.clickQuickReply(options.getFirst());

        widget.awaitText(Sender.CUSTOMER, options.getFirst()::equals);
        widget.awaitTexts(Sender.BOT, botBefore + 1);
        widget.awaitAllAcknowledged();
    }

    @Test
    void englishBrowserGetsTheWidgetInEnglish() {
        browser = HeadlessChromium.builder().language("en-US").start();
        ChatWidgetPage widget = openShop();

        assertThat(widget.title()).isEqualTo("Demo Shop support");
        assertThat(widget.connectionText()).isEqualTo("Online");
        assertThat(widget.shadow().findElement(org.openqa.selenium.By.cssSelector("textarea")).getAttribute("placeholder"))
                .isEqualTo("Type your question, Enter to send");

        int botBefore = widget.texts(Sender.BOT).size();
        widget.send("How much is shipping?");
        String answer = widget.awaitTexts(Sender.BOT, botBefore + 1).getLast();
        assertThat(answer).doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void refusesTextOverFourThousandCharactersAndKeepsTheDraft() {
        browser = HeadlessChromium.start();
        ChatWidgetPage widget = openShop();
        String tooLong = "好".repeat(4001);
        browser.script("arguments[0].value = arguments[1]",
                widget.shadow().findElement(org.openqa.selenium.By.cssSelector("textarea")), tooLong);

        widget.type(Keys.ENTER);

        assertThat(widget.notice()).contains("4001").contains("4000");
        assertThat(widget.texts(Sender.CUSTOMER)).isEmpty();
        assertThat(widget.draft()).isEqualTo(tooLong);
    }

    @Test
    void showsExactlyTheMessagesThatArrivedWhileThePageWasGone() throws Exception {
        browser = HeadlessChromium.start();
        ChatWidgetPage widget = openShop();
        int botBefore = widget.texts(Sender.BOT).size();
        widget.send("你好");
        widget.awaitTexts(Sender.BOT, botBefore + 1);
        widget.awaitAllAcknowledged();
        List<String> customerTexts = new ArrayList<>(widget.texts(Sender.CUSTOMER));
        List<String> botTexts = new ArrayList<>(widget.texts(Sender.BOT));
        String conversationId = widget.conversationId();
        String token = widget.visitorToken();

        browser.driver().get("about:blank");
        JsonNode sent = postMessage(conversationId, token, "运费多少");
        customerTexts.add("运费多少");
        for (JsonNode reply : sent.path("replies")) {
            botTexts.add(reply.path("text").asString());
        }

        ChatWidgetPage back = ChatWidgetPage.load(browser, url("/"), "shop").openPanel().awaitOnline();
        browser.waitUpTo().until(d -> back.texts(Sender.BOT).size() >= botTexts.size());
        assertThat(back.texts(Sender.CUSTOMER)).isEqualTo(customerTexts);
        assertThat(back.texts(Sender.BOT)).isEqualTo(botTexts);
    }

    @Test
    void countsRepliesThatArriveWhileThePanelIsClosed() throws Exception {
        browser = HeadlessChromium.start();
        ChatWidgetPage widget = openShop();
        String conversationId = widget.awaitConversationId();
        widget.closePanel();
        assertThat(widget.unreadCount()).isZero();

        JsonNode sent = postMessage(conversationId, widget.visitorToken(), "运费多少");

        int replies = sent.path("replies").size();
        assertThat(replies).isPositive();
        browser.waitUpTo().until(d -> widget.unreadCount() == replies);
        widget.openPanel();
        assertThat(widget.unreadCount()).isZero();
        assertThat(widget.texts(Sender.CUSTOMER)).containsExactly("运费多少");
    }

    private ChatWidgetPage openShop() {
        return ChatWidgetPage.load(browser, url("/"), "shop").openPanel().awaitOnline();
    }

    /** Sends a message as the widget's customer through the REST API, as another device of theirs would. */
    private JsonNode postMessage(String conversationId, String token, String text) throws Exception {
        String body = json.writeValueAsString(java.util.Map.of("clientMsgId", UUID.randomUUID().toString(), "text", text));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/v1/conversations/" + conversationId + "/messages")))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
