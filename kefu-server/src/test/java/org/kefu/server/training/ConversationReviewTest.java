package org.kefu.server.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefu.server.admin.AdminClient;
import org.kefu.server.testbot.ChatHttp;
import org.kefu.server.testbot.KefuServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Conversation review over HTTP: search by text and outcome, and every turn with what the bot understood. */
@KefuServerTest
final class ConversationReviewTest {

    @LocalServerPort
    int port;

    @Test
    void findsConversationsByTextAndOutcomeAndShowsWhatTheBotUnderstood() {
        ChatHttp chat = new ChatHttp(port);
        ChatHttp.Opened c = chat.open("shop", "zh-CN");
        String marker = "审阅测试" + System.nanoTime();
        ChatHttp.Response r = chat.post("/api/v1/conversations/" + c.conversationId() + "/messages",
                "{\"clientMsgId\":\"r1\",\"text\":" + ChatHttp.quote(marker) + "}", c.token());
        assertThat(r.status()).isEqualTo(200);
        AdminClient admin = new AdminClient(port).login("admin", "test-admin-password");

        JsonNode found = admin.get("/api/v1/admin/conversations?bot=shop&q=" + marker).json();
        assertThat(found.findValuesAsString("id")).containsExactly(c.conversationId());
        String outcome = found.get(0).path("outcome").asString();
        assertThat(outcome).isIn("resolved", "fallback");
        for (String other : List.of("resolved", "handoff", "fallback", "bad_rating")) {
            List<String> ids = admin.get("/api/v1/admin/conversations?outcome=" + other + "&q=" + marker).json()
                    .findValuesAsString("id");
            assertThat(ids).as(other).hasSize(other.equals(outcome) ? 1 : 0);
        }
        assertThat(admin.get("/api/v1/admin/conversations?outcome=angry").status()).isEqualTo(400);

        JsonNode detail = admin.get("/api/v1/admin/conversations/" + c.conversationId()).json();
        JsonNode asked = null;
        for (JsonNode turn : detail.path("turns")) {
            if (turn.path("text").asString().equals(marker)) {
                asked = turn;
            }
        }
        assertThat(asked).isNotNull();
        assertThat(asked.path("sender").asString()).isEqualTo("customer");
        assertThat(asked.path("source").asString()).isNotBlank();
        assertThat(asked.path("outcome").asString()).isIn("answered", "fallback");
        assertThat(admin.get("/api/v1/admin/conversations/nope").status()).isEqualTo(404);
    }
}
