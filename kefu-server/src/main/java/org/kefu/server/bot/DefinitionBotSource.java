package org.kefu.server.bot;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.BotDefinitionLoader;
import org.kefu.dialogue.definition.ConnectorDef;
import org.kefu.dialogue.engine.BotEngine;
import org.kefu.nlu.NluModel;
import org.kefu.nlu.NluOptions;
import org.kefu.nlu.SwappableUnderstander;
import org.springframework.core.env.Environment;

/**
 * Loads a bot from its definition folder ({@code classpath:bots/<id>/} or {@code kefu.bots.directory/<id>/}),
 * trains its NLU model from the definition's training data and builds its engine. Connector settings such as
 * {@code ${kefu.demo.base-url}} are taken from the server configuration.
 */
final class DefinitionBotSource implements BotSource {

    // Same placeholder syntax as the connector templates: ${name} or ${name|filter}; names with a dot are settings.
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}|]+)(?:\\|[a-z]+)?}");

    private final @Nullable String directory;
    private final Environment environment;
    private final Clock clock;

    DefinitionBotSource(@Nullable String directory, Environment environment, Clock clock) {
        this.directory = directory;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public Bot load(String id) {
        BotDefinition definition = directory == null
                ? BotDefinitionLoader.loadFromClasspath(id)
                : BotDefinitionLoader.load(Path.of(directory, id));
        NluModel model = NluModel.train(definition.trainingData(), NluOptions.defaults().withClock(clock));
        BotEngine engine = BotEngine.builder()
                .definition(definition)
                .clock(clock)
                .settings(settings(definition))
                .build();
        return new Bot(id, new SwappableUnderstander(model), engine);
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
