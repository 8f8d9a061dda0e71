package org.kefu.dialogue.testing;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.BotReply;
import org.kefu.dialogue.testing.ConversationScript.Expect;

/** Plays test conversations against a {@link ConversationDriver}, stopping each at its first failure. */
public final class ConversationTestRunner {

    private ConversationTestRunner() {
    }

    /** Runs every conversation, each in a new session. */
    public static List<ConversationResult> runAll(List<ConversationScript> scripts, ConversationDriver driver) {
        return scripts.stream().map(s -> run(s, driver)).toList();
    }

    /** Runs one conversation in a new session. */
    public static ConversationResult run(ConversationScript script, ConversationDriver driver) {
        try (ConversationDriver.Session session = driver.open(script.options())) {
            TurnOutcome last = null;
            for (ConversationScript.Step step : script.steps()) {
                switch (step) {
                    case ConversationScript.Say say -> last = session.send(say.text());
                    case ConversationScript.Press press -> last = session.press(press.payload());
                    case Expect expect -> {
                        String problem = check(expect, Objects.requireNonNull(last, "parser guarantees a turn first"));
                        if (problem != null) {
                            return new ConversationResult(script, false, expect.line(), problem);
                        }
                    }
                }
            }
            return new ConversationResult(script, true, 0, "");
        } catch (RuntimeException e) {
            return new ConversationResult(script, false, script.line(), "the driver failed: " + e);
        }
    }

    private static @Nullable String check(Expect expect, TurnOutcome outcome) {
        List<BotReply> replies = outcome.replies();
        String value = expect.value();
        boolean ok = switch (expect.kind()) {
            case CONTAINS -> replies.stream().anyMatch(r -> r.text().contains(value));
            case NOT_CONTAINS -> replies.stream().noneMatch(r -> r.text().contains(value));
            case MATCHES -> replies.stream().anyMatch(r -> expect.regex().matcher(r.text()).find());
            case SOURCE -> replies.stream().anyMatch(r -> r.meta().source().wireName().equals(value));
            case INTENT -> replies.stream().anyMatch(r -> value.equals(r.meta().intent()));
            case STATUS -> outcome.status().equals(value);
            case HANDOFF -> value.equals(outcome.handoffReason());
            case BUTTON -> replies.stream().flatMap(r -> r.quickReplies().stream()).anyMatch(q -> q.title().equals(value));
            case SLOT -> {
                if (outcome.slots() == null) {
                    yield false;
                }
                String[] kv = value.split("=", 2);
                yield kv[1].strip().equals(outcome.slots().get(kv[0].strip()));
            }
        };
        if (ok) {
            return null;
        }
        return switch (expect.kind()) {
            case CONTAINS -> "expected a reply containing \"" + value + "\" but the bot said " + said(replies);
            case NOT_CONTAINS -> "expected no reply containing \"" + value + "\" but the bot said " + said(replies);
            case MATCHES -> "expected a reply matching /" + value + "/ but the bot said " + said(replies);
            case SOURCE -> "expected source " + value + " but got " + replies.stream()
                    .map(r -> r.meta().source().wireName()).toList() + " for " + said(replies);
            case INTENT -> "expected intent " + value + " but got " + replies.stream().map(r -> r.meta().intent()).toList();
            case STATUS -> "expected status " + value + " but got " + outcome.status();
            case HANDOFF -> "expected a handoff for " + value + " but got "
                    + (outcome.handoffReason() == null ? "none" : outcome.handoffReason());
            case BUTTON -> "expected a button \"" + value + "\" but got " + replies.stream()
                    .flatMap(r -> r.quickReplies().stream()).map(q -> q.title()).toList();
            case SLOT -> outcome.slots() == null
                    ? "this driver cannot see slots"
                    : "expected slot " + value + " but slots are " + outcome.slots();
        };
    }

    private static String said(List<BotReply> replies) {
        return replies.isEmpty() ? "nothing"
                : replies.stream().map(r -> "\"" + r.text() + "\"").collect(Collectors.joining(" / "));
    }
}
