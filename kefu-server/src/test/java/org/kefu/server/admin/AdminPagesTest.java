package org.kefu.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefu.server.testbot.ChatHttp;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every console page renders for the admin, in Chinese and in English. */
@AdminServerTest
final class AdminPagesTest {

    @LocalServerPort
    int port;

    @Test
    void everyConsolePageRendersInBothLanguages() {
        AdminClient admin = new AdminClient(port).login("admin", "admin123");
        ChatHttp chat = new ChatHttp(port);
        ChatHttp.Opened c = chat.open("shop", "zh-CN");
        chat.post("/api/v1/conversations/" + c.conversationId() + "/messages",
                "{\"clientMsgId\":\"p1\",\"text\":\"你们卖不卖二手飞机\"}", c.token());
        String conversation = c.conversationId();
        for (String lang : List.of("zh", "en")) {
            for (String page : List.of("/admin", "/admin/bots/shop/faqs", "/admin/bots/shop/faqs/new",
                    "/admin/bots/shop/faqs/return_policy", "/admin/bots/shop/intents", "/admin/bots/shop/inbox",
                    "/admin/bots/shop/models", "/admin/conversations", "/admin/conversations?outcome=fallback&q=飞机",
                    "/admin/conversations/" + conversation, "/admin/audit")) {
                AdminClient.Response r = admin.get(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
                assertThat(r.status()).as(page + " " + lang + ": " + r.body()).isEqualTo(200);
                assertThat(r.body()).as(page).contains(lang.equals("zh") ? "管理后台" : "Admin console")
                        .doesNotContain("??admin.");
            }
        }
        assertThat(admin.get("/admin/bots/nope/faqs").status()).isEqualTo(404);
    }
}
