package org.kefu.server.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kefu.server.admin.AdminClient;
import org.kefu.server.admin.AdminServerTest;
import org.kefu.server.admin.Sheets;
import org.kefu.server.testbot.ChatHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The learning loop end to end over real HTTP with the demo shop bot: FAQs imported from Excel, customers'
 * failed questions clustered in the inbox, annotated, a new version trained and evaluated, and promoted while
 * another customer keeps chatting.
 */
@AdminServerTest
final class LearningLoopTest {

    private static final List<String> GIFT_CARD = List.of("礼品卡怎么用", "礼品卡要怎么使用", "请问礼品卡如何使用");
    private static final List<String> PICKUP = List.of("可以到店自提吗", "能到门店自提吗", "支持门店自提吗");

    @LocalServerPort
    int port;

    @Autowired
    TrainingService training;

    @Test
    void annotatedQuestionsAreAnsweredAfterANewVersionIsTrainedAndPromoted() throws Exception {
        AdminClient admin = new AdminClient(port).login("admin", "admin123");
        ChatHttp chat = new ChatHttp(port);

        // 1. import new FAQs from Excel; the malformed row is shown in the preview and skipped
        byte[] xlsx = Sheets.xlsx(List.of(
                List.of("编号", "分类", "问题", "相似问法", "答案", "语言", "启用"),
                List.of("gift_card", "支付", "礼品卡怎么使用？", "礼品卡能用吗｜怎么用礼品卡付款",
                        "在结算页选择“礼品卡”并输入卡号和密码即可抵扣，余额可以在“我的-礼品卡”查看。", "zh-CN", "是"),
                List.of("store_pickup", "配送", "可以门店自提吗？", "能自己去店里取货吗\n线下自提",
                        "目前不支持门店自提，所有订单都通过顺丰或京东物流配送上门。", "zh-CN", "是"),
                List.of("bad_row", "配送", "这一行没有答案", "", "", "zh-CN", "是")));
        AdminClient.Response preview = admin.upload("/api/v1/admin/bots/shop/faqs/import", "faq.xlsx", xlsx);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().path("creates").asInt()).isEqualTo(2);
        assertThat(preview.json().path("errors").asInt()).isEqualTo(1);
        JsonNode badRow = preview.json().path("rows").get(2);
        assertThat(badRow.path("row").asInt()).isEqualTo(4);
        assertThat(badRow.path("problems").toString()).contains("缺少答案");
        assertThat(admin.get("/api/v1/admin/bots/shop/faqs/gift_card").status()).as("nothing saved by the preview")
                .isEqualTo(404);
        AdminClient.Response committed = admin.postJson("/api/v1/admin/bots/shop/faqs/import/"
                + preview.json().path("id").asString() + "/commit", "{}");
        assertThat(committed.status()).as(committed.body()).isEqualTo(200);
        assertThat(committed.json().path("created").asInt()).isEqualTo(2);
        assertThat(committed.json().path("skipped").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/v1/admin/bots/shop/faqs/bad_row").status()).isEqualTo(404);

        // 2. customers ask questions the live bot does not know; unhelpful answers get a "没用"
        for (String question : concat(GIFT_CARD, PICKUP)) {
            ChatHttp.Opened c = chat.open("shop", "zh-CN");
            JsonNode reply = send(chat, c, question);
            if (!reply.path("meta").path("source").asString().equals("fallback")) {
                send(chat, c, "没用");
            }
        }

        // 3. the inbox groups them by meaning
        JsonNode inbox = admin.get("/api/v1/admin/bots/shop/inbox").json();
        JsonNode giftCluster = clusterWith(inbox, GIFT_CARD.getFirst());
        JsonNode pickupCluster = clusterWith(inbox, PICKUP.getFirst());
        assertThat(texts(giftCluster)).containsAll(GIFT_CARD);
        assertThat(texts(pickupCluster)).containsAll(PICKUP);
        assertThat(giftCluster.path("count").asInt()).isEqualTo(3);

        // 4. the admin assigns each cluster to the imported FAQ
        assign(admin, giftCluster, "faq:gift_card");
        assign(admin, pickupCluster, "faq:store_pickup");
        assertThat(admin.get("/api/v1/admin/bots/shop/inbox").body()).doesNotContain(GIFT_CARD.getFirst());

        // 5. a new version trains in the background and its evaluation shows the improvement
        AdminClient.Response started = admin.postJson("/api/v1/admin/bots/shop/models", "{}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String version = started.json().path("id").asString();
        assertThat(admin.postJson("/api/v1/admin/bots/shop/models", "{}").status()).as("one job at a time")
                .isEqualTo(409);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() ->
                !admin.get("/api/v1/admin/bots/shop/models/" + version).json().path("status").asString()
                        .equals("training"));
        JsonNode trained = admin.get("/api/v1/admin/bots/shop/models/" + version).json();
        assertThat(trained.path("status").asString()).as(trained.toString()).isEqualTo("ready");
        JsonNode evaluation = admin.get("/api/v1/admin/bots/shop/models/" + version + "/evaluation").json();
        // other tests sharing the server may have annotated questions of their own: look at ours
        List<JsonNode> ours = new ArrayList<>();
        evaluation.path("realQuestions").forEach(q -> {
            if (concat(GIFT_CARD, PICKUP).contains(q.path("text").asString())) {
                ours.add(q);
            }
        });
        assertThat(ours).hasSize(6);
        long liveRight = ours.stream().filter(q -> q.path("live").asString().equals(q.path("expected").asString())).count();
        long newRight = ours.stream().filter(q -> q.path("candidate").asString().equals(q.path("expected").asString()))
                .count();
        assertThat(liveRight).as("the live version knows none of the new FAQs").isZero();
        assertThat(newRight).as(ours.toString()).isGreaterThanOrEqualTo(3);
        assertThat(evaluation.path("candidate").path("realAccuracy").asDouble())
                .isGreaterThan(evaluation.path("live").path("realAccuracy").asDouble());
        assertThat(evaluation.path("candidate").path("perLabel").toString()).contains("faq:gift_card");
        assertThat(evaluation.path("candidate").path("confusion").path("labels").toString()).contains("faq:store_pickup");

        // 6. promotion while another customer keeps chatting
        ChatHttp.Opened other = chat.open("shop", "zh-CN");
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger();
        List<String> failures = new CopyOnWriteArrayList<>();
        Thread chatter = Thread.ofPlatform().start(() -> {
            List<String> lines = List.of("运费多少", "几天能到", "支持哪些支付方式", "谢谢");
            int i = 0;
            while (!stop.get() || answered.get() < 4) {
                ChatHttp.Response r = chat.post("/api/v1/conversations/" + other.conversationId() + "/messages",
                        "{\"clientMsgId\":\"c" + i + "\",\"text\":" + ChatHttp.quote(lines.get(i % lines.size())) + "}",
                        other.token());
                if (r.status() != 200 || r.json().path("replies").isEmpty()
                        || r.body().contains("\"source\":\"fallback\"") && i % lines.size() != 3) {
                    failures.add(r.status() + " " + r.body());
                }
                answered.incrementAndGet();
                i++;
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> answered.get() >= 2);
        AdminClient.Response promoted = admin.postJson("/api/v1/admin/bots/shop/models/" + version + "/promote", "{}");
        stop.set(true);
        chatter.join(Duration.ofSeconds(60));
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        assertThat(failures).isEmpty();
        assertThat(admin.get("/api/v1/admin/bots/shop/models/" + version).json().path("status").asString())
                .isEqualTo("live");

        // 7. the same questions are now answered with the right FAQ
        for (String question : GIFT_CARD) {
            assertThat(send(chat, chat.open("shop", "zh-CN"), question).path("meta").path("intent").asString())
                    .as(question).isEqualTo("gift_card");
        }
        for (String question : PICKUP) {
            assertThat(send(chat, chat.open("shop", "zh-CN"), question).path("meta").path("intent").asString())
                    .as(question).isEqualTo("store_pickup");
        }
        assertThat(admin.get("/api/v1/admin/audit?action=model.promote").body()).contains(version);

        // 8. rollback to the version the bot started with, then the new one is retired and may be discarded
        String first = admin.get("/api/v1/admin/bots/shop/models").json().findValuesAsString("id").getLast();
        assertThat(admin.postJson("/api/v1/admin/bots/shop/models/" + first + "/promote", "{}").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/admin/bots/shop/models/" + version).json().path("status").asString())
                .isEqualTo("retired");
        assertThat(send(chat, chat.open("shop", "zh-CN"), GIFT_CARD.getFirst()).path("meta").path("intent").asString())
                .isNotEqualTo("gift_card");
        assertThat(admin.get("/api/v1/admin/audit?action=model.rollback").body()).contains(first);
        assertThat(admin.postJson("/api/v1/admin/bots/shop/models/" + version + "/discard", "{}").json()
                .path("status").asString()).isEqualTo("discarded");
        AdminClient.Response refused = admin.postJson("/api/v1/admin/bots/shop/models/" + version + "/promote", "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("error").path("message").asString()).contains(version);
        assertThat(admin.postJson("/api/v1/admin/bots/shop/models/" + first + "/discard", "{}").status())
                .as("the live version cannot be discarded").isEqualTo(409);
    }

    private static JsonNode send(ChatHttp chat, ChatHttp.Opened c, String text) {
        ChatHttp.Response r = chat.post("/api/v1/conversations/" + c.conversationId() + "/messages",
                "{\"clientMsgId\":\"" + java.util.UUID.randomUUID() + "\",\"text\":" + ChatHttp.quote(text) + "}",
                c.token());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("replies").get(r.json().path("replies").size() - 1);
    }

    private static JsonNode clusterWith(JsonNode inbox, String question) {
        for (JsonNode cluster : inbox) {
            if (texts(cluster).contains(question)) {
                return cluster;
            }
        }
        throw new AssertionError("no inbox cluster holds '" + question + "': " + inbox);
    }

    private static List<String> texts(JsonNode cluster) {
        List<String> texts = new ArrayList<>();
        cluster.path("questions").forEach(q -> texts.add(q.path("text").asString()));
        return texts;
    }

    private static void assign(AdminClient admin, JsonNode cluster, String label) {
        List<Map<String, Object>> refs = new ArrayList<>();
        cluster.path("questions").forEach(q -> refs.add(Map.of("conversationId", q.path("conversationId").asString(),
                "seq", q.path("seq").asLong())));
        AdminClient.Response r = admin.postJson("/api/v1/admin/bots/shop/inbox/assign",
                Map.of("questions", refs, "label", label));
        assertThat(r.status()).as(r.body()).isEqualTo(204);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
