package org.kefu.server.bot;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.BotDefinitionLoader;
import org.kefu.dialogue.definition.ConnectorDef;
import org.kefu.dialogue.engine.BotEngine;
import org.kefu.nlu.NluOptions;
import org.kefu.nlu.Understander;
import org.springframework.core.env.Environment;

/**
 * Builds bots from their definitions: reads a definition folder ({@code classpath:bots/<id>/} or
 * {@code kefu.bots.directory/<id>/}), applies the {@link DefinitionOverlay}s, and pairs an understander with an
 * engine whose connector settings (such as {@code ${kefu.demo.base-url}}) come from the server configuration.
 * Used at startup and whenever a new model version goes live.
 */
public final class BotAssembly {

    // Same placeholder syntax as the connector templates: ${name} or ${name|filter}; names with a dot are settings.
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}|]+)(?:\\|[a-z]+)?}");

    private final @Nullable String directory;
    private final Environment environment;
    private final Clock clock;
    private final List<DefinitionOverlay> overlays;

    BotAssembly(@Nullable String directory, Environment environment, Clock clock, List<DefinitionOverlay> overlays) {
        this.directory = directory;
        this.environment = environment;
        this.clock = clock;
        this.overlays = List.copyOf(overlays);
    }

    /** The definition as written in the bot's files. */
    public BotDefinition filesDefinition(String id) {
        requireNonNull(id, "id");
        return directory == null
                ? BotDefinitionLoader.loadFromClasspath(id)
                : BotDefinitionLoader.load(Path.of(directory, id));
    }

    /** The definition the bot runs with: its files with every overlay applied. */
    public BotDefinition definition(String id) {
        BotDefinition definition = filesDefinition(id);
        for (DefinitionOverlay overlay : overlays) {
            definition = overlay.apply(definition);
        }
        return definition;
    }

    /** The options models of these bots are trained and loaded with. */
    public NluOptions nluOptions() {
        return NluOptions.defaults().withClock(clock);
    }

    /**
     * A bot running this definition with this understanding.
     *
     * @throws RuntimeException when the engine cannot be built, e.g. a connector setting is missing
     */
    public Bot bot(BotDefinition definition, Understander understander) {
        BotEngine engine = BotEngine.builder()
                .definition(definition)
                .clock(clock)
                .settings(settings(definition))
                .build();
        return new Bot(definition.id(), understander, engine, definition);
    }

    private Map<String, String> settings(BotDefinition definition) {
        TreeSet<String> names = new TreeSet<>();
        for (ConnectorDef connector : definition.connectors().values()) {
            collect(connector.url(), names);
            connector.headers().values().forEach(h -> collect(h, names));
            if (connector.body() != null) {
                collect(connector.body(), names);
            }
        }
        Map<String, String> settings = new HashMap<>();
        for (String name : names) {
            String value = environment.getProperty(name);
            if (value != null) {
                settings.put(name, value);
            }
        }
        return settings; // a missing one makes the engine builder fail, naming it
    }

    private static void collect(String template, TreeSet<String> names) {
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            String name = m.group(1).strip();
            if (name.contains(".")) {
                names.add(name);
            }
        }
    }
}
