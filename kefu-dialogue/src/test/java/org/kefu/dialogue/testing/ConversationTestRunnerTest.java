package org.kefu.dialogue.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kefu.dialogue.BotReply;
import org.kefu.dialogue.QuickReply;
import org.kefu.dialogue.ReplyMeta;
import org.kefu.dialogue.ReplySource;

final class ConversationTestRunnerTest {

    /** A driver that answers every message with an echo, and hands off on "human". */
    private static final class EchoDriver implements ConversationDriver {
        final List<String> received = new ArrayList<>();

        @Override
        public Session open(SessionOptions options) {
            return new Session() {
                @Override
                public TurnOutcome send(String text) {
                    received.add(text);
                    boolean human = text.equals("human");
                    BotReply reply = new BotReply("echo: " + text, List.of(new QuickReply("Again", "/again")), List.of(),
                            new ReplyMeta(human ? ReplySource.HANDOFF : ReplySource.SMALLTALK, "echo", 1));
                    return new TurnOutcome(List.of(reply), human ? "queued" : "bot", human ? "requested" : null,
                            Map.of("last", text));
                }

                @Override
                public TurnOutcome press(String payload) {
                    return send(payload);
                }
            };
        }
    }

    private static ConversationResult run(String script) {
        return ConversationTestRunner.run(ConversationScriptParser.parse("t.conv", script).getFirst(), new EchoDriver());
    }

    @Test
    void passesWhenEveryExpectationHolds() {
        ConversationResult result = run("""
                # echo
                > hello
                < echo: hello
                <~ ^echo: h.llo$
                <! goodbye
                = source smalltalk
                = intent echo
                = status bot
                = slot last=hello
                = button Again
                >> human
                = handoff requested
                = status queued
                """);
        assertThat(result.passed()).as(result.describe()).isTrue();
        assertThat(result.describe()).isEqualTo("PASS t.conv › echo");
    }

    @Test
    void failsAtTheFirstUnmetExpectationNamingItsLineAndWhatTheBotSaid() {
        EchoDriver driver = new EchoDriver();
        ConversationResult result = ConversationTestRunner.run(ConversationScriptParser.parse("t.conv", """
                # echo
                > hello
                < echo
                < goodbye
                > never sent
                """).getFirst(), driver);
        assertThat(result.passed()).isFalse();
        assertThat(result.failedLine()).isEqualTo(4);
        assertThat(result.describe())
                .isEqualTo("FAIL t.conv:4 › echo: expected a reply containing \"goodbye\" but the bot said \"echo: hello\"");
        assertThat(driver.received).containsExactly("hello");
    }

    @Test
    void explainsEachKindOfFailure() {
        assertThat(run("# a\n> x\n= source faq\n").message()).isEqualTo("expected source faq but got [smalltalk] for \"echo: x\"");
        assertThat(run("# a\n> x\n= handoff fraud\n").message()).isEqualTo("expected a handoff for fraud but got none");
        assertThat(run("# a\n> x\n= status queued\n").message()).isEqualTo("expected status queued but got bot");
        assertThat(run("# a\n> x\n= slot last=y\n").message()).isEqualTo("expected slot last=y but slots are {last=x}");
        assertThat(run("# a\n> x\n= button Nope\n").message()).isEqualTo("expected a button \"Nope\" but got [Again]");
        assertThat(run("# a\n> x\n<! echo\n").message()).isEqualTo("expected no reply containing \"echo\" but the bot said \"echo: x\"");
    }
}
