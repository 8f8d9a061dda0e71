package org.kefu.server.agent.workspace;

import java.util.List;
import org.kefu.server.browser.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The agent workspace at {@code /agent} as a person uses it, in one headless Chromium session. */
final class AgentWorkspacePage {

    private final HeadlessChromium browser;
    private final String base;

    private AgentWorkspacePage(HeadlessChromium browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    /** Logs in through {@code /login} and waits for the workspace with its live channel connected. */
    static AgentWorkspacePage login(HeadlessChromium browser, String base, String username, String password) {
        browser.driver().get(base + "/login");
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.driver().findElement(By.id("login")).click();
        AgentWorkspacePage page = new AgentWorkspacePage(browser, base);
        browser.waitUpTo().until(d -> d.getCurrentUrl().endsWith("/agent"));
        browser.waitUpTo().until(ExpectedConditions.attributeToBe(By.id("live"), "data-state", "online"));
        return page;
    }

    void logout() {
        browser.driver().findElement(By.cssSelector(".top nav form button")).click();
        browser.waitUpTo().until(d -> d.getCurrentUrl().contains("/login"));
    }

    /** Waits until the queue lists the conversation, then accepts it. */
    void claim(String conversationId) {
        By button = By.cssSelector("#list-queue .claim[data-conversation='" + conversationId + "']");
        browser.waitUpTo().until(ExpectedConditions.elementToBeClickable(button)).click();
        awaitOpen(conversationId, true);
    }

    /** Waits until "my conversations" lists it, then opens it. */
    void openMine(String conversationId) {
        By link = By.cssSelector("#list-mine .open-conversation[data-conversation='" + conversationId + "']");
        browser.waitUpTo().until(ExpectedConditions.elementToBeClickable(link)).click();
        awaitOpen(conversationId, true);
    }

    private void awaitOpen(String conversationId, boolean mine) {
        browser.waitUpTo().until(d -> {
            List<WebElement> pane = d.findElements(By.cssSelector(".conversation[data-conversation='" + conversationId + "']"));
            return !pane.isEmpty() && String.valueOf(mine).equals(pane.getFirst().getAttribute("data-mine"));
        });
    }

    /** Texts of the transcript lines from one sender ({@code customer}, {@code bot}, {@code agent}, {@code system}). */
    List<String> transcript(String from) {
        return browser.driver().findElements(By.cssSelector("#transcript li.from-" + from + " .text")).stream()
                .map(WebElement::getText)
                .toList();
    }

    void awaitTranscript(String from, String text) {
        browser.waitUpTo().until(d -> transcript(from).contains(text));
    }

    String summary() {
        return browser.driver().findElement(By.id("bot-summary")).getText();
    }

    void type(String text) {
        browser.driver().findElement(By.id("reply")).sendKeys(text);
    }

    String draft() {
        return browser.driver().findElement(By.id("reply")).getAttribute("value");
    }

    void send(String text) {
        WebElement reply = browser.driver().findElement(By.id("reply"));
        reply.clear();
        reply.sendKeys(text);
        reply.sendKeys(Keys.ENTER);
        browser.waitUpTo().until(d -> transcript("agent").contains(text));
    }

    boolean customerTypingShown() {
        return browser.driver().findElement(By.id("customer-typing")).isDisplayed();
    }

    void transferToAgent(String displayName) {
        new Select(browser.driver().findElement(By.id("transfer-agent"))).selectByVisibleText(displayName);
        browser.driver().findElement(By.id("transfer")).click();
    }

    void closeBackToBot() {
        browser.driver().findElement(By.id("close-bot")).click();
    }

    /** Waits until the open conversation is no longer the agent's (after transfer or close). */
    void awaitNotMine(String conversationId) {
        awaitOpen(conversationId, false);
    }

    String base() {
        return base;
    }
}
