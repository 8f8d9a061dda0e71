package org.kefu.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kefu.server.browser.ChatWidgetPage;
import org.kefu.server.browser.ChatWidgetPage.Sender;
import org.kefu.server.browser.HeadlessChromium;
import org.kefu.server.conversation.ConversationService;
import org.kefu.server.testbot.ChatHttp;
import org.kefu.server.testbot.KefuServerTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The widget staying in step with the server: messages that arrive while the page is gone, the connection is
 * down or the panel is closed, and what agents do (queue, typing, messages, closing with a survey).
 * Real headless Chromium, real server, the deterministic test bot.
 */
@KefuServerTest
final class ChatWidgetSyncBrowserTest {

    @LocalServerPort
    int port;

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
    void showsExactlyTheMessagesThatArrivedWhileThePageWasGone() {
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
    void reconnectsAfterADroppedConnectionThenSendsWhatWasTypedAndShowsWhatWasMissed() {
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
    void countsRepliesThatArriveWhileThePanelIsClosed() {
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
        // positions are places in line (1 = next); the handoff service may publish the real one (1, nobody else
        // waits) before or after ours
        assertThat(widget.awaitStatus(s -> s.matches("正在为您转接人工客服… (您前面还有 1 位|马上就轮到您了)"))).isNotEmpty();

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
    void startsAFreshConversationWhenTheStoredOneIsNoLongerValid() {
        browser = HeadlessChromium.start();
        ChatWidgetPage.load(browser, url("/"), "shop");
        // what a browser keeps after the server's database was reset: a conversation and token it no longer knows
        browser.script("""
                localStorage.setItem('kefu.v1|' + location.origin + '|shop', JSON.stringify({
                  conversationId: 'gone', token: 'v1.forged.0.sig', lastSeq: 3, open: true, status: 'bot',
                  messages: [{seq: 1, from: 'bot', text: 'old greeting'}], outbox: []}));""");

        browser.driver().navigate().refresh();
        ChatWidgetPage widget = ChatWidgetPage.attach(browser, "shop").openPanel().awaitOnline();

        assertThat(widget.conversationId()).isNotEqualTo("gone");
        assertThat(widget.texts(Sender.BOT)).doesNotContain("old greeting");
        widget.send("你好");
        assertThat(widget.awaitRepliesTo("你好")).isNotEmpty();
    }

    private ChatWidgetPage openShop() {
        return ChatWidgetPage.load(browser, url("/"), "shop").openPanel().awaitOnline();
    }

    /** Sends a message as the widget's customer through the REST API, as another device of theirs would. */
    private JsonNode postMessage(String conversationId, String token, String text) {
        ChatHttp.Response response = new ChatHttp(port).post("/api/v1/conversations/" + conversationId + "/messages",
                "{\"clientMsgId\":\"" + UUID.randomUUID() + "\",\"text\":" + ChatHttp.quote(text) + "}", token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
