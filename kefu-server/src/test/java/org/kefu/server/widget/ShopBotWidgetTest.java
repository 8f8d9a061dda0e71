package org.kefu.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kefu.server.browser.ChatWidgetPage;
import org.kefu.server.browser.HeadlessChromium;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a newcomer sees on {@code /}: the widget talking to the real demo shop bot (loaded from
 * {@code classpath:bots/shop}, as the quick start does), only on an in-memory database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:kefu-widget-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "kefu.bots.background-loading=false",
    "kefu.admin.password=widget-test-admin-password"
})
final class ShopBotWidgetTest {

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
    void shopBotGreetsAndAnswersTheShippingFeeInChinese() {
        browser = HeadlessChromium.start();
        ChatWidgetPage widget = ChatWidgetPage.load(browser, url("/"), "shop").openPanel().awaitOnline();

        widget.send("你好");
        assertThat(widget.awaitRepliesTo("你好")).allSatisfy(text -> assertThat(text).isNotBlank());
        widget.send("运费多少");
        List<String> answer = widget.awaitRepliesTo("运费多少");

        assertThat(String.join("\n", answer)).contains("99").contains("8");
    }

    @Test
    void shopBotAnswersTheShippingFeeInEnglish() {
        browser = HeadlessChromium.builder().language("en-US").start();
        ChatWidgetPage widget = ChatWidgetPage.load(browser, url("/"), "shop").openPanel().awaitOnline();

        widget.send("How much is shipping?");
        List<String> answer = widget.awaitRepliesTo("How much is shipping?");

        assertThat(String.join("\n", answer)).contains("99").contains("8").doesNotContainPattern("\\p{IsHan}");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
