package org.kefu.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kefu.server.browser.ChatWidgetPage;
import org.kefu.server.browser.ChatWidgetPage.Sender;
import org.kefu.server.browser.HeadlessChromium;
import org.kefu.server.conversation.ConversationService;
import org.kefu.server.testbot.KefuServerTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The widget's mechanics on the sample shop page, in a real headless Chromium against the real server, with the
 * deterministic test bot so that nothing here depends on what the demo bots say.
 */
@KefuServerTest
final class ChatWidgetBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    ConversationService conversations;

    private HeadlessChromium browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void customerChatsAndKeepsTheHistoryAcrossReloads() {
        browser = HeadlessChromium.start();
        ChatWidgetPage widget = openShop();
        assertThat(widget.title()).isEqualTo("演示商城客服");
        assertThat(widget.connectionText()).isEqualTo("在线");

        widget.send("你好");
        assertThat(widget.awaitRepliesTo("你好")).allSatisfy(text -> assertThat(text).isNotBlank());
        widget.send("运费多少");
        assertThat(widget.awaitRepliesTo("运费多少")).allSatisfy(text -> assertThat(text).isNotBlank());
        widget.awaitAllAcknowledged();
        List<String> customerTexts = widget.texts(Sender.CUSTOMER);
        List<String> botTexts = widget.texts(Sender.BOT);
        assertThat(customerTexts).containsExactly("你好", "运费多少");
        browser.screenshot(Path.of("target", "screenshots", "shop-widget-open.png")); // for people to look at

        browser.driver().navigate().refresh();
        ChatWidgetPage reloaded = ChatWidgetPage.attach(browser, "shop").openPanel();

        assertThat(reloaded.texts(Sender.CUSTOMER)).isEqualTo(customerTexts);
        assertThat(reloaded.texts(Sender.BOT)).isEqualTo(botTexts);
        reloaded.awaitOnline().send("还在吗");
        reloaded.awaitRepliesTo("还在吗");
        assertThat(reloaded.texts(Sender.CUSTOMER)).containsExactly("你好", "运费多少", "还在吗");
        assertThat(reloaded.texts(Sender.BOT)).startsWith(botTexts.toArray(String[]::new)).hasSize(botTexts.size() + 1);
    }

    @Test
    void quickReplyButtonSendsItsTitleAndGetsAReply() {
        browser = HeadlessChromium.start();
        ChatWidgetPage widget = openShop();
        widget.send("我想问个问题");
        widget.awaitRepliesTo("我想问个问题");
        String option = widget.awaitQuickReplies().getFirst();

        widget.clickQuickReply(option);

        assertThat(widget.awaitRepliesTo(option)).isNotEmpty();
        assertThat(widget.texts(Sender.CUSTOMER)).containsExactly("我想问个问题", option);
        widget.awaitAllAcknowledged();
    }

    @Test
    void englishBrowserGetsTheWidgetAndTheConversationInEnglish() {
        browser = HeadlessChromium.builder().language("en-US").start();
        ChatWidgetPage widget = openShop();

        assertThat(widget.title()).isEqualTo("Demo Shop support");
        assertThat(widget.connectionText()).isEqualTo("Online");
        assertThat(widget.shadow().findElement(By.cssSelector("textarea")).getDomAttribute("placeholder"))
                .isEqualTo("Type your question, Enter to send");
        widget.send("How much is shipping?");
        assertThat(widget.awaitRepliesTo("How much is shipping?")).isNotEmpty();
        assertThat(widget.texts(Sender.BOT)).isNotEmpty().allSatisfy(text -> assertThat(text).doesNotContainPattern("\\p{IsHan}"));
    }

    @Test
    void worksWhenEmbeddedOnAnotherSite() {
        browser = HeadlessChromium.start();
        // 127.0.0.1 and localhost are different origins: the page is the host site, the widget comes from Kefu
        browser.driver().get("http://127.0.0.1:" + port + "/a-page-of-another-site");
        browser.script("""
                const s = document.createElement('script');
                s.src = arguments[0];
                s.dataset.bot = 'shop';
                s.dataset.locale = 'en';
                document.body.appendChild(s);""", url("/widget.js"));
        ChatWidgetPage widget = ChatWidgetPage.attach(browser, "shop").openPanel().awaitOnline();

        widget.send("hello from another site");

        assertThat(widget.awaitRepliesTo("hello from another site")).isNotEmpty();
        assertThat(widget.title()).isEqualTo("Demo Shop support");
    }

    @Test
    void shiftEnterStartsANewLineEnterSendsAndEscapeCloses() {
        browser = HeadlessChromium.start();
        ChatWidgetPage widget = openShop();
        assertThat(widget.shadow().findElement(By.cssSelector(".launcher")).getDomAttribute("aria-expanded")).isEqualTo("true");

        widget.type("第一行", Keys.chord(Keys.SHIFT, Keys.ENTER), "第二行");
        assertThat(widget.texts(Sender.CUSTOMER)).isEmpty();
        widget.type(Keys.ENTER);

        assertThat(widget.awaitRepliesTo("第一行\n第二行")).isNotEmpty();
        assertThat(widget.draft()).isEmpty();
        widget.type(Keys.ESCAPE);
        browser.waitUpTo().until(d -> !widget.isPanelOpen());
        assertThat(widget.shadow().findElement(By.cssSelector(".launcher")).getDomAttribute("aria-label")).isEqualTo("打开在线客服");
    }

    @Test
    void showsMarkupInMessagesAsPlainText() {
        browser = HeadlessChromium.start();
        ChatWidgetPage widget = openShop();
        String markup = "<img src=x onerror=\"document.title='pwned'\"><b>粗体</b>";

        widget.send(markup);

        assertThat(widget.awaitRepliesTo(markup)).isNotEmpty();
        assertThat(widget.texts(Sender.CUSTOMER)).containsExactly(markup);
        assertThat(widget.shadow().findElements(By.cssSelector(".log img, .log b"))).isEmpty();
        assertThat(browser.driver().getTitle()).isNotEqualTo("pwned");
    }

    @Test
    void fillsThePhoneScreenWhenOpen() {
        browser = HeadlessChromium.builder().windowSize(390, 844).start();
        ChatWidgetPage widget = openShop();

        // the layout viewport: the window less the page's scroll bar
        Object panelAndViewport = browser.script("""
                const p = document.getElementById('kefu-widget-shop').shadowRoot.querySelector('.panel').getBoundingClientRect();
                const v = document.documentElement;
                return [p.left, p.top, p.width, p.height, 0, 0, v.clientWidth, v.clientHeight].map(Math.round).join(',');""");

        String[] values = String.valueOf(panelAndViewport).split(",");
        assertThat(String.join(",", java.util.Arrays.copyOfRange(values, 0, 4)))
                .as("panel box vs viewport " + panelAndViewport)
                .isEqualTo(String.join(",", java.util.Arrays.copyOfRange(values, 4, 8)));
    }

    @Test
    void refusesTextOverFourThousandCharactersAndKeepsTheDraft() {
        browser = HeadlessChromium.start();
        ChatWidgetPage widget = openShop();
        String tooLong = "好".repeat(4001);
        browser.script("arguments[0].value = arguments[1]", widget.shadow().findElement(By.cssSelector("textarea")), tooLong);

        widget.type(Keys.ENTER);

        assertThat(widget.notice()).contains("4001").contains("4000");
        assertThat(widget.texts(Sender.CUSTOMER)).isEmpty();
        assertThat(widget.draft()).isEqualTo(tooLong);
    }

    @Test
    void showsExactlyTheMessagesThatArrivedWhileThePageWasGone() throws Exception {
        browser = HeadlessChromium.start();
        ChatWidgetPage widget = openShop();
        widget.send("你好");
        widget.awaitRepliesTo("你好");
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
        back.awaitRepliesTo("运费多少");
        browser.waitUpTo().until(d -> back.texts(Sender.BOT).size() >= botTexts.size());
        assertThat(back.texts(Sender.CUSTOMER)).isEqualTo(customerTexts);
        assertThat(back.texts(Sender.BOT)).isEqualTo(botTexts);
    }

    @Test
    void reconnectsAfterADroppedConnectionThenSendsWhatWasTypedAndShowsWhatWasMissed() throws Exception {
        browser = HeadlessChromium.start();
        ChatWidgetPage.installConnectionSwitch(browser);
        ChatWidgetPage widget = openShop();
        widget.send("你好");
        widget.awaitRepliesTo("你好");
        widget.awaitAllAcknowledged();
        List<String> botTexts = new ArrayList<>(widget.texts(Sender.BOT));

        widget.dropConnection();
        assertThat(widget.connectionText()).isEqualTo("连接已断开，正在重连…");
        widget.send("断线时发的");
        assertThat(widget.hasUnacknowledged()).isTrue();
        JsonNode missed = postMessage(widget.conversationId(), widget.visitorToken(), "运费多少");
        for (JsonNode reply : missed.path("replies")) {
            botTexts.add(reply.path("text").asString());
        }
        widget.restoreConnection();

        widget.awaitOnline();
        List<String> repliesToOffline = widget.awaitRepliesTo("断线时发的");
        widget.awaitAllAcknowledged();
        botTexts.addAll(repliesToOffline);
        assertThat(widget.texts(Sender.CUSTOMER)).containsExactly("你好", "运费多少", "断线时发的");
        assertThat(widget.texts(Sender.BOT)).isEqualTo(botTexts);
    }

    @Test
    void countsRepliesThatArriveWhileThePanelIsClosed() throws Exception {
        browser = HeadlessChromium.start();
        ChatWidgetPage widget = openShop();
        widget.send("你好");
        widget.awaitRepliesTo("你好");
        widget.closePanel();
        assertThat(widget.unreadCount()).isZero();

        JsonNode sent = postMessage(widget.conversationId(), widget.visitorToken(), "运费多少");

        int replies = sent.path("replies").size();
        assertThat(replies).isPositive();
        browser.waitUpTo().until(d -> widget.unreadCount() == replies);
        widget.openPanel();
        assertThat(widget.unreadCount()).isZero();
        assertThat(widget.texts(Sender.CUSTOMER)).containsExactly("你好", "运费多少");
    }

    @Test
    void followsTheConversationFromTheQueueToAnAgentToTheSurvey() {
        browser = HeadlessChromium.start();
        ChatWidgetPage widget = openShop();
        widget.send("你好");
        widget.awaitRepliesTo("你好");
        String id = widget.conversationId();

        conversations.queue(id, null, "requested");
        conversations.publishQueuePosition(id, 2);
        // the handoff service may publish the real position (1, nobody else waits) before or after ours
        assertThat(widget.awaitStatus(s -> s.matches("正在为您转接人工客服… 您前面还有 [12] 位"))).isNotEmpty();

        conversations.assign(id, "agent-wang", "小王");
        browser.waitUpTo().until(d -> widget.connectionText().equals("人工客服 小王为您服务"));
        assertThat(widget.statusText()).isEmpty();
        conversations.typing(id, org.kefu.server.conversation.Sender.AGENT);
        browser.waitUpTo().until(d -> widget.isTypingShown());
        conversations.appendAgentMessage(id, "agent-wang", "小王", "您好，我是客服小王");
        widget.awaitText(Sender.AGENT, "您好，我是客服小王"::equals);
        assertThat(widget.agentNames()).containsExactly("小王");
        assertThat(widget.isTypingShown()).isFalse();

        conversations.close(id, true);
        widget.awaitStatus("本次会话已结束"::equals);
        widget.answerSurvey(5, "很满意");

        widget.shadow().findElement(By.cssSelector(".newchat")).click();
        browser.waitUpTo().until(d -> !widget.conversationId().isEmpty() && !widget.conversationId().equals(id));
        widget.awaitOnline();
        assertThat(widget.texts(Sender.CUSTOMER)).isEmpty();
        assertThat(widget.statusText()).isEmpty();
    }

    @Test
    void thumbsUpOnABotAnswerIsRecorded() {
        browser = HeadlessChromium.start();
        ChatWidgetPage widget = openShop();
        widget.send("你好");
        widget.awaitRepliesTo("你好");

        widget.shadow().findElements(By.cssSelector(".msg.from-bot button.thumb")).getLast().click();

        browser.waitUpTo().until(d -> widget.text(".msg.from-bot:last-of-type .rated").contains("感谢反馈")
                || widget.notice().length() > 0);
        assertThat(widget.notice()).isEmpty();
    }

    private ChatWidgetPage openShop() {
        return ChatWidgetPage.load(browser, url("/"), "shop").openPanel().awaitOnline();
    }

    /** Sends a message as the widget's customer through the REST API, as another device of theirs would. */
    private JsonNode postMessage(String conversationId, String token, String text) throws Exception {
        String body = json.writeValueAsString(Map.of("clientMsgId", UUID.randomUUID().toString(), "text", text));
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
