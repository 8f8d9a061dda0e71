package org.kefu.server.bot;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.kefu.nlu.SwappableUnderstander;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loaded bots by id. Bots load once at startup (see {@link BotProperties#backgroundLoading()}); until a
 * bot is loaded {@link #find(String)} returns empty while {@link #isConfigured(String)} is already true.
 */
public final class BotRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(BotRegistry.class);

    private final List<String> ids;
    private final BotSource source;
    private final Map<String, Bot> bots = new ConcurrentHashMap<>();
    private volatile @Nullable String failure;
    private volatile boolean loaded;

    BotRegistry(List<String> ids, BotSource source) {
        this.ids = List.copyOf(ids);
        this.source = source;
    }

    /** A registry of bots that are already loaded, for embedding the conversation core without Spring. */
    public static BotRegistry loaded(List<Bot> bots) {
        BotRegistry registry = new BotRegistry(bots.stream().map(Bot::id).toList(),
                id -> bots.stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow());
        registry.loadAll();
        return registry;
    }

    /** Loads every configured bot; called once at startup. */
    void loadAll() {
        for (String id : ids) {
            long start = System.nanoTime();
            try {
                Bot bot = source.load(id);
                bots.put(id, bot);
                LOG.info("Bot '{}' loaded in {} ms", id, (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                failure = "bot '" + id + "' could not be loaded: " + e.getMessage();
                LOG.error("Bot '{}' could not be loaded; check its folder and kefu.bots.* settings", id, e);
            }
        }
        loaded = true;
    }

    /**
     * Replaces a loaded bot's runtime (definition, model and engine) in one step: turns already running finish
     * with the bot they started with, every later turn uses the new one.
     *
     * @throws IllegalArgumentException if the bot id is not configured
     */
    public void replace(Bot bot) {
        if (!ids.contains(bot.id())) {
            throw new IllegalArgumentException("bot '" + bot.id() + "' is not configured on this server: " + ids);
        }
        bots.put(bot.id(), bot);
    }

    /** The bot with this id, once it is loaded. */
    public Optional<Bot> find(String id) {
        return Optional.ofNullable(bots.get(id));
    }

    /**
     * The bot's understanding as a swappable model, so a newly trained model can replace it while requests
     * continue; empty when the bot is not loaded or its understander cannot be swapped.
     */
    public Optional<SwappableUnderstander> swappableUnderstander(String id) {
        return find(id).map(Bot::understander)
                .filter(SwappableUnderstander.class::isInstance).map(SwappableUnderstander.class::cast);
    }

    /** True when the bot id is one this server serves (loaded or still loading). */
    public boolean isConfigured(String id) {
        return ids.contains(id);
    }

    /** The configured bot ids, in configuration order. */
    public List<String> ids() {
        return ids;
    }

    /** True once every configured bot is loaded. */
    public boolean isReady() {
        return loaded && bots.size() == ids.size();
    }

    /** Why loading failed, if it did. */
    Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** True once loading has finished, successfully or not. */
    boolean loadingFinished() {
        return loaded;
    }
}
