package org.kefu.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.BotDefinitionLoader;
import org.kefu.dialogue.definition.FaqDef;
import org.kefu.dialogue.definition.IntentDef;
import org.kefu.dialogue.definition.LocalizedList;
import org.kefu.dialogue.definition.LocalizedText;
import org.kefu.server.database.TestDatabase;

/** The knowledge base tables, their sync with the bot files and the definition the bot runs with, on H2 and PostgreSQL. */
final class KnowledgeStorageTest {

    private static final BotDefinition SHOP = BotDefinitionLoader.loadFromClasspath("shop");
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theFirstSyncSeedsTheFilesAndTheDefinitionComesBackUnchanged(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            KnowledgeStore store = new KnowledgeStore(db.jdbc());
            KnowledgeOverlay overlay = new KnowledgeOverlay(store, new KnowledgeSync(store, db.tx(), clock));
            BotDefinition effective = overlay.apply(SHOP);
            assertThat(effective.faqs()).isEqualTo(SHOP.faqs().stream().map(f -> FaqEntry.fromFiles(f).toDefinition()).toList());
            assertThat(effective.intents()).isEqualTo(SHOP.intents());
            assertThat(effective.dictionaries()).isEqualTo(SHOP.dictionaries());
            assertThat(effective.trainingData()).as("the bot trains exactly as from its files")
                    .isEqualTo(SHOP.trainingData());
            assertThat(overlay.apply(SHOP).faqs()).as("a second sync changes nothing").isEqualTo(effective.faqs());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void entriesFollowTheFilesUntilAnAdminEditsThem(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            KnowledgeStore store = new KnowledgeStore(db.jdbc());
            KnowledgeSync sync = new KnowledgeSync(store, db.tx(), clock);
            KnowledgeOverlay overlay = new KnowledgeOverlay(store, sync);
            overlay.apply(SHOP);
            FaqEntry invoice = store.faq("shop", "invoice").orElseThrow();
            store.updateFaq("shop", new FaqEntry("invoice", "票据", invoice.question(), invoice.paraphrases(),
                    new LocalizedText("管理员改过的答案", "edited"), invoice.quickReplies(), invoice.links(), true, "files",
                    true), null, "admin", clock.instant());
            store.updateFaq("shop", store.faq("shop", "coupons").orElseThrow().withEnabled(false), null, "admin",
                    clock.instant());
            store.addExample("shop", "greeting", "zh", "哈喽哈喽", "admin", "admin", clock.instant());
            String firstGreeting = SHOP.intent("greeting").orElseThrow().examples().all().getFirst();
            store.deleteExample("shop", store.examples("shop", false).stream()
                    .filter(e -> e.text().equals(firstGreeting)).findFirst().orElseThrow().id());

            // the files change: every FAQ answer is rewritten, one FAQ is dropped, one added
            List<FaqDef> faqs = new ArrayList<>();
            for (FaqDef f : SHOP.faqs()) {
                if (!f.id().equals("points")) {
                    faqs.add(new FaqDef(f.id(), f.category(), f.question(), f.paraphrases(),
                            new LocalizedText("新答案", "new answer"), f.quickReplies(), f.links()));
                }
            }
            faqs.add(new FaqDef("gift_card", null, new LocalizedText("礼品卡怎么用", "Gift cards?"),
                    new LocalizedList(List.of(), List.of()), new LocalizedText("结算时使用", "At checkout"), List.of(), List.of()));
            BotDefinition changed = new BotDefinition(SHOP.config(), SHOP.intents(), SHOP.dictionaries(), SHOP.patterns(),
                    faqs, SHOP.responses(), SHOP.flows(), SHOP.connectors());
            BotDefinition effective = overlay.apply(changed);

            assertThat(effective.faq("shipping_fee").orElseThrow().answer().zh()).isEqualTo("新答案");
            assertThat(effective.faq("invoice").orElseThrow().answer().zh()).as("edited: stays").isEqualTo("管理员改过的答案");
            assertThat(effective.faq("coupons")).as("disabled: not answered").isEmpty();
            assertThat(store.faq("shop", "coupons").orElseThrow().enabled()).as("still disabled").isFalse();
            assertThat(effective.faq("points")).as("dropped from the files").isEmpty();
            assertThat(effective.faq("gift_card")).isPresent();
            IntentDef greeting = effective.intent("greeting").orElseThrow();
            assertThat(greeting.examples().all()).contains("哈喽哈喽")
                    .as("deleted: stays deleted").doesNotContain(firstGreeting);
        }
    }
}
