package org.kefu.server.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kefu.dialogue.ReplySource;
import org.kefu.server.analytics.BotTurnRecord;
import org.kefu.server.database.TestDatabase;

/** The conversation core against real databases: embedded H2 and PostgreSQL, with the same migrations. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class ConversationStorageTest {

    private final java.util.Map<TestDatabase.Kind, CoreHarness> harnesses = new java.util.EnumMap<>(TestDatabase.Kind.class);

    @BeforeAll
    void openDatabases() {
        for (TestDatabase.Kind kind : TestDatabase.Kind.values()) {
            harnesses.put(kind, new CoreHarness(kind));
        }
    }

    @AfterAll
    void closeDatabases() {
        harnesses.values().forEach(CoreHarness::close);
    }

    private CoreHarness core(TestDatabase.Kind kind) {
        return harnesses.get(kind);
    }

    private static Conversation open(CoreHarness core) {
        Customer customer = core.customers.newVisitor();
        return core.service.create(customer.id(), "shop", Locale.ENGLISH);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void storesTheWelcomeAsTheFirstMessage(TestDatabase.Kind kind) {
        Conversation c = open(core(kind));

        List<Message> log = core(kind).service.messagesAfter(c.id(), 0);

        assertThat(log).singleElement().satisfies(m -> {
            assertThat(m.seq()).isEqualTo(1);
            assertThat(m.sender()).isEqualTo(Sender.BOT);
            assertThat(m.text()).isEqualTo("Hello, I am the test bot");
            assertThat(m.quickReplies()).extracting("payload").containsExactly("faq:shipping");
            assertThat(m.meta().source()).isEqualTo(ReplySource.SMALLTALK);
        });
        assertThat(core(kind).service.find(c.id())).get().extracting(Conversation::status, Conversation::lastSeq)
                .containsExactly(ConversationStatus.BOT, 1L);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void numbersCustomerMessagesAndBotRepliesConsecutivelyAndKeepsDialogueState(TestDatabase.Kind kind) {
        Conversation c = open(core(kind));

        AppendResult first = core(kind).service.appendCustomerMessage(new Inbound(c.id(), c.customerId(), "m1", "hi", null));
        AppendResult second = core(kind).service.appendCustomerMessage(new Inbound(c.id(), c.customerId(), "m2", "two", null));

        assertThat(first.seq()).isEqualTo(2);
        assertThat(first.replies()).singleElement().satisfies(r -> {
            assertThat(r.seq()).isEqualTo(3);
            assertThat(r.text()).isEqualTo("You said: hi (turn 1)");
            assertThat(r.replyToSeq()).isEqualTo(2L);
            assertThat(r.meta().intent()).isEqualTo("echo");
            assertThat(r.meta().confidence()).isEqualTo(0.9);
        });
        assertThat(second.seq()).isEqualTo(4);
        assertThat(second.replies()).extracting(Message::seq, Message::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, "first"),
                        org.assertj.core.groups.Tuple.tuple(6L, "second"));
        assertThat(core(kind).service.messagesAfter(c.id(), 0)).extracting(Message::seq)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(core(kind).service.messagesAfter(c.id(), 4)).extracting(Message::text).containsExactly("first", "second");
        assertThat(core(kind).events).filteredOn(e -> e.conversationId().equals(c.id()))
                .extracting(e -> ((ConversationEvent.MessageStored) e).message().seq())
                .containsExactly(2L, 3L, 4L, 5L, 6L);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRepeatedClientMsgIdIsStoredOnceAndTheBotAnswersOnce(TestDatabase.Kind kind) {
        Conversation c = open(core(kind));
        Inbound inbound = new Inbound(c.id(), c.customerId(), "same-id", "hello", null);

        AppendResult original = core(kind).service.appendCustomerMessage(inbound);
        AppendResult again = core(kind).service.appendCustomerMessage(inbound);

        assertThat(again.duplicate()).isTrue();
        assertThat(again.seq()).isEqualTo(original.seq());
        assertThat(again.replies()).extracting(Message::id).isEqualTo(original.replies().stream().map(Message::id).toList());
        assertThat(core(kind).service.messagesAfter(c.id(), 0)).hasSize(3);
        assertThat(core(kind).analytics.forConversation(c.id())).hasSize(1);
        assertThat(core(kind).meters.get("kefu.bot.turn").tag("source", "faq").tag("outcome", "answered").timer()
                .count()).isPositive();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void concurrentSendsOfOneConversationAreHandledOneAtATimeWithoutGaps(TestDatabase.Kind kind) throws Exception {
        Conversation c = open(core(kind));
        List<Future<AppendResult>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            for (int i = 0; i < 24; i++) {
                String id = "c" + i;
                results.add(pool.submit(() -> core(kind).service.appendCustomerMessage(
                        new Inbound(c.id(), c.customerId(), id, "msg " + id, null))));
            }
        }

        List<Message> log = core(kind).service.messagesAfter(c.id(), 0);
        assertThat(log).extracting(Message::seq).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 49).mapToObj(Long::valueOf).toList());
        // Every reply directly follows the message it answers, and the turn counter saw every message once.
        for (int i = 1; i < log.size(); i += 2) {
            assertThat(log.get(i).sender()).isEqualTo(Sender.CUSTOMER);
            assertThat(log.get(i + 1).replyToSeq()).isEqualTo(log.get(i).seq());
            assertThat(log.get(i + 1).text()).endsWith("(turn " + ((i + 1) / 2) + ")");
        }
        for (Future<AppendResult> result : results) {
            assertThat(result.get().replies()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aHandoffQueuesTheConversationAndLaterMessagesSkipTheBot(TestDatabase.Kind kind) {
        Conversation c = open(core(kind));

        AppendResult handoff = core(kind).service.appendCustomerMessage(new Inbound(c.id(), c.customerId(), "h1", "human", null));
        AppendResult waiting = core(kind).service.appendCustomerMessage(new Inbound(c.id(), c.customerId(), "h2", "hello?", null));

        assertThat(handoff.replies()).singleElement().extracting(m -> m.meta().source()).isEqualTo(ReplySource.HANDOFF);
        assertThat(waiting.replies()).isEmpty();
        Conversation queued = core(kind).service.find(c.id()).orElseThrow();
        assertThat(queued.status()).isEqualTo(ConversationStatus.QUEUED);
        assertThat(queued.team()).isEqualTo("test-team");
        assertThat(queued.handoffReason()).isEqualTo("requested");
        assertThat(core(kind).applicationEvents)
                .contains(new ConversationQueued(c.id(), "shop", "test-team", "requested", true));
        assertThat(core(kind).events).contains(
                new ConversationEvent.StatusChanged(c.id(), ConversationStatus.QUEUED, null, null));
        assertThat(core(kind).analytics.forConversation(c.id())).singleElement()
                .extracting(BotTurnRecord::outcome).isEqualTo(BotTurnRecord.Outcome.HANDOFF);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void agentAndSystemMessagesJoinTheLogAndClosingByAnAgentAsksForASurvey(TestDatabase.Kind kind) {
        Conversation c = open(core(kind));
        core(kind).service.appendCustomerMessage(new Inbound(c.id(), c.customerId(), "a1", "human", null));

        core(kind).service.assign(c.id(), "agent-7", "小王");
        Message agent = core(kind).service.appendAgentMessage(c.id(), "agent-7", "小王", "您好，我是小王");
        Message system = core(kind).service.appendSystemMessage(c.id(), "conversation closed");
        core(kind).service.close(c.id(), true);
        AppendResult reopened = core(kind).service.appendCustomerMessage(new Inbound(c.id(), c.customerId(), "a2", "back", null));

        assertThat(agent.seq()).isEqualTo(4);
        assertThat(agent.senderName()).isEqualTo("小王");
        assertThat(system.seq()).isEqualTo(5);
        assertThat(core(kind).events).contains(
                new ConversationEvent.StatusChanged(c.id(), ConversationStatus.AGENT, null, "小王"),
                new ConversationEvent.SurveyRequested(c.id()),
                new ConversationEvent.StatusChanged(c.id(), ConversationStatus.BOT, null, null));
        assertThat(reopened.seq()).isEqualTo(6);
        assertThat(reopened.replies()).hasSize(1);
        assertThat(core(kind).service.find(c.id()).orElseThrow().status()).isEqualTo(ConversationStatus.BOT);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aFailingBotKeepsTheCustomerMessageAndApologises(TestDatabase.Kind kind) {
        Conversation c = open(core(kind));

        AppendResult result = core(kind).service.appendCustomerMessage(new Inbound(c.id(), c.customerId(), "x", "crash", null));

        assertThat(result.seq()).isEqualTo(2);
        assertThat(result.replies()).singleElement().satisfies(r -> {
            assertThat(r.text()).startsWith("Sorry, something went wrong");
            assertThat(r.meta().source()).isEqualTo(ReplySource.FALLBACK);
        });
        assertThat(core(kind).analytics.forConversation(c.id())).singleElement()
                .extracting(BotTurnRecord::outcome).isEqualTo(BotTurnRecord.Outcome.ERROR);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anotherCustomerCannotWriteToTheConversation(TestDatabase.Kind kind) {
        Conversation c = open(core(kind));
        Customer stranger = core(kind).customers.newVisitor();

        assertThatThrownBy(() -> core(kind).service.appendCustomerMessage(
                new Inbound(c.id(), stranger.id(), "s1", "hi", null)))
                .isInstanceOf(ConversationNotFoundException.class);
        assertThatThrownBy(() -> core(kind).service.findForCustomer(c.id(), stranger.id()))
                .isInstanceOf(ConversationNotFoundException.class);
        assertThat(core(kind).service.messagesAfter(c.id(), 0)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anIdentifiedCustomerIsFoundAgainByTheHostSitesId(TestDatabase.Kind kind) {
        Customer first = core(kind).customers.identified("host-" + kind, "13800138000", "王小明");
        Customer again = core(kind).customers.identified("host-" + kind, "13900139000", "王小明");

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(core(kind).customers.find(first.id())).get().extracting(Customer::verifiedPhone)
                .isEqualTo("13900139000");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void unknownBotsAreRefused(TestDatabase.Kind kind) {
        Customer customer = core(kind).customers.newVisitor();

        assertThatThrownBy(() -> core(kind).service.create(customer.id(), "nope", Locale.ENGLISH))
                .isInstanceOf(UnknownBotException.class);
    }
}
