package org.kefu.dialogue.testing;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.kefu.dialogue.DialogueException;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.BotDefinitionLoader;

/**
 * Runs a folder of test conversations ({@code *.conv}) against a bot folder, in process:
 * {@code ConversationTestCommand <botDir> <scriptsDir> [kefu.demo.base-url=http://…]…}. Settings come from
 * {@code name=value} arguments and from {@code -Dkefu.*} system properties. Prints PASS/FAIL per
 * conversation with the failing line; exits 0 when all pass, 1 when any fails, 2 on unusable input.
 */
public final class ConversationTestCommand {

    /** Exit code when every conversation passed. */
    public static final int PASSED = 0;
    /** Exit code when a conversation failed or a script could not be parsed. */
    public static final int FAILED = 1;
    /** Exit code for bad arguments or an invalid bot definition. */
    public static final int UNUSABLE = 2;

    private ConversationTestCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.getProperties().stringPropertyNames().stream()
                .filter(n -> n.startsWith("kefu."))
                .collect(java.util.stream.Collectors.toMap(Function.identity(), System::getProperty))));
    }

    /**
     * Runs the command.
     *
     * @param args {@code <botDir> <scriptsDir> [name=value]…}
     * @param out where the report goes
     * @param properties settings from the environment, overridden by arguments
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, Map<String, String> properties) {
        if (args.length < 2) {
            out.println("usage: ConversationTestCommand <botDir> <scriptsDir> [kefu.setting=value]...");
            return UNUSABLE;
        }
        Map<String, String> settings = new HashMap<>(properties);
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            if (kv.length != 2) {
                out.println("settings are name=value: " + args[i]);
                return UNUSABLE;
            }
            settings.put(kv[0], kv[1]);
        }
        Path scripts = Path.of(args[1]);
        if (!Files.isDirectory(scripts)) {
            out.println("no such scripts folder: " + scripts);
            return UNUSABLE;
        }
        InProcessDriver driver;
        try {
            BotDefinition bot = BotDefinitionLoader.load(Path.of(args[0]));
            driver = InProcessDriver.forBot(bot, settings, Clock.systemUTC());
        } catch (DialogueException e) {
            out.println(e.getMessage());
            return UNUSABLE;
        }
        return runScripts(scripts, driver, out);
    }

    /** Parses and runs every {@code *.conv} file under a folder; prints one line per conversation. */
    public static int runScripts(Path folder, ConversationDriver driver, PrintStream out) {
        int passed = 0;
        int failed = 0;
        for (Path file : files(folder)) {
            List<ConversationScript> scripts;
            try {
                scripts = ConversationScriptParser.parse(folder.relativize(file).toString(),
                        Files.readString(file, StandardCharsets.UTF_8));
            } catch (ScriptParseException e) {
                e.problems().forEach(p -> out.println("FAIL " + p));
                failed++;
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (ConversationResult result : ConversationTestRunner.runAll(scripts, driver)) {
                out.println(result.describe());
                if (result.passed()) {
                    passed++;
                } else {
                    failed++;
                }
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 && passed > 0 ? PASSED : FAILED;
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return new ArrayList<>(paths.filter(p -> p.toString().endsWith(".conv")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
