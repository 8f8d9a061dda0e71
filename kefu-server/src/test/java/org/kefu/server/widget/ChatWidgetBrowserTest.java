package org.kefu.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kefu.server.browser.ChatWidgetPage;
import org.kefu.server.browser.ChatWidgetPage.Sender;
import org.kefu.server.browser.HeadlessChromium;
import org.kefu.server.testbot.KefuServerTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The widget's mechanics on the sample shop page, in a real headless Chromium against the real server, with the
 * deterministic test bot so that nothing here depends on what the demo bots say.
 */
@KefuServerTest
final class ChatWidgetBrowserTest {

    @LocalServerPort
    int port;

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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
