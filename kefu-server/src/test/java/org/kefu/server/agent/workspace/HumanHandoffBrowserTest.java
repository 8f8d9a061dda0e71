package org.kefu.server.agent.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.kefu.server.browser.ChatWidgetPage;
import org.kefu.server.browser.ChatWidgetPage.Sender;
import org.kefu.server.browser.HeadlessChromium;
import org.kefu.server.conversation.ConversationService;
import org.kefu.server.conversation.ConversationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole human handoff in two headless Chromium sessions against the real server with the demo profile:
 * the demo shop bot, the demo accounts, real routing. The customer asks for a person in the widget, an agent
 * logs in and accepts, they talk both ways in real time with typing indicators, the agent transfers to a
 * colleague, the colleague closes, and the customer rates the service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:kefu-handoff-e2e-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "kefu.bots.background-loading=false",
    "kefu.handoff.sweep-interval=1h"
})
@ActiveProfiles("demo")
@Import(HumanHandoffBrowserTest.DaytimeClock.class)
final class HumanHandoffBrowserTest {

    /** 10:00 in Beijing, inside the demo shop's service hours whenever the test runs. */
    @TestConfiguration(proxyBeanMethods = false)
    static class DaytimeClock {
        @Bean
        @Primary
        Clock daytimeClock() {
            return Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneOffset.UTC);
        }
    }

    @LocalServerPort int port;
    @Autowired ConversationService conversations;
    @Autowired JdbcClient jdbc;

    private HeadlessChromium customerBrowser;
    private HeadlessChromium agentBrowser;

    @AfterEach
    void closeBrowsers() {
        if (customerBrowser != null) {
            customerBrowser.close();
        }
        if (agentBrowser != null) {
            agentBrowser.close();
        }
    }

    @Test
    void customerReachesAnAgentWhoTransfersAndClosesAndTheCustomerRatesTheService() throws Exception {
        String base = "http://localhost:" + port;
        customerBrowser = HeadlessChromium.start();
        agentBrowser = HeadlessChromium.start();

        // the customer asks the demo shop bot for a person
        ChatWidgetPage widget = ChatWidgetPage.load(customerBrowser, base + "/", "shop").openPanel().awaitOnline();
        widget.send("我的订单20241101001还没到");
        widget.awaitRepliesTo("我的订单20241101001还没到");
        widget.send("转人工");
        String conversationId = widget.awaitConversationId();
        customerBrowser.waitUpTo().until(d -> widget.statusText().contains("人工客服"));
        assertThat(conversations.find(conversationId).orElseThrow().status()).isEqualTo(ConversationStatus.QUEUED);

        // an agent of the shop team logs in and accepts it from the queue
        AgentWorkspacePage shopAgent = AgentWorkspacePage.login(agentBrowser, base, "agent.shop", "agent123");
        shopAgent.claim(conversationId);
        assertThat(shopAgent.transcript("customer")).contains("我的订单20241101001还没到", "转人工");
        assertThat(shopAgent.transcript("bot")).isNotEmpty();
        assertThat(shopAgent.summary()).as("what the bot understood").contains("orderId: 20241101001", "requested");
        customerBrowser.waitUpTo().until(d -> widget.connectionText().contains("小王"));

        // messages flow both ways in real time, with typing indicators
        // typing frames are throttled and only go out on an open live channel, so keep typing until one shows
        customerBrowser.waitUpTo().until(d -> {
            shopAgent.type("您");
            return widget.isTypingShown();
        });
        shopAgent.send("您好，我是小王，我来帮您查一下订单");
        widget.awaitText(Sender.AGENT, t -> t.contains("我是小王"));
        // the widget sends at most one typing frame every 2.5 s, so keep typing until the agent sees one
        agentBrowser.waitUpTo().until(d -> {
            widget.type("好");
            return shopAgent.customerTypingShown();
        });
        widget.type(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        widget.send("好的谢谢");
        shopAgent.awaitTranscript("customer", "好的谢谢");

        // canned responses with placeholders, knowledge-base suggestions for the last question, internal notes
        assertThat(shopAgent.useCanned("/hel")).startsWith("您好 访客").contains("我是客服小王");
        shopAgent.sendDraft();
        widget.awaitText(Sender.AGENT, t -> t.contains("我是客服小王"));
        int botAnswers = widget.texts(Sender.BOT).size();
        widget.send("运费怎么算");
        shopAgent.awaitTranscript("customer", "运费怎么算");
        shopAgent.openMine(conversationId);
        assertThat(shopAgent.suggestions()).contains("99");
        shopAgent.addNote("客户很着急，优先处理");
        assertThat(widget.texts(Sender.BOT)).as("the bot stays quiet while a human has it").hasSize(botAnswers);

        // the agent hands over to the bank team's agent, who takes over and closes
        shopAgent.transferToAgent("小李 (" + "离线" + ")");
        shopAgent.awaitNotMine(conversationId);
        customerBrowser.waitUpTo().until(d -> widget.connectionText().contains("小李"));
        shopAgent.logout();
        AgentWorkspacePage bankAgent = AgentWorkspacePage.login(agentBrowser, base, "agent.bank", "agent123");
        bankAgent.openMine(conversationId);
        bankAgent.send("我是小李，订单预计11月26日送达");
        widget.awaitText(Sender.AGENT, t -> t.contains("我是小李"));
        agentBrowser.screenshot(Path.of("target", "screenshots", "agent-workspace.png"));
        bankAgent.closeBackToBot();
        bankAgent.awaitNotMine(conversationId);

        // the customer gets the survey and rates with stars
        customerBrowser.waitUpTo().until(d -> !widget.shadow().findElements(By.cssSelector("form.survey .star")).isEmpty());
        widget.shadow().findElement(By.cssSelector("form.survey .star[data-stars='4']")).click();
        widget.shadow().findElement(By.cssSelector("form.survey textarea")).sendKeys("回复很快");
        widget.shadow().findElement(By.cssSelector("form.survey button[type='submit']")).click();
        customerBrowser.waitUpTo().until(d -> !widget.shadow().findElements(By.cssSelector(".survey-done")).isEmpty());
        customerBrowser.screenshot(Path.of("target", "screenshots", "customer-after-handoff.png"));

        Integer stars = jdbc.sql("select stars from conversation_survey where conversation_id = :c")
                .param("c", conversationId).query(Integer.class).single();
        assertThat(stars).isEqualTo(4);
        assertThat(conversations.find(conversationId).orElseThrow().status()).isEqualTo(ConversationStatus.BOT);

        // agent messages are part of the conversation log, with sequence numbers, over the REST API too
        HttpResponse<String> log = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/conversations/" + conversationId + "/messages?afterSeq=0"))
                .header("Authorization", "Bearer " + widget.visitorToken()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body()).contains("我是小王", "我是小李", "\"from\":\"agent\"").doesNotContain("客户很着急");
    }
}
