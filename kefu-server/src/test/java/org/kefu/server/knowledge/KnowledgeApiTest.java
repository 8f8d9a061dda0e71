package org.kefu.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kefu.server.admin.AdminClient;
import org.kefu.server.admin.Sheets;
import org.kefu.server.testbot.KefuServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The knowledge base API over HTTP: seeded from the bot files, edited, imported, exported, audited. */
@KefuServerTest
final class KnowledgeApiTest {

    @LocalServerPort
    int port;

    private AdminClient admin() {
        return new AdminClient(port).login("admin", "test-admin-password");
    }

    @Test
    void theKnowledgeBaseStartsWithTheBotFilesFaqsExamplesAndDictionary() {
        AdminClient admin = admin();
        assertThat(admin.get("/api/v1/admin/bots/shop/faqs").json().findValuesAsString("id"))
                .contains("return_policy", "shipping_fee", "invoice");
        assertThat(admin.get("/api/v1/admin/bots/shop/faqs/shipping_fee").json().path("origin").asString())
                .isEqualTo("files");
        assertThat(admin.get("/api/v1/admin/bots/shop/intents").body()).contains("order_status");
        assertThat(admin.get("/api/v1/admin/bots/shop/faqs?q=包邮").json().findValuesAsString("id"))
                .contains("shipping_fee").doesNotContain("return_policy");
        assertThat(admin.get("/api/v1/admin/bots/mars/faqs").status()).isEqualTo(404);
    }

    @Test
    void brokenFilesAreRefusedWithAClearErrorAndChangeNothing() {
        AdminClient admin = admin();
        String before = admin.get("/api/v1/admin/bots/bank/faqs").body();
        int audited = admin.get("/api/v1/admin/audit?action=faq").json().size();
        Map<String, byte[]> broken = Map.of(
                "wrong-columns.xlsx", Sheets.xlsx(List.of(List.of("标题", "内容"), List.of("运费", "8元"))),
                "empty.csv", new byte[0],
                "huge.csv", ("问题,答案\n" + "运费多少,满99包邮\n".repeat(300_000)).getBytes(StandardCharsets.UTF_8),
                "picture.xlsx", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13},
                "damaged.xlsx", new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9});
        Map<String, String> expected = Map.of("wrong-columns.xlsx", "缺少必需的列：问题/question, 答案/answer",
                "empty.csv", "文件是空的", "huge.csv", "文件太大", "picture.xlsx", "这不是表格文件",
                "damaged.xlsx", "无法读取这个 Excel 文件");
        broken.forEach((name, bytes) -> {
            AdminClient.Response r = admin.upload("/api/v1/admin/bots/bank/faqs/import", name, bytes);
            assertThat(r.status()).as(name + ": " + r.body()).isEqualTo(400);
            assertThat(r.json().path("error").path("message").asString()).as(name).contains(expected.get(name));
        });
        assertThat(admin.get("/api/v1/admin/bots/bank/faqs").body()).isEqualTo(before);
        assertThat(admin.get("/api/v1/admin/audit?action=faq").json().size()).isEqualTo(audited);
    }

    @Test
    void anExportedSheetImportsAgainWithoutChangesAndAPreviewCommitsOnce() {
        AdminClient admin = admin();
        for (String format : List.of("xlsx", "csv")) {
            AdminClient.Response exported = admin.get("/api/v1/admin/bots/bank/faqs/export?format=" + format);
            assertThat(exported.status()).isEqualTo(200);
        }
        byte[] csv = admin.get("/api/v1/admin/bots/bank/faqs/export?format=csv").body()
                .getBytes(StandardCharsets.UTF_8);
        AdminClient.Response preview = admin.upload("/api/v1/admin/bots/bank/faqs/import", "bank.csv", csv);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().path("errors").asInt()).isZero();
        assertThat(preview.json().path("creates").asInt() + preview.json().path("updates").asInt()).isZero();
        assertThat(preview.json().path("unchanged").asInt()).isPositive();

        AdminClient.Response english = admin.upload("/api/v1/admin/bots/bank/faqs/import", "new.csv",
                "Question,Answer,Locale,Category\nDo you have a mobile app?,Yes: search Demo Bank in your app store.,en,App\n"
                        .getBytes(StandardCharsets.UTF_8));
        String id = english.json().path("id").asString();
        assertThat(admin.postJson("/api/v1/admin/bots/bank/faqs/import/" + id + "/commit", "{}").json()
                .path("created").asInt()).isEqualTo(1);
        assertThat(admin.postJson("/api/v1/admin/bots/bank/faqs/import/" + id + "/commit", "{}").status())
                .as("a preview commits once").isEqualTo(404);
        assertThat(admin.get("/api/v1/admin/bots/bank/faqs?q=mobile%20app").json().findValuesAsString("category"))
                .containsExactly("App");
        assertThat(admin.get("/api/v1/admin/audit?action=faq.import").body()).contains("mobile app");
    }

    @Test
    void editsAreAuditedWithTheStateBeforeAndAfter() {
        AdminClient admin = admin();
        Map<String, Object> faq = Map.of("id", "opening_hours_test", "question", Map.of("zh", "你们几点开门", "en", ""),
                "answer", Map.of("zh", "每天九点", "en", "Nine every day"));
        assertThat(admin.postJson("/api/v1/admin/bots/shop/faqs", faq).status()).isEqualTo(201);
        assertThat(admin.postJson("/api/v1/admin/bots/shop/faqs", faq).status()).isEqualTo(409);
        AdminClient.Response disabled = admin.postForm("/api/v1/admin/bots/shop/faqs/opening_hours_test/enabled?value=false", "");
        assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
        var entries = admin.get("/api/v1/admin/audit?action=faq.update").json();
        var latest = entries.get(0);
        assertThat(latest.path("actor").asString()).isEqualTo("admin");
        assertThat(latest.path("target").asString()).isEqualTo("opening_hours_test");
        assertThat(latest.path("before").asString()).contains("\"enabled\":true");
        assertThat(latest.path("after").asString()).contains("\"enabled\":false");
        assertThat(admin.postJson("/api/v1/admin/bots/shop/faqs", Map.of("question", Map.of("zh", "没有答案", "en", "")))
                .json().path("error").path("code").asString()).isEqualTo("missing_field");
        assertThat(admin.delete("/api/v1/admin/bots/shop/faqs/shipping_fee").status()).as("from the files").isEqualTo(409);
        assertThat(admin.delete("/api/v1/admin/bots/shop/faqs/opening_hours_test").status()).isEqualTo(204);
    }
}
