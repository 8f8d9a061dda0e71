package org.kefu.dialogue.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.DialogueException;

/**
 * Loads and validates a bot definition folder (format: {@code docs/bot-format.md}). All problems of all
 * files are collected and thrown together as a {@link BotDefinitionException} naming file and line.
 */
public final class BotDefinitionLoader {

    /** The fixed file names of a bot folder, in reading order. */
    public static final List<String> FILES = List.of("bot.yml", "intents.yml", "entities.yml", "faq.yml",
            "responses.yml", "flows.yml", "connectors.yml");

    private static final Set<String> REQUIRED = Set.of("bot.yml", "intents.yml");

    @FunctionalInterface
    private interface Opener {
        @Nullable InputStream open(String file) throws IOException;
    }

    private BotDefinitionLoader() {
    }

    /**
     * Loads the bot in a folder.
     *
     * @param dir the folder holding {@code bot.yml} and the other files
     * @return the validated definition
     * @throws BotDefinitionException listing every problem found
     * @throws UncheckedIOException when a file exists but cannot be read
     */
    public static BotDefinition load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BotDefinitionException(dir.toString(), List.of(dir + ": not a bot folder (no such directory)"));
        }
        String folder = dir.getFileName() == null ? "" : dir.getFileName().toString();
        return load(folder, file -> {
            Path path = dir.resolve(file);
            return Files.isRegularFile(path) ? Files.newInputStream(path) : null;
        });
    }

    /**
     * Loads the bot packaged at {@code bots/<botId>/} on the classpath of the current thread's context
     * class loader (or this class's loader).
     *
     * @param botId the bot id, which is also its folder name
     * @return the validated definition
     * @throws BotDefinitionException listing every problem found (or that the bot is not on the classpath)
     */
    public static BotDefinition loadFromClasspath(String botId) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = context != null ? context : BotDefinitionLoader.class.getClassLoader();
        return load(botId, file -> loader.getResourceAsStream("bots/" + botId + "/" + file));
    }

    private static BotDefinition load(String folder, Opener opener) {
        Problems problems = new Problems();
        Map<String, YamlNode> roots = new java.util.HashMap<>();
        for (String file : FILES) {
            try (InputStream in = opener.open(file)) {
                if (in == null) {
                    if (REQUIRED.contains(file)) {
                        problems.add(file, 0, "required file is missing from bot folder '" + folder + "'");
                    }
                    continue;
                }
                YamlNode root = new YamlTreeReader(file, problems).read(in);
                if (root != null) {
                    roots.put(file, root);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + " of bot " + folder, e);
            }
        }
        if (!problems.isEmpty()) {
            // Unreadable files would make every reference into them look broken: report the syntax first.
            throw new BotDefinitionException(folder, problems.messages());
        }
        BotDefinition definition = build(folder, roots, problems);
        if (!problems.isEmpty() || definition == null) {
            throw new BotDefinitionException(folder, problems.messages());
        }
        return definition;
    }

    private static @Nullable BotDefinition build(String folder, Map<String, YamlNode> roots, Problems problems) {
        var entities = ContentReaders.entities(new Fields("entities.yml", problems), roots.get("entities.yml"));
        var responses = ContentReaders.responses(new Fields("responses.yml", problems), roots.get("responses.yml"));
        var connectors = new ConnectorsFileReader(new Fields("connectors.yml", problems)).read(roots.get("connectors.yml"));
        Fields botFields = new Fields("bot.yml", problems);
        BotConfig config = roots.containsKey("bot.yml")
                ? new BotFileReader(botFields).read(roots.get("bot.yml"), responses.keySet(), connectors.keySet())
                : null;
        if (config != null && !folder.isEmpty() && !config.id().equals(folder)) {
            botFields.problem(1, "id '" + config.id() + "' does not match the folder name '" + folder + "'");
        }
        var faqs = ContentReaders.faqs(new Fields("faq.yml", problems), roots.get("faq.yml"));
        var intents = ContentReaders.intents(new Fields("intents.yml", problems), roots.get("intents.yml"), responses.keySet());
        Set<String> types = new HashSet<>(BotDefinition.BUILT_IN_TYPES);
        entities.dictionaries().forEach(d -> types.add(d.type()));
        entities.patterns().forEach(p -> types.add(p.type()));
        Set<String> intentNames = new HashSet<>();
        intents.forEach(i -> intentNames.add(i.name()));
        var flows = new FlowsFileReader(new Fields("flows.yml", problems), intentNames, responses.keySet(),
                connectors.keySet(), types).read(roots.get("flows.yml"));
        if (config != null && config.verification() == null && flows.stream().anyMatch(FlowDef::verify)) {
            botFields.problem(0, "flows with verify: true need a 'verification' section with checkCode");
        }
        if (config == null) {
            return null;
        }
        try {
            return new BotDefinition(config, intents, entities.dictionaries(), entities.patterns(), faqs, responses,
                    flows, connectors);
        } catch (RuntimeException e) {
            throw new DialogueException("bot definition " + folder + " is inconsistent: " + e.getMessage(), e);
        }
    }
}
