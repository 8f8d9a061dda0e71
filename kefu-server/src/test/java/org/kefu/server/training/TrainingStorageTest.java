package org.kefu.server.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kefu.server.database.TestDatabase;

/** Model versions, the training lock, annotations and the inbox and review queries on H2 and PostgreSQL. */
final class TrainingStorageTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void versionsAreNumberedPerBotAndExactlyOneIsLive(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            ModelVersionStore store = new ModelVersionStore(db.jdbc());
            ModelVersion v1 = store.insert("shop", "training", "training", "system", NOW);
            ModelVersion v2 = store.insert("shop", "training", "queued", "admin", NOW);
            ModelVersion bank = store.insert("bank", "training", "queued", "admin", NOW);
            assertThat(List.of(v1.id(), v2.id(), bank.id())).containsExactly("shop-v1", "shop-v2", "bank-v1");
            store.finish(v1.id(), "ready", new byte[] {1, 2, 3}, "nlu-1", null, "h1", NOW);
            store.finish(v2.id(), "ready", new byte[] {4, 5}, "nlu-2", "{\"folds\":3}", null, NOW);
            db.tx().executeWithoutResult(s -> store.makeLive("shop", v1.id(), NOW));
            db.tx().executeWithoutResult(s -> store.makeLive("shop", v2.id(), NOW));
            assertThat(store.live("shop").orElseThrow().id()).isEqualTo("shop-v2");
            assertThat(store.find("shop-v1").orElseThrow().status()).isEqualTo("retired");
            assertThat(store.model("shop-v2")).hasValueSatisfying(b -> assertThat(b).containsExactly(4, 5));
            assertThat(store.evaluation("shop-v2")).contains("{\"folds\":3}");
            assertThat(store.evaluation("shop-v1")).isEmpty();
            assertThat(store.dataHash("shop-v1")).contains("h1");
            assertThat(store.find("shop-v2").orElseThrow().evaluated()).isTrue();
            store.fail(bank.id(), "x".repeat(3000), NOW);
            assertThat(store.find(bank.id()).orElseThrow().message()).hasSize(2000);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theTrainingLockAdmitsOneJobPerBot(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            ModelVersionStore store = new ModelVersionStore(db.jdbc());
            assertThat(store.lock("shop", "shop-v2", NOW)).isTrue();
            assertThat(store.lock("shop", "shop-v3", NOW)).isFalse();
            assertThat(store.lock("bank", "bank-v2", NOW)).isTrue();
            assertThat(store.lock("shop")).contains(new ModelVersionStore.Lock("shop-v2", NOW));
            store.unlock("shop");
            assertThat(store.lock("shop")).isEmpty();
            assertThat(store.lock("shop", "shop-v3", NOW)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void inboxAndReviewQueriesReadConversationsTurnsRatingsAndAnnotations(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            var jdbc = db.jdbc();
            jdbc.sql("insert into customer (id, created_at, last_seen_at) values ('cu', :t, :t)").param("t", time()).update();
            jdbc.sql("""
                    insert into conversation (id, customer_id, bot, locale, status, dialogue_state, created_at, updated_at)
                    values ('c1', 'cu', 'shop', 'zh-CN', 'bot', '{}', :t, :t)""").param("t", time()).update();
            message(db, 1, "customer", "礼品卡怎么用", null);
            message(db, 2, "bot", "抱歉，我没听懂", 1L);
            message(db, 3, "customer", "运费多少", null);
            message(db, 4, "bot", "满99包邮", 3L);
            jdbc.sql("""
                    insert into bot_turn (id, conversation_id, bot, seq, intent, confidence, source, latency_ms, outcome, created_at)
                    values ('t1', 'c1', 'shop', 1, null, 0.1, 'fallback', 5, 'fallback', :t),
                           ('t3', 'c1', 'shop', 3, 'shipping_fee', 0.9, 'faq', 5, 'answered', :t)""")
                    .param("t", time()).update();
            jdbc.sql("insert into answer_rating (conversation_id, seq, helpful, created_at) values ('c1', 4, false, :t)")
                    .param("t", time()).update();

            InboxStore inbox = new InboxStore(jdbc);
            List<InboxStore.Row> rows = inbox.messages("shop", NOW.minusSeconds(3600), 100);
            assertThat(rows).extracting(InboxStore.Row::text).containsExactlyInAnyOrder("礼品卡怎么用", "运费多少");
            assertThat(inbox.badRatings("shop", NOW.minusSeconds(3600))).containsExactly(new InboxStore.BadRating("c1", 3));
            assertThat(new InboxCollector(0.6).collect(rows, inbox.badRatings("shop", NOW.minusSeconds(3600))))
                    .extracting(c -> c.question().text()).containsExactly("礼品卡怎么用", "运费多少");
            assertThat(inbox.customerText("shop", "c1", 1)).contains("礼品卡怎么用");
            assertThat(inbox.customerText("bank", "c1", 1)).isEmpty();

            AnnotationStore annotations = new AnnotationStore(jdbc);
            annotations.resolve("c1", 1, "shop", "礼品卡怎么用", "assigned", "faq:gift_card", "admin", NOW);
            annotations.resolve("c1", 3, "shop", "运费多少", "dismissed", null, "admin", NOW);
            assertThat(annotations.annotated("shop")).containsExactly(
                    new LabeledQuestion("礼品卡怎么用", "faq:gift_card", true));
            assertThat(inbox.messages("shop", NOW.minusSeconds(3600), 100)).allMatch(InboxStore.Row::resolved);

            ReviewStore review = new ReviewStore(jdbc);
            assertThat(review.search("shop", null, "礼品卡", 10)).singleElement().satisfies(s -> {
                assertThat(s.fallbacks()).isEqualTo(1);
                assertThat(s.badRatings()).isEqualTo(1);
                assertThat(s.firstQuestion()).isEqualTo("礼品卡怎么用");
                assertThat(s.outcome()).isEqualTo("bad_rating");
            });
            assertThat(review.search("shop", "resolved", null, 10)).isEmpty();
            assertThat(review.search("shop", "fallback", null, 10)).hasSize(1);
            assertThat(review.search("bank", null, null, 10)).isEmpty();
            assertThat(review.turns("c1")).extracting(ConversationReview.Turn::intent)
                    .containsExactly(null, null, "shipping_fee", null);
            assertThat(review.turns("c1").get(3).helpful()).isFalse();
        }
    }

    private static java.time.OffsetDateTime time() {
        return java.time.OffsetDateTime.ofInstant(NOW, java.time.ZoneOffset.UTC);
    }

    private static void message(TestDatabase db, long seq, String sender, String text, Long replyTo) {
        db.jdbc().sql("""
                insert into message (id, conversation_id, seq, sender, text, reply_to_seq, created_at)
                values (:id, 'c1', :seq, :sender, :text, :reply, :t)""")
                .param("id", "m" + seq).param("seq", seq).param("sender", sender).param("text", text)
                .param("reply", replyTo).param("t", time()).update();
    }
}
