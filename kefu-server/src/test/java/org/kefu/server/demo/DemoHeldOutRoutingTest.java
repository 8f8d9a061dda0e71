package org.kefu.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kefu.dialogue.BotReply;
import org.kefu.dialogue.ReplySource;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.BotDefinitionLoader;
import org.kefu.dialogue.testing.ConversationDriver;
import org.kefu.dialogue.testing.InProcessDriver;
import org.kefu.dialogue.testing.SessionOptions;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What each demo bot does, end to end (understanding and dialogue engine, in process), with held-out questions
 * nobody trained it on: FAQ questions ({@code faq-heldout/<bot>.yml}), requests that should start a flow
 * ({@code flow-heldout/<bot>.yml}) and questions it has no answer for ({@code oos-heldout/<bot>.yml}).
 *
 * <p>A flow started for a FAQ question is the costly mistake: the bot confidently does something the customer
 * did not ask for ("电脑屏幕有坏点" answered with "预算大概多少？"). An honest fallback is cheaper, so it is
 * counted apart from wrong answers. The figures are printed so that a build log shows them.
 */
final class DemoHeldOutRoutingTest {
    /** Tuesday 10:00 in Beijing: within both bots' service hours. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneOffset.UTC);
    /** Flows reach no system for a first turn; an address that refuses connections makes sure of it. */
    private static final Map<String, String> SETTINGS =
            Map.of("kefu.demo.base-url", "http://127.0.0.1:9", "kefu.demo.api-key", "unused");

    private static final double FAQ_ANSWERED_FLOOR = 0.90;
    private static final double FAQ_TAKEN_BY_FLOW_CEILING = 0.02;
    private static final double FLOW_STARTED_FLOOR = 0.85;
    /**
     * An unanswerable question may share words with a FAQ topic or a flow ("do you buy used phones"); answering
     * one confidently all the same must stay rare.
     */
    private static final double UNANSWERABLE_ANSWERED_CEILING = 0.10;

    @ParameterizedTest
    @ValueSource(strings = {"shop", "bank"})
    void heldOutFaqQuestionsGetTheirAnswerAndNeverStartAFlow(String botId) throws IOException {
        Tally tally = play(botId, "/faq-heldout/" + botId + ".yml", ReplySource.FAQ);
        tally.print("FAQ", botId);
        assertThat(tally.share(tally.right)).as("held-out FAQ questions answered by their entry; %s", tally.wrong)
                .isGreaterThanOrEqualTo(FAQ_ANSWERED_FLOOR);
        assertThat(tally.share(tally.wrongSource.getOrDefault(ReplySource.FLOW, 0)))
                .as("held-out FAQ questions that started a flow; %s", tally.wrong)
                .isLessThanOrEqualTo(FAQ_TAKEN_BY_FLOW_CEILING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"shop", "bank"})
    void heldOutRequestsStartTheirFlow(String botId) throws IOException {
        Tally tally = play(botId, "/flow-heldout/" + botId + ".yml", ReplySource.FLOW);
        tally.print("flow", botId);
        assertThat(tally.share(tally.right + tally.policyFirst))
                .as("held-out requests that started their flow or got its policy and button; %s", tally.wrong)
                .isGreaterThanOrEqualTo(FLOW_STARTED_FLOOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"shop", "bank"})
    void heldOutQuestionsItCannotAnswerGetAnHonestFallback(String botId) throws IOException {
        ConversationDriver driver = driver(botId);
        Map<String, List<String>> questions = heldOut("/oos-heldout/" + botId + ".yml", new TypeReference<>() { });
        List<String> answered = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, List<String>> byLanguage : questions.entrySet()) {
            for (String question : byLanguage.getValue()) {
                total++;
                BotReply reply = firstReply(driver, byLanguage.getKey(), question);
                // A handoff is honest too: a person answers what the bot cannot.
                ReplySource answeredBy = reply.meta().source();
                if (answeredBy != ReplySource.FALLBACK && answeredBy != ReplySource.HANDOFF) {
                    answered.add(String.format(Locale.ROOT, "%s [%s] got %s %s", question, byLanguage.getKey(),
                            answeredBy.wireName(), reply.meta().intent()));
                }
            }
        }
        System.out.printf(Locale.ROOT, "out-of-scope held-out %s end to end: fallback or handoff %d/%d, answered %d%n",
                botId, total - answered.size(), total, answered.size());
        answered.forEach(a -> System.out.println("  answered: " + a));
        assertThat((double) answered.size() / total).as("unanswerable questions answered anyway: %s", answered)
                .isLessThanOrEqualTo(UNANSWERABLE_ANSWERED_CEILING);
    }

    /** Sends each held-out question of {@code resource} to a new conversation; {@code source} should answer. */
    private static Tally play(String botId, String resource, ReplySource source) throws IOException {
        ConversationDriver driver = driver(botId);
        Tally tally = new Tally();
        Map<String, Map<String, List<String>>> byIntent = heldOut(resource, new TypeReference<>() { });
        byIntent.forEach((expected, byLanguage) -> byLanguage.forEach((language, questions) -> questions
                .forEach(q -> tally.add(expected, language, q, firstReply(driver, language, q), source))));
        return tally;
    }

    private static ConversationDriver driver(String botId) {
        return InProcessDriver.forBot(BotDefinitionLoader.loadFromClasspath(botId), SETTINGS, CLOCK);
    }

    private static BotReply firstReply(ConversationDriver driver, String language, String question) {
        Locale locale = language.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.US;
        try (ConversationDriver.Session session = driver.open(new SessionOptions(locale, null, null))) {
            List<BotReply> replies = session.send(question).replies();
            assertThat(replies).as("replies to " + question).isNotEmpty();
            return replies.getFirst();
        }
    }

    private static <T> T heldOut(String resource, TypeReference<T> type) throws IOException {
        try (InputStream in = DemoHeldOutRoutingTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return YAMLMapper.builder().build().readValue(in, type);
        }
    }

    /** Counts of one held-out set: right, fallback, and wrong by the source that answered instead. */
    private static final class Tally {
        int total;
        int right;
        int policyFirst;
        int fallback;
        final Map<ReplySource, Integer> wrongSource = new EnumMap<>(ReplySource.class);
        final List<String> wrong = new ArrayList<>();
        final List<String> fallbacks = new ArrayList<>();

        void add(String expected, String language, String question, BotReply reply, ReplySource source) {
            total++;
            if (reply.meta().source() == source && expected.equals(reply.meta().intent())) {
                right++;
            } else if (source == ReplySource.FLOW && reply.meta().source() == ReplySource.FAQ
                    && reply.quickReplies().stream().anyMatch(q -> q.payload().equals("/intent " + expected))) {
                // By design a request without its order number first gets the policy ("我想退货" → the return
                // rules), with a button that starts the very flow asked for.
                policyFirst++;
            } else if (reply.meta().source() == ReplySource.FALLBACK) {
                fallback++;
                fallbacks.add(String.format(Locale.ROOT, "%s [%s] expected %s", question, language, expected));
            } else {
                wrongSource.merge(reply.meta().source(), 1, Integer::sum);
                wrong.add(String.format(Locale.ROOT, "%s [%s] expected %s, got %s %s", question, language,
                        expected, reply.meta().source().wireName(), reply.meta().intent()));
            }
        }

        double share(int count) {
            return (double) count / total;
        }

        void print(String kind, String botId) {
            System.out.printf(Locale.ROOT,
                    "%s held-out %s end to end: right %d/%d = %.1f%%, policy first %d, fallback %d, wrong %d %s%n",
                    kind, botId, right, total, 100 * share(right), policyFirst, fallback,
                    total - right - policyFirst - fallback, wrongSource);
            wrong.forEach(w -> System.out.println("  wrong: " + w));
            fallbacks.forEach(f -> System.out.println("  fallback: " + f));
        }
    }
}
