package org.kefu.server.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kefu.server.admin.AdminClient;
import org.kefu.server.admin.AdminServerTest;
import org.kefu.server.testbot.ChatHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The inbox over HTTP: a thumbs-down brings a question in, an agent's answer is the draft of a new FAQ. */
@AdminServerTest
final class InboxApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aThumbsDownQuestionBecomesANewFaqWithTheAgentsAnswerAsDraft() {
        ChatHttp chat = new ChatHttp(port);
        String question = "快递员把包裹放快递柜了但我没收到取件码";
        ChatHttp.Opened c = chat.open("shop", "zh-CN");
        ChatHttp.Response asked = chat.post("/api/v1/conversations/" + c.conversationId() + "/messages",
                "{\"clientMsgId\":\"i1\",\"text\":" + ChatHttp.quote(question) + "}", c.token());
        long answerSeq = asked.json().path("replies").get(0).path("seq").asLong();
        assertThat(chat.post("/api/v1/conversations/" + c.conversationId() + "/messages/" + answerSeq + "/rating",
                "{\"helpful\":false}", c.token()).status()).isBetween(200, 204);
        // the agent who took over answered it (stored as the agent workspace stores agent messages)
        String agentAnswer = "您可以在快递柜屏幕上选择“取件码找回”，输入手机号即可重新获取。";
        jdbc.sql("""
                insert into message (id, conversation_id, seq, sender, sender_id, sender_name, text, created_at)
                values (:id, :c, 1000, 'agent', 'a1', '小王', :text, :now)""")
                .param("id", UUID.randomUUID().toString()).param("c", c.conversationId()).param("text", agentAnswer)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();

        AdminClient admin = new AdminClient(port).login("admin", "admin123");
        JsonNode cluster = null;
        for (JsonNode candidate : admin.get("/api/v1/admin/bots/shop/inbox").json()) {
            if (candidate.toString().contains(question)) {
                cluster = candidate;
            }
        }
        assertThat(cluster).as("the rated question is in the inbox").isNotNull();
        assertThat(cluster.path("questions").get(0).path("reasons").toString()).contains("bad_rating");
        assertThat(cluster.path("draftAnswer").asString()).isEqualTo(agentAnswer);
        assertThat(cluster.path("guesses").isArray()).isTrue();

        List<Map<String, Object>> refs = new ArrayList<>();
        cluster.path("questions").forEach(q -> refs.add(Map.of("conversationId", q.path("conversationId").asString(),
                "seq", q.path("seq").asLong())));
        AdminClient.Response created = admin.postJson("/api/v1/admin/bots/shop/inbox/faq",
                Map.of("questions", refs, "answer", Map.of("zh", cluster.path("draftAnswer").asString(), "en", ""),
                        "category", "配送"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.json().path("question").path("zh").asString()).isEqualTo(question);
        assertThat(admin.get("/api/v1/admin/bots/shop/faqs/" + id).json().path("answer").path("zh").asString())
                .isEqualTo(agentAnswer);
        assertThat(admin.get("/api/v1/admin/bots/shop/inbox").body()).doesNotContain(question);
        assertThat(admin.get("/api/v1/admin/audit?action=faq.create").body()).contains(id);

        AdminClient.Response again = admin.postJson("/api/v1/admin/bots/shop/inbox/assign",
                Map.of("questions", List.of(Map.of("conversationId", "nope", "seq", 1)), "label", "faq:" + id));
        assertThat(again.status()).isEqualTo(404);
        AdminClient.Response badLabel = admin.postJson("/api/v1/admin/bots/shop/inbox/assign",
                Map.of("questions", refs, "label", "greeting"));
        assertThat(badLabel.status()).isEqualTo(400);
    }
}
