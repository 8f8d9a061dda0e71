package org.kefu.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kefu.dialogue.QuickReply;
import org.kefu.server.agent.AgentDirectory;
import org.kefu.server.browser.ChatWidgetPage;
import org.kefu.server.browser.ChatWidgetPage.Sender;
import org.kefu.server.browser.HeadlessChromium;
import org.kefu.server.conversation.ConversationService;
import org.kefu.server.handoff.Handoff;
import org.kefu.server.handoff.HandoffService;
import org.kefu.server.handoff.Ticket;
import org.kefu.server.handoff.Tickets;
import org.kefu.server.testbot.KefuServerTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The widget's leave-a-message form: a {@code /leave_message} quick reply (the one the handoff's "nobody can
 * answer now" notices and the bots' offline replies carry) opens it; it checks the contact before sending and
 * turns the message into a ticket for the team. Real headless Chromium, real server, the deterministic test bot;
 * the customer waits in a fresh team's queue (no agent online) and the queue-timeout notice is appended through
 * {@link ConversationService} as the handoff service's sweep does after the timeout.
 */
@KefuServerTest
final class LeaveMessageWidgetBrowserTest {

    private static final QuickReply LEAVE_ZH = new QuickReply("留言", "/leave_message");

    @LocalServerPort
    int port;

    @Autowired
    ConversationService conversations;

    @Autowired
    Tickets tickets;

    @Autowired
    AgentDirectory directory;

    @Autowired
    HandoffService handoffs;

    private HeadlessChromium browser;
    private String team;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theLeaveMessageButtonOpensAFormThatRefusesABadContactAndTurnsAGoodOneIntoATicket() {
        browser = HeadlessChromium.start();
        ChatWidgetPage widget = chatting("zh-CN");
        String id = waitingInQueue(widget);
        widget.awaitStatus(s -> s.startsWith("正在为您转接人工客服"));
        conversations.appendSystemMessage(id, "目前排队人数较多，您已等待较长时间。您可以留言，我们会尽快联系您，也可以继续等待。",
                List.of(LEAVE_ZH));
        assertThat(widget.awaitQuickReplies()).containsExactly("留言");

        widget.clickQuickReply("留言").awaitLeaveForm();
        assertThat(widget.texts(Sender.CUSTOMER)).as("the button opens the form, it sends nothing").containsExactly("你好");

        widget.submitLeaveForm("王小明", "明天找我", "快递三天没到，请尽快联系我");
        assertThat(widget.awaitLeaveFormError()).isEqualTo("请填写有效的手机号或邮箱");
        assertThat(ticketsOf(id)).isEmpty();

        widget.submitLeaveForm("王小明", "138 0013 8000", "快递三天没到，请尽快联系我");
        assertThat(widget.awaitLeaveConfirmation()).isEqualTo("已收到您的留言，我们会在工作时间尽快联系您");
        assertThat(widget.isLeaveFormShown()).isFalse();
        assertThat(ticketsOf(id)).singleElement().satisfies(ticket -> {
            assertThat(ticket.contactName()).isEqualTo("王小明");
            assertThat(ticket.contact()).isEqualTo("138 0013 8000");
            assertThat(ticket.message()).isEqualTo("快递三天没到，请尽快联系我");
        });
        widget.awaitText(Sender.SYSTEM, text -> text.contains("留言已收到"));
        assertThat(widget.awaitStatus(String::isEmpty)).as("no longer waiting in the queue").isEmpty();

        widget.send("还在吗");
        assertThat(widget.awaitRepliesTo("还在吗")).as("the chat goes on after the form").isNotEmpty();
        assertThat(ticketsOf(id)).as("a chat message after the form is no second ticket").hasSize(1);
    }

    @Test
    void inEnglishAnEmailWorksAndCancellingReturnsToTheChat() {
        browser = HeadlessChromium.builder().language("en-US").start();
        ChatWidgetPage widget = chatting("en");
        String id = waitingInQueue(widget);
        conversations.appendSystemMessage(id, "Our agents are not available right now. You can leave a message.",
                List.of(new QuickReply("Leave a message", "/leave_message")));

        widget.clickQuickReplyWhenShown("Leave a message").awaitLeaveForm();
        widget.cancelLeaveForm();
        widget.send("are you there?").awaitAllAcknowledged();
        assertThat(widget.texts(Sender.CUSTOMER)).as("still waiting for an agent, the customer can chat on")
                .containsExactly("hello", "are you there?");
        assertThat(widget.statusText()).startsWith("Connecting you to an agent");
        assertThat(ticketsOf(id)).isEmpty();

        conversations.appendSystemMessage(id, "You can leave a message.",
                List.of(new QuickReply("Leave a message", "/leave_message")));
        widget.clickQuickReplyWhenShown("Leave a message");
        widget.submitLeaveForm("", "alice@example.com", "");
        assertThat(widget.awaitLeaveFormError()).isEqualTo("Please write your message");
        widget.submitLeaveForm("", "alice@example", "Please call me back about my refund");
        assertThat(widget.awaitLeaveFormError()).isEqualTo("Please enter a valid phone number or email address");

        widget.submitLeaveForm("", "alice@example.com", "Please call me back about my refund");
        assertThat(widget.awaitLeaveConfirmation()).isEqualTo("Thanks — we'll get back to you during service hours");
        assertThat(ticketsOf(id)).singleElement().satisfies(ticket -> {
            assertThat(ticket.contactName()).isNull();
            assertThat(ticket.contact()).isEqualTo("alice@example.com");
        });
    }

    @Test
    void aMessageArrivingWhileTheCustomerTypesLeavesTheFormWithTheFocusAndTheText() {
        browser = HeadlessChromium.start();
        ChatWidgetPage widget = chatting("zh-CN");
        String id = waitingInQueue(widget);
        conversations.appendSystemMessage(id, "当前不在人工客服服务时间。您可以留言。", List.of(LEAVE_ZH));
        widget.clickQuickReplyWhenShown("留言").typeLeaveMessage("快递三天没到");
        assertThat(widget.focusedElementClasses()).contains("leave-text");

        conversations.appendSystemMessage(id, "您前面还有 2 位客户在排队。", List.of());
        widget.awaitText(Sender.SYSTEM, text -> text.contains("还有 2 位"));
        assertThat(widget.focusedElementClasses()).as("the new message takes no focus from the form")
                .contains("leave-text");
        assertThat(widget.shadow().findElement(By.cssSelector("form.leave textarea.leave-text"))
                .getDomProperty("value")).isEqualTo("快递三天没到");
        widget.submitLeaveForm("", "13800138000", "快递三天没到，请尽快联系我");
        assertThat(widget.awaitLeaveConfirmation()).isEqualTo("已收到您的留言，我们会在工作时间尽快联系您");
    }

    @Test
    void saysSoWhenTheMessageCouldNotBeLeftAndKeepsTheForm() {
        browser = HeadlessChromium.start();
        ChatWidgetPage widget = chatting("zh-CN");
        String id = waitingInQueue(widget);
        // the server is unreachable for this one call, as during a deployment
        browser.script("""
                const real = window.fetch;
                window.fetch = (url, init) => String(url).endsWith('/leave-message')
                  ? Promise.resolve(new Response('', {status: 503})) : real(url, init);""");
        conversations.appendSystemMessage(id, "当前不在人工客服服务时间。您可以留言。", List.of(LEAVE_ZH));

        widget.clickQuickReplyWhenShown("留言");
        widget.submitLeaveForm("", "13800138000", "请明早联系我");

        assertThat(widget.awaitLeaveFormError()).isEqualTo("留言提交失败，请稍后重试");
        assertThat(widget.isLeaveFormShown()).isTrue();
        assertThat(ticketsOf(id)).isEmpty();
    }

    private ChatWidgetPage chatting(String locale) {
        ChatWidgetPage widget = ChatWidgetPage.load(browser, url("/"), "shop").openPanel().awaitOnline();
        String hello = locale.startsWith("zh") ? "你好" : "hello";
        widget.send(hello);
        widget.awaitRepliesTo(hello);
        return widget;
    }

    /** Puts the widget's conversation in the queue of a new team without agents, where it waits; returns its id. */
    private String waitingInQueue(ChatWidgetPage widget) {
        String id = widget.conversationId();
        team = "team-" + UUID.randomUUID();
        String skill = "skill-" + UUID.randomUUID();
        directory.createTeam(team, "留言测试组", "Message test team", Set.of(skill));
        conversations.queue(id, skill, "requested");
        assertThat(handoffs.enqueue(id, "shop", skill, "requested", false)).get().matches(Handoff::waiting);
        return id;
    }

    /** The open tickets of the conversation, as the team's agents see them in the workspace. */
    private List<Ticket> ticketsOf(String conversationId) {
        return tickets.open(List.of(team)).stream()
                .filter(t -> t.conversationId().equals(conversationId))
                .toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
