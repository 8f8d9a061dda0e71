package org.kefu.server.browser;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Drives the chat widget ({@code /widget.js}) embedded in the page a {@link HeadlessChromium} shows, the way a
 * customer would: click the launcher, type, press Enter, click buttons. Reads go through the widget's Shadow DOM.
 * Every wait is explicit and bounded by {@link HeadlessChromium#DEFAULT_WAIT}.
 */
public final class ChatWidgetPage {

    /** Who wrote a message, as the widget marks its bubbles ({@code .msg.from-<sender>}). */
    public enum Sender { CUSTOMER, BOT, AGENT, SYSTEM;

        String css() {
            return ".msg.from-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final HeadlessChromium browser;
    private final String bot;
    private final String hostId;

    private ChatWidgetPage(HeadlessChromium browser, String bot) {
        this.browser = requireNonNull(browser, "browser");
        this.bot = requireNonNull(bot, "bot");
        this.hostId = "kefu-widget-" + bot;
    }

    /** Navigates to {@code url} and waits until the widget for {@code bot} is on the page. */
    public static ChatWidgetPage load(HeadlessChromium browser, String url, String bot) {
        browser.driver().get(url);
        return attach(browser, bot);
    }

    /**
     * Makes the pages this browser loads from now on breakable: afterwards {@link #dropConnection()} cuts the
     * widget's WebSocket as a network failure would and refuses new ones until {@link #restoreConnection()}.
     * Call before {@link #load}.
     */
    public static void installConnectionSwitch(HeadlessChromium browser) {
        browser.runBeforeEveryPage("""
                (() => {
                  const Native = window.WebSocket;
                  const sockets = [];
                  window.__kefuConnection = {
                    blocked: false,
                    drop() { this.blocked = true; sockets.splice(0).forEach(s => s.close()); },
                    restore() { this.blocked = false; }
                  };
                  // a blocked socket goes to the discard port, which refuses it, as an unreachable server would
                  window.WebSocket = class extends Native {
                    constructor(url, protocols) {
                      super(window.__kefuConnection.blocked ? 'ws://127.0.0.1:9/' : url, protocols);
                      sockets.push(this);
                    }
                  };
                })();""");
    }

    /** Cuts the widget's connection and keeps it down (needs {@link #installConnectionSwitch}); waits until it shows. */
    public ChatWidgetPage dropConnection() {
        browser.script("window.__kefuConnection.drop()");
        browser.waitUpTo().withMessage("the widget to notice the dropped connection")
                .until(d -> !"online".equals(query("return r.querySelector('.conn').dataset.state")));
        return this;
    }

    /** Lets the widget connect again; it does so by itself, after its back-off. */
    public ChatWidgetPage restoreConnection() {
        browser.script("window.__kefuConnection.restore()");
        return this;
    }

    /** Waits until the widget for {@code bot} is on the page already shown. */
    public static ChatWidgetPage attach(HeadlessChromium browser, String bot) {
        ChatWidgetPage page = new ChatWidgetPage(browser, bot);
        browser.waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.id(page.hostId)));
        return page;
    }

    /** Opens the chat panel unless it is already open (the widget remembers it across reloads). */
    public ChatWidgetPage openPanel() {
        if (!isPanelOpen()) {
            shadow().findElement(By.cssSelector(".launcher")).click();
        }
        browser.waitUpTo().withMessage("the chat panel to open").until(d -> isPanelOpen());
        return this;
    }

    /** Closes the chat panel with its close button. */
    public ChatWidgetPage closePanel() {
        if (isPanelOpen()) {
            shadow().findElement(By.cssSelector(".close")).click();
        }
        browser.waitUpTo().withMessage("the chat panel to close").until(d -> !isPanelOpen());
        return this;
    }

    /** Whether the chat panel is showing. */
    public boolean isPanelOpen() {
        return Boolean.TRUE.equals(query("return !r.querySelector('.panel').hidden"));
    }

    /** Waits until the header says the widget is connected. */
    public ChatWidgetPage awaitOnline() {
        browser.waitUpTo().withMessage(() -> "the widget to be online; header says '" + connectionText() + "'")
                .until(d -> "online".equals(query("return r.querySelector('.conn').dataset.state")));
        return this;
    }

    /** Types {@code text} into the message box and presses Enter, like a customer. */
    public ChatWidgetPage send(String text) {
        WebElement box = shadow().findElement(By.cssSelector(".composer textarea"));
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
        return this;
    }

    /** Types {@code text} into the message box without sending it. */
    public ChatWidgetPage type(CharSequence... keys) {
        shadow().findElement(By.cssSelector(".composer textarea")).sendKeys(keys);
        return this;
    }

    /** What the message box holds. */
    public String draft() {
        return (String) requireNonNull(query("return r.querySelector('.composer textarea').value"));
    }

    /** The texts of the bubbles from {@code sender}, oldest first. */
    @SuppressWarnings("unchecked")
    public List<String> texts(Sender sender) {
        return (List<String>) requireNonNull(query(
                "return [...r.querySelectorAll(arguments[1] + ' .bubble')].map(b => b.textContent)", sender.css()));
    }

    /** Waits until at least {@code count} bubbles from {@code sender} are shown, and returns all their texts. */
    public List<String> awaitTexts(Sender sender, int count) {
        browser.waitUpTo().withMessage(() -> count + " " + sender + " bubbles; shown: " + texts(sender))
                .until(d -> texts(sender).size() >= count);
        return texts(sender);
    }

    /** Waits until some bubble from {@code sender} matches, and returns its text. */
    public String awaitText(Sender sender, Predicate<String> matching) {
        return browser.waitUpTo().withMessage(() -> "a matching " + sender + " bubble; shown: " + texts(sender))
                .until(d -> texts(sender).stream().filter(matching).findFirst().orElse(null));
    }

    /**
     * Waits until the bot (or agent) has answered the customer's latest message with this text, and returns the
     * texts of the bubbles after it. Robust to greetings and other messages that arrive before it.
     */
    @SuppressWarnings("unchecked")
    public List<String> awaitRepliesTo(String customerText) {
        return browser.waitUpTo()
                .withMessage(() -> "a reply to '" + customerText + "'; customer: " + texts(Sender.CUSTOMER) + ", bot: "
                        + texts(Sender.BOT) + ", agent: " + texts(Sender.AGENT) + ", notice: '" + notice() + "'")
                .until(d -> {
                List<String> after = (List<String>) query("""
                        const rows = [...r.querySelectorAll('.msg')];
                        let at = -1;
                        rows.forEach((row, i) => {
                          const b = row.querySelector('.bubble');
                          if (row.classList.contains('from-customer') && b && b.textContent === arguments[1]) at = i;
                        });
                        if (at < 0) return null;
                        return rows.slice(at + 1).filter(row => row.matches('.from-bot, .from-agent'))
                          .map(row => { const b = row.querySelector('.bubble'); return b ? b.textContent : ''; });""",
                        customerText);
                return after == null || after.isEmpty() ? null : after;
                });
    }

    /** Whether any of the customer's messages is still waiting for the server's ack. */
    public boolean hasUnacknowledged() {
        return Boolean.TRUE.equals(query("return !!r.querySelector('.msg.from-customer .meta')"));
    }

    /** Waits until every customer message is acknowledged by the server. */
    public ChatWidgetPage awaitAllAcknowledged() {
        browser.waitUpTo().withMessage(() -> "every customer message to be acknowledged; notice: '" + notice() + "'")
                .until(d -> !hasUnacknowledged());
        return this;
    }

    /** The labels of the quick-reply and card buttons currently offered. */
    @SuppressWarnings("unchecked")
    public List<String> quickReplies() {
        return (List<String>) requireNonNull(query("return [...r.querySelectorAll('button.qr')].map(b => b.textContent)"));
    }

    /** Waits until at least one quick-reply button is offered, and returns their labels. */
    public List<String> awaitQuickReplies() {
        browser.waitUpTo().withMessage("a quick-reply button").until(d -> !quickReplies().isEmpty());
        return quickReplies();
    }

    /** Clicks the quick-reply (or card) button labelled {@code title}. */
    public ChatWidgetPage clickQuickReply(String title) {
        shadow().findElements(By.cssSelector("button.qr")).stream()
                .filter(b -> title.equals(b.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quick reply '" + title + "' among " + quickReplies()))
                .click();
        return this;
    }

    /** Waits until a quick-reply button labelled {@code title} is offered, then clicks it. */
    public ChatWidgetPage clickQuickReplyWhenShown(String title) {
        browser.waitUpTo().withMessage(() -> "a quick reply '" + title + "'; offered: " + quickReplies())
                .until(d -> quickReplies().contains(title));
        return clickQuickReply(title);
    }

    /** The unread count on the launcher badge, 0 when the badge is hidden. */
    public int unreadCount() {
        Object text = query("const b = r.querySelector('.badge'); return b.hidden ? '0' : b.textContent");
        return Integer.parseInt(String.valueOf(text).replace("+", ""));
    }

    /** The header title (the bot's name). */
    public String title() {
        return text(".title");
    }

    /** The connection line under the title ("在线", "Online", or the agent serving). */
    public String connectionText() {
        return text(".conn-text");
    }

    /** The status bar text (queue position, conversation ended), empty when hidden. */
    public String statusText() {
        return Boolean.TRUE.equals(query("return r.querySelector('.statusbar').hidden")) ? "" : text(".status-text");
    }

    /** The transient notice (errors, refusals), empty when hidden. */
    public String notice() {
        return Boolean.TRUE.equals(query("return r.querySelector('.notice').hidden")) ? "" : text(".notice");
    }

    /** Whether the agent-typing indicator shows. */
    public boolean isTypingShown() {
        return Boolean.FALSE.equals(query("return r.querySelector('.typing').hidden"));
    }

    /** Waits until the status bar says something matching (e.g. the queue position while waiting for an agent). */
    public String awaitStatus(Predicate<String> matching) {
        return browser.waitUpTo().withMessage(() -> "a matching status; status bar: '" + statusText() + "'")
                .until(d -> matching.test(statusText()) ? statusText() : null);
    }

    /** The names shown above agent messages, oldest first. */
    @SuppressWarnings("unchecked")
    public List<String> agentNames() {
        return (List<String>) requireNonNull(query("return [...r.querySelectorAll('.msg.from-agent .sender')].map(e => e.textContent)"));
    }

    /** Waits until the satisfaction survey (sent when an agent closes the conversation) is shown. */
    public ChatWidgetPage awaitSurvey() {
        browser.waitUpTo().withMessage("the satisfaction survey").until(d -> Boolean.TRUE.equals(query("return !!r.querySelector('form.survey')")));
        return this;
    }

    /**
     * Fills in the survey with 1–5 stars and an optional comment, submits it, and waits for the thanks.
     *
     * @throws IllegalArgumentException if stars is not within 1..5
     */
    public ChatWidgetPage answerSurvey(int stars, String comment) {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("stars must be within 1..5: " + stars);
        }
        awaitSurvey();
        shadow().findElement(By.cssSelector("form.survey button.star[data-stars='" + stars + "']")).click();
        if (!comment.isEmpty()) {
            shadow().findElement(By.cssSelector("form.survey textarea")).sendKeys(comment);
        }
        shadow().findElement(By.cssSelector("form.survey button[type=submit]")).click();
        browser.waitUpTo().withMessage(() -> "the survey's thanks; notice: '" + notice() + "'")
                .until(d -> Boolean.TRUE.equals(query("return !!r.querySelector('form.survey .survey-done')")));
        return this;
    }

    /** Whether the leave-a-message form (opened by a {@code /leave_message} quick reply) is showing. */
    public boolean isLeaveFormShown() {
        return Boolean.TRUE.equals(query("return !!r.querySelector('form.leave')"));
    }

    /** Waits until the leave-a-message form is showing. */
    public ChatWidgetPage awaitLeaveForm() {
        browser.waitUpTo().withMessage("the leave-a-message form").until(d -> isLeaveFormShown());
        return this;
    }

    /**
     * Types into the leave-a-message form, replacing what its fields held, and presses its submit button.
     * Does not wait: follow with {@link #awaitLeaveConfirmation()} or {@link #awaitLeaveFormError()}.
     *
     * @param name how to address the customer, empty to leave it out
     */
    public ChatWidgetPage submitLeaveForm(String name, String contact, String message) {
        awaitLeaveForm();
        fill("form.leave input.leave-name", name);
        fill("form.leave input.leave-contact", contact);
        fill("form.leave textarea.leave-text", message);
        shadow().findElement(By.cssSelector("form.leave button[type=submit]")).click();
        return this;
    }

    private void fill(String css, String value) {
        WebElement field = shadow().findElement(By.cssSelector(css));
        field.clear();
        if (!value.isEmpty()) {
            field.sendKeys(value);
        }
    }

    /** Types into the leave-a-message form's message field, after what it holds, without submitting. */
    public ChatWidgetPage typeLeaveMessage(String text) {
        awaitLeaveForm();
        shadow().findElement(By.cssSelector("form.leave textarea.leave-text")).sendKeys(text);
        return this;
    }

    /** The classes of the widget's element that has the keyboard focus, empty when none has. */
    public String focusedElementClasses() {
        return String.valueOf(query("const e = r.activeElement; return e ? e.className : ''"));
    }

    /** Presses the form's cancel button and waits until the form is gone. */
    public ChatWidgetPage cancelLeaveForm() {
        shadow().findElement(By.cssSelector("form.leave .leave-cancel")).click();
        browser.waitUpTo().withMessage("the leave-a-message form to close").until(d -> !isLeaveFormShown());
        return this;
    }

    /** The error the leave-a-message form shows, empty when none. */
    public String leaveFormError() {
        return String.valueOf(query("const e = r.querySelector('form.leave .leave-error'); return e && !e.hidden ? e.textContent : ''"));
    }

    /** Waits until the leave-a-message form shows an error, and returns it. */
    public String awaitLeaveFormError() {
        return browser.waitUpTo().withMessage("an error in the leave-a-message form")
                .until(d -> leaveFormError().isEmpty() ? null : leaveFormError());
    }

    /** Waits until the form was replaced by the confirmation that the message was left, and returns it. */
    public String awaitLeaveConfirmation() {
        return browser.waitUpTo()
                .withMessage(() -> "the leave-a-message confirmation; form error: '" + leaveFormError() + "'")
                .until(d -> {
                    String done = text(".leave .leave-done");
                    return done.isEmpty() ? null : done;
                });
    }

    /** The id of the conversation the widget keeps in localStorage, empty before the first one is opened. */
    public String conversationId() {
        return stored("conversationId");
    }

    /** The visitor token the widget keeps in localStorage (for REST calls as this customer), empty before. */
    public String visitorToken() {
        return stored("token");
    }

    /** Waits until the widget has opened a conversation, and returns its id. */
    public String awaitConversationId() {
        return browser.waitUpTo().withMessage("the widget to open a conversation")
                .until(d -> conversationId().isEmpty() ? null : conversationId());
    }

    private String stored(String field) {
        Object value = browser.script("""
                const key = Object.keys(localStorage).find(k => k.startsWith('kefu.v1|') && k.endsWith('|' + arguments[0]));
                const state = key ? JSON.parse(localStorage.getItem(key)) : null;
                return state && state[arguments[1]] ? String(state[arguments[1]]) : '';""", bot, field);
        return String.valueOf(value);
    }

    /** The text of the first element matching a CSS selector inside the widget. */
    public String text(String css) {
        return String.valueOf(query("const e = r.querySelector(arguments[1]); return e ? e.textContent : ''", css));
    }

    /** The widget's Shadow DOM, for finding elements to click or type into (CSS selectors only). */
    public SearchContext shadow() {
        return browser.driver().findElement(By.id(hostId)).getShadowRoot();
    }

    /** Runs {@code body} with {@code r} bound to the widget's shadow root and {@code arguments[1..]} to {@code args}. */
    private Object query(String body, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = hostId;
        System.arraycopy(args, 0, all, 1, args.length);
        return browser.script("const r = document.getElementById(arguments[0]).shadowRoot; " + body, all);
    }
}
