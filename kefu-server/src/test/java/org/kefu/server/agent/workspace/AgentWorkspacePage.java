package org.kefu.server.agent.workspace;

import java.util.List;
import org.kefu.server.browser.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The agent workspace at {@code /agent} as a person uses it, in one headless Chromium session. */
final class AgentWorkspacePage {

    private final HeadlessChromium browser;
    private final String base;

    private AgentWorkspacePage(HeadlessChromium browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    // panes and lists are re-rendered on live updates, so an element found a moment ago may be gone: look again
    private WebDriverWait await() {
        return (WebDriverWait) browser.waitUpTo().ignoring(StaleElementReferenceException.class);
    }

    /** Logs in through {@code /login} and waits for the workspace with its live channel connected. */
    static AgentWorkspacePage login(HeadlessChromium browser, String base, String username, String password) {
        browser.driver().get(base + "/login");
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.driver().findElement(By.id("login")).click();
        AgentWorkspacePage page = new AgentWorkspacePage(browser, base);
        page.await().until(d -> d.getCurrentUrl().endsWith("/agent"));
        page.await().until(ExpectedConditions.attributeToBe(By.id("live"), "data-state", "online"));
        return page;
    }

    void logout() {
        browser.driver().findElement(By.cssSelector(".top nav form button")).click();
        await().until(d -> d.getCurrentUrl().contains("/login"));
    }

    /** Waits until the queue lists the conversation, then accepts it. */
    void claim(String conversationId) {
        By button = By.cssSelector("#list-queue .claim[data-conversation='" + conversationId + "']");
        clickWhenReady(button);
        awaitOpen(conversationId, true);
    }

    /** Waits until "my conversations" lists it, then opens it (again, freshly rendered, if it is open already). */
    void openMine(String conversationId) {
        List<WebElement> shown = browser.driver().findElements(By.cssSelector("#conversation .conversation"));
        By link = By.cssSelector("#list-mine .open-conversation[data-conversation='" + conversationId + "']");
        clickWhenReady(link);
        if (!shown.isEmpty()) {
            await().until(ExpectedConditions.stalenessOf(shown.getFirst()));
        }
        awaitOpen(conversationId, true);
    }

    private void clickWhenReady(By target) {
        await().ignoring(NoSuchElementException.class).ignoring(ElementNotInteractableException.class).until(d -> {
            d.findElement(target).click();
            return true;
        });
    }

    private void awaitOpen(String conversationId, boolean mine) {
        await().until(d -> {
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
        await().until(d -> transcript(from).contains(text));
    }

    String summary() {
        return browser.driver().findElement(By.id("bot-summary")).getText();
    }

    void type(String text) {
        // typing indicators travel over the live channel, which reconnects after pane re-renders
        await().until(ExpectedConditions.attributeToBe(By.id("live"), "data-state", "online"));
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
        await().until(d -> transcript("agent").contains(text));
    }

    /** Types a canned-response shortcut such as {@code /hello}, picks the first match with Enter, returns the draft. */
    String useCanned(String shortcut) {
        WebElement reply = browser.driver().findElement(By.id("reply"));
        reply.clear();
        reply.sendKeys(shortcut);
        await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#canned .canned-option")));
        reply.sendKeys(Keys.ENTER);
        await().until(d -> !draft().startsWith("/"));
        return draft();
    }

    /** Sends whatever the reply box holds. */
    void sendDraft() {
        String text = draft().strip();
        browser.driver().findElement(By.id("reply")).sendKeys(Keys.ENTER);
        await().until(d -> transcript("agent").contains(text));
    }

    String suggestions() {
        return browser.driver().findElement(By.cssSelector(".suggestions")).getText();
    }

    void addNote(String text) {
        browser.driver().findElement(By.id("note")).sendKeys(text, Keys.ENTER);
        // the pane is re-rendered with the new note, so the element read before may go stale
        await()
                .until(d -> d.findElement(By.id("notes")).getText().contains(text));
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
