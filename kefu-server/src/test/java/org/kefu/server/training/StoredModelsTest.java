package org.kefu.server.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.BotDefinitionLoader;
import org.kefu.nlu.NluOptions;
import org.kefu.server.database.TestDatabase;

/** Which model a bot starts with: the live version, unless an automatically trained one is out of date. */
final class StoredModelsTest {

    private static final BotDefinition SHOP = BotDefinitionLoader.loadFromClasspath("shop");

    // a small bot keeps training quick: three intents and three FAQs of the demo shop
    private static BotDefinition small(int faqs) {
        return new BotDefinition(SHOP.config(), SHOP.intents().subList(7, 10), SHOP.dictionaries(), SHOP.patterns(),
                SHOP.faqs().subList(0, faqs), SHOP.responses(), SHOP.flows(), SHOP.connectors());
    }

    @Test
    void startsWithTheLiveVersionAndRetrainsOnlyAnAutomaticVersionWhoseDataChanged() {
        try (TestDatabase db = TestDatabase.open(TestDatabase.Kind.H2)) {
            ModelVersionStore store = new ModelVersionStore(db.jdbc());
            LiveVersions live = new LiveVersions();
            Clock clock = Clock.systemUTC();
            StoredModels models = new StoredModels(store, live, db.tx(), clock);
            NluOptions options = NluOptions.defaults();

            String first = models.liveModel(small(3), options).version();
            assertThat(store.list("shop")).extracting(ModelVersion::id).containsExactly("shop-v1");
            assertThat(live.running("shop")).contains("shop-v1");

            assertThat(models.liveModel(small(3), options).version()).as("loaded, not retrained").isEqualTo(first);
            assertThat(store.list("shop")).hasSize(1);

            assertThat(models.liveModel(small(2), options).version()).isNotEqualTo(first);
            assertThat(store.live("shop").orElseThrow().id()).isEqualTo("shop-v2");

            // an admin promoted version stays, even when the files changed since
            ModelVersion promoted = store.insert("shop", "training", "training", "admin", clock.instant());
            store.finish(promoted.id(), "ready", store.model("shop-v1").orElseThrow(), first, "{}", "other", clock.instant());
            db.tx().executeWithoutResult(s -> store.makeLive("shop", promoted.id(), clock.instant()));
            assertThat(models.liveModel(small(2), options).version()).isEqualTo(first);
            assertThat(store.list("shop")).extracting(ModelVersion::id).containsExactly("shop-v3", "shop-v2", "shop-v1");
            assertThat(live.running("shop")).contains("shop-v3");
            assertThat(List.of(store.find("shop-v1").orElseThrow().status(), store.find("shop-v2").orElseThrow().status()))
                    .containsOnly("retired");
        }
    }
}
