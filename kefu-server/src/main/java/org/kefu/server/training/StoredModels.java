package org.kefu.server.training;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.nlu.NluException;
import org.kefu.nlu.NluModel;
import org.kefu.nlu.NluOptions;
import org.kefu.nlu.TrainingData;
import org.kefu.server.bot.ModelProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts each bot with its live model version from the database, so every node serves the same promoted model.
 * A bot without one (first start) trains a model from its data and stores it as version 1, live. When the live
 * version was trained automatically (not promoted by an admin) and the bot's data changed since, e.g. its files
 * were edited, a new version is trained the same way.
 */
final class StoredModels implements ModelProvider {

    /** Who started the versions trained automatically. */
    static final String SYSTEM = "system";

    private static final Logger LOG = LoggerFactory.getLogger(StoredModels.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        String dataHash = dataHash(definition.trainingData());
        var current = store.live(bot);
        if (current.isPresent() && current.get().createdBy().equals(SYSTEM)
                && !store.dataHash(current.get().id()).orElse("").equals(dataHash)) {
            LOG.info("Bot '{}' data changed since its model {} was trained; training a new version", bot,
                    current.get().id());
        } else if (current.isPresent()) {
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
            ModelVersion v = store.insert(bot, "training", "training", SYSTEM, clock.instant());
            store.finish(v.id(), "ready", bytes, model.version(), null, dataHash, clock.instant());
            store.makeLive(bot, v.id(), clock.instant());
            live.running(bot, v.id());
        });
        return model;
    }

    /** A fingerprint of training data: equal data, equal fingerprint. */
    static String dataHash(TrainingData data) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeValueAsString(data).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    static byte[] bytes(NluModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.save(out);
        return out.toByteArray();
    }
}
