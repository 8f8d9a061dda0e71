package org.kefu.dialogue.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kefu.dialogue.definition.BotDefinitionLoader;
import org.kefu.dialogue.testing.ConversationTestCommand;
import org.kefu.dialogue.testing.InProcessDriver;

/** The mini bot's test conversations, run with its real trained understanding, as bot authors run theirs. */
final class MiniBotConversationsTest {

    private static FakeShopSystem shop;
    private static InProcessDriver driver;

    @BeforeAll
    static void start() throws IOException {
        shop = new FakeShopSystem();
        driver = InProcessDriver.forBot(BotDefinitionLoader.load(Path.of("src/test/resources/bots/mini")), shop.settings(),
                Clock.fixed(DialogueHarness.DAYTIME, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        shop.close();
    }

    @Test
    void everyMiniBotConversationPasses() {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        int exit = ConversationTestCommand.runScripts(Path.of("src/test/resources/conversations/mini"), driver,
                new PrintStream(report, true, StandardCharsets.UTF_8));
        assertThat(report.toString(StandardCharsets.UTF_8)).as("report").doesNotContain("FAIL").contains("0 failed");
        assertThat(exit).isZero();
    }
}
