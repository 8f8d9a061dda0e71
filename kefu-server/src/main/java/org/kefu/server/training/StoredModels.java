package org.kefu.server.training;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.nlu.NluException;
import org.kefu.nlu.NluModel;
import org.kefu.nlu.NluOptions;
import org.kefu.server.bot.ModelProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts each bot with its live model version from the database, so every node serves the same promoted model.
 * A bot without one (first start) trains a model from its data and stores it as version 1, live.
 */
final class StoredModels implements ModelProvider {

    private static final Logger LOG = LoggerFactory.getLogger(StoredModels.class);

    private final ModelVersionStore store;
    private final TransactionTemplate tx;
    private final LiveVersions live;
    private final Clock clock;

    StoredModels(ModelVersionStore store, LiveVersions live, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.live = live;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public NluModel liveModel(BotDefinition definition, NluOptions options) {
        String bot = definition.id();
        var current = store.live(bot);
        if (current.isPresent()) {
            var bytes = store.model(current.get().id());
            if (bytes.isPresent()) {
                try {
                    NluModel model = NluModel.load(new ByteArrayInputStream(bytes.get()), options);
                    live.running(bot, current.get().id());
                    return model;
                } catch (NluException e) {
                    LOG.warn("Live model {} of bot '{}' cannot be read ({}); training a new version from the bot's data",
                            current.get().id(), bot, e.getMessage());
                }
            }
        }
        NluModel model = NluModel.train(definition.trainingData(), options);
        byte[] bytes = bytes(model);
        tx.executeWithoutResult(s -> {
            ModelVersion v = store.insert(bot, "training", "training", "system", clock.instant());
            store.finish(v.id(), "ready", bytes, model.version(), null, clock.instant());
            store.makeLive(bot, v.id(), clock.instant());
            live.running(bot, v.id());
        });
        return model;
    }

    static byte[] bytes(NluModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.save(out);
        return out.toByteArray();
    }
}
