package org.kefu.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.server.browser.HeadlessChromium;
import org.kefu.server.testbot.ChatHttp;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's main pages in headless Chromium, as an admin uses them: overview chart, FAQ search, a sheet
 * import with a malformed row, editing, intents, the inbox, a training job with its progress and evaluation,
 * conversation review, the audit log, and English.
 */
@AdminServerTest
final class AdminConsoleBrowserTest {

    private static final String QUESTION = "你们有没有实体店可以逛";

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Test
    void anAdminImportsAnnotatesTrainsAndReviewsThroughTheConsole() throws Exception {
        String base = "http://localhost:" + port;
        askAsACustomer();
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            WebDriver d = browser.driver();
            try {
                d.get(base + "/login");
                d.findElement(By.id("username")).sendKeys("admin");
                d.findElement(By.id("password")).sendKeys("admin123");
                d.findElement(By.id("login")).click();
                browser.waitUpTo().until(ExpectedConditions.urlContains("/agent"));

                // overview with the outcome chart drawn by ECharts
                d.get(base + "/admin");
                browser.waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bots tr[data-bot='shop']")));
                browser.waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#outcome-chart canvas")));

                // FAQ search narrows the list as the admin types (htmx)
                d.findElement(By.cssSelector("#bots tr[data-bot='shop'] .actions a")).click();
                d.findElement(By.id("faq-search")).sendKeys("包邮");
                browser.waitUpTo().until(ExpectedConditions.invisibilityOfElementLocated(
                        By.cssSelector("#faq-list tr[data-faq='return_policy']")));
                assertThat(d.findElements(By.cssSelector("#faq-list tr[data-faq='shipping_fee']"))).hasSize(1);

                // import with a dry-run preview: the malformed row is shown and skipped
                Path csv = temp.resolve("faq.csv");
                Files.writeString(csv, "编号,问题,答案,语言\nstore_visit,你们有实体店吗,目前只有网上商城，没有实体店。,zh-CN\n"
                        + "broken,,只有答案没有问题,zh-CN\n", StandardCharsets.UTF_8);
                d.findElement(By.id("import-file")).sendKeys(csv.toString());
                d.findElement(By.id("import-preview")).click();
                WebElement bad = browser.waitUpTo().until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#preview-rows tr[data-row='3']")));
                assertThat(bad.getText()).contains("缺少问题");
                assertThat(d.findElement(By.cssSelector("#preview-rows tr[data-row='2']")).getText()).contains("新建");
                d.findElement(By.id("import-commit")).click();
                browser.waitUpTo().until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-done"), "新建 1 条"));

                // edit the imported FAQ
                d.get(base + "/admin/bots/shop/faqs/store_visit");
                WebElement answerEn = d.findElement(By.name("answerEn"));
                answerEn.sendKeys("We only sell online for now.");
                d.findElement(By.id("faq-save")).click();
                browser.waitUpTo().until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#faq-list tr[data-faq='store_visit']")));

                // an intent example
                d.get(base + "/admin/bots/shop/intents");
                WebElement add = d.findElement(By.cssSelector("#intent-greeting .add-example input[name='text']"));
                add.sendKeys("哈喽哈喽");
                add.submit();
                browser.waitUpTo().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intent-greeting"), "哈喽哈喽"));

                // the inbox: the customer's question, assigned to the imported FAQ
                d.get(base + "/admin/bots/shop/inbox");
                WebElement cluster = d.findElements(By.cssSelector("section.cluster")).stream()
                        .filter(c -> c.getText().contains(QUESTION)).findFirst()
                        .orElseThrow(() -> new AssertionError("the question is not in the inbox: "
                                + d.findElement(By.tagName("main")).getText()));
                new Select(cluster.findElement(By.cssSelector("form.assign select"))).selectByValue("faq:store_visit");
                cluster.findElement(By.cssSelector("form.assign button")).click();
                browser.waitUpTo().until(d2 -> !d2.findElement(By.tagName("main")).getText().contains(QUESTION));

                // a training job: progress while it runs, then its evaluation with the confusion matrix
                d.get(base + "/admin/bots/shop/models");
                int before = d.findElements(By.cssSelector("#versions tr[data-version]")).size();
                d.findElement(By.id("train")).click();
                browser.waitUpTo().until(ExpectedConditions.numberOfElementsToBe(
                        By.cssSelector("#versions tr[data-version]"), before + 1));
                browser.waitUpTo(Duration.ofMinutes(4)).until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#versions tr[data-status='ready'] .actions a")));
                d.findElement(By.cssSelector("#versions tr[data-status='ready'] .actions a")).click();
                browser.waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#confusion-chart canvas")));
                assertThat(d.findElement(By.id("real-questions")).getText()).contains(QUESTION, "faq:store_visit");
                assertThat(d.findElement(By.id("figures")).getText()).contains("准确率", "宏平均 F1");

                // conversation review filtered by outcome, and one conversation with what the bot understood
                d.get(base + "/admin/conversations");
                new Select(d.findElement(By.name("outcome"))).selectByValue("fallback");
                browser.waitUpTo().until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#conversation-list tr[data-outcome='fallback'] a")));
                assertThat(d.findElements(By.cssSelector("#conversation-list tr[data-outcome='resolved']"))).isEmpty();
                d.findElement(By.cssSelector("#conversation-list tr[data-outcome='fallback'] a")).click();
                browser.waitUpTo().until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#transcript li.customer .understood")));

                // the audit log shows the import and the edit
                d.get(base + "/admin/audit");
                assertThat(d.findElements(By.cssSelector("#audit tr[data-action='faq.import']"))).isNotEmpty();
                assertThat(d.findElements(By.cssSelector("#audit tr[data-action='faq.update']"))).isNotEmpty();
                assertThat(d.findElements(By.cssSelector("#audit tr[data-action='inbox.assign']"))).isNotEmpty();

                // English
                d.get(base + "/admin?lang=en");
                assertThat(d.findElement(By.cssSelector("header.top")).getText()).contains("Admin console", "Audit log");
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("browser test failed on " + d.getCurrentUrl() + "; console: "
                        + browser.consoleLog(), e);
            }
        }
    }

    private void askAsACustomer() {
        ChatHttp chat = new ChatHttp(port);
        ChatHttp.Opened c = chat.open("shop", "zh-CN");
        ChatHttp.Response r = chat.post("/api/v1/conversations/" + c.conversationId() + "/messages",
                "{\"clientMsgId\":\"q1\",\"text\":" + ChatHttp.quote(QUESTION) + "}", c.token());
        assertThat(r.status()).isEqualTo(200);
        if (!r.body().contains("\"source\":\"fallback\"")) {
            chat.post("/api/v1/conversations/" + c.conversationId() + "/messages",
                    "{\"clientMsgId\":\"q2\",\"text\":\"没用\"}", c.token());
        }
    }
}
