package org.kefu.server.training;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.nlu.NluModel;
import org.kefu.nlu.SwappableUnderstander;
import org.kefu.nlu.Understander;
import org.kefu.server.admin.AdminException;
import org.kefu.server.admin.AuditLog;
import org.kefu.server.bot.Bot;
import org.kefu.server.bot.BotAssembly;
import org.kefu.server.bot.BotRegistry;
import org.kefu.server.knowledge.KnowledgeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trains, evaluates, promotes, discards and rolls back model versions. Training runs as a background job,
 * one per bot at a time across nodes; promotion swaps the bot's runtime (definition, model, engine) in one
 * step, so turns already running finish with the old one and no request fails.
 */
public final class TrainingService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingService.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ModelVersionStore store;
    private final AnnotationStore annotations;
    private final KnowledgeService knowledge;
    private final BotRegistry bots;
    private final BotAssembly assembly;
    private final ModelEvaluator evaluator;
    private final TrainingProperties properties;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final LiveVersions live;
    private final ExecutorService jobs;
    private final Clock clock;

    TrainingService(ModelVersionStore store, AnnotationStore annotations, KnowledgeService knowledge, BotRegistry bots,
            BotAssembly assembly, TrainingProperties properties, AuditLog audit, TransactionTemplate tx,
            LiveVersions live, Clock clock) {
        this.store = store;
        this.annotations = annotations;
        this.knowledge = knowledge;
        this.bots = bots;
        this.assembly = assembly;
        this.evaluator = new ModelEvaluator(properties.folds(), properties.seed());
        this.properties = properties;
        this.audit = audit;
        this.tx = tx;
        this.live = live;
        // one job at a time on this node: training is CPU-heavy and the machines are small
        this.jobs = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("kefu-training").daemon().factory());
        this.clock = clock;
    }

    /** The ids of the bots this server serves. */
    public List<String> botIds() {
        return bots.ids();
    }

    /** The bot's versions, newest first. */
    public List<ModelVersion> versions(String bot) {
        knowledge.requireBot(bot);
        return store.list(bot);
    }

    /** One version of the bot. */
    public ModelVersion version(String bot, String id) {
        return store.find(id).filter(v -> v.bot().equals(bot))
                .orElseThrow(() -> AdminException.notFound("unknown_version", id));
    }

    /** A version's evaluation, once it is trained (the version a bot first started with has none). */
    public Optional<Evaluation> evaluation(String bot, String id) {
        version(bot, id);
        return store.evaluation(id).map(json -> JSON.readValue(json, Evaluation.class));
    }

    /**
     * Starts training a new version from the bot's current knowledge base in the background.
     *
     * @return the new version, status {@code training}
     * @throws AdminException 409 when a job for this bot is already running or the bot is not loaded yet
     */
    public ModelVersion startTraining(String actor, String bot) {
        knowledge.requireBot(bot);
        if (bots.find(bot).isEmpty()) {
            throw AdminException.conflict("bot_not_ready", bot);
        }
        store.lock(bot).filter(l -> l.since().plus(properties.staleLockAfter()).isBefore(clock.instant()))
                .ifPresent(l -> {
                    LOG.warn("Training lock of bot '{}' for {} taken at {} was left behind; releasing it", bot,
                            l.versionId(), l.since());
                    store.fail(l.versionId(), "abandoned: the node training it stopped", clock.instant());
                    store.unlock(bot);
                });
        ModelVersion version;
        try {
            version = java.util.Objects.requireNonNull(tx.execute(s -> {
                ModelVersion v = store.insert(bot, "training", "queued", actor, clock.instant());
                if (!store.lock(bot, v.id(), clock.instant())) {
                    throw AdminException.conflict("training_running", bot); // rolls the new version back
                }
                audit.record(actor, "model.train", bot, v.id(), null, v);
                return v;
            }));
        } catch (DuplicateKeyException e) {
            // another start took the same version number at the same moment: it holds the lock
            throw AdminException.conflict("training_running", bot);
        }
        jobs.execute(() -> train(version));
        return version;
    }

    private void train(ModelVersion v) {
        String bot = v.bot();
        try {
            store.progress(v.id(), 2, "preparing");
            BotDefinition definition = knowledge.effectiveDefinition(bot);
            List<LabeledQuestion> questions = TrainingSet.questions(definition, annotations.annotated(bot));
            Understander live = bots.find(bot).map(Bot::understander).orElse(null);
            String liveVersion = store.live(bot).map(ModelVersion::id).orElse(null);
            Evaluation evaluation = evaluator.evaluate(definition, questions, assembly.nluOptions(), live, liveVersion,
                    (percent, stage) -> store.progress(v.id(), 5 + percent * 80 / 100, stage));
            store.progress(v.id(), 88, "training");
            NluModel model = NluModel.train(definition.trainingData(), assembly.nluOptions());
            store.progress(v.id(), 97, "saving");
            store.finish(v.id(), "ready", StoredModels.bytes(model), model.version(), JSON.writeValueAsString(evaluation),
                    StoredModels.dataHash(definition.trainingData()), clock.instant());
            LOG.info("Trained model version {} ({} questions, cross-validated accuracy {})", v.id(), questions.size(),
                    String.format("%.3f", evaluation.candidate().accuracy()));
        } catch (RuntimeException e) {
            LOG.error("Training model version {} failed", v.id(), e);
            store.fail(v.id(), e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
        } finally {
            store.unlock(bot);
        }
    }

    /**
     * Makes a trained version live: loads its model, builds the bot with the current knowledge base and swaps
     * it in. Also used to roll back to an earlier version.
     *
     * @throws AdminException when the version is not trained, failed or discarded
     */
    public ModelVersion promote(String actor, String bot, String id) {
        ModelVersion v = version(bot, id);
        if (!List.of("ready", "retired", "live").contains(v.status())) {
            throw AdminException.conflict("version_not_promotable", id, v.status());
        }
        byte[] bytes = store.model(id).orElseThrow(() -> AdminException.conflict("version_not_promotable", id,
                v.status()));
        Bot runtime = runtime(bot, bytes);
        @Nullable ModelVersion before = store.live(bot).orElse(null);
        tx.executeWithoutResult(s -> {
            store.makeLive(bot, id, clock.instant());
            audit.record(actor, before != null && before.number() > v.number() ? "model.rollback" : "model.promote",
                    bot, id, before == null ? null : before.id(), id);
        });
        swap(runtime, id);
        return version(bot, id);
    }

    // the definition is built from the current knowledge base, so answers edited since training are current too
    private Bot runtime(String bot, byte[] model) {
        NluModel loaded = NluModel.load(new ByteArrayInputStream(model), assembly.nluOptions());
        return assembly.bot(knowledge.effectiveDefinition(bot), new SwappableUnderstander(loaded));
    }

    private synchronized void swap(Bot runtime, String versionId) {
        bots.replace(runtime);
        live.running(runtime.id(), versionId);
        LOG.info("Model version {} of bot '{}' is live", versionId, runtime.id());
    }

    /**
     * Loads the live version of every loaded bot that this node does not run yet: another node promoted it.
     * Called periodically ({@link TrainingProperties#watchInterval()}).
     */
    void followPromotions() {
        for (String bot : bots.ids()) {
            if (bots.find(bot).isEmpty()) {
                continue; // still loading: it will start with the live version
            }
            Optional<ModelVersion> current = store.live(bot);
            if (current.isPresent() && !current.get().id().equals(live.running(bot).orElse(null))) {
                store.model(current.get().id()).ifPresent(bytes -> swap(runtime(bot, bytes), current.get().id()));
            }
        }
    }

    /** Stops running jobs (their versions stay in status training until the lock goes stale). */
    @Override
    public void close() {
        jobs.shutdownNow();
    }

    /** Discards a trained version that is not live. */
    public ModelVersion discard(String actor, String bot, String id) {
        ModelVersion v = version(bot, id);
        if (!List.of("ready", "retired").contains(v.status())) {
            throw AdminException.conflict("version_not_discardable", id, v.status());
        }
        tx.executeWithoutResult(s -> {
            store.status(id, "discarded");
            audit.record(actor, "model.discard", bot, id, v.status(), "discarded");
        });
        return version(bot, id);
    }
}
