package org.kefu.server.conversation;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kefu.server.analytics.BotTurnRecorder;
import org.kefu.server.bot.BotRegistry;
import org.kefu.server.database.TestDatabase;
import org.kefu.server.testbot.EchoBot;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conversation core wired by hand over a {@link TestDatabase}, with the {@link EchoBot} as {@code shop},
 * the in-process topic, and every published event and application event recorded.
 */
final class CoreHarness implements AutoCloseable {

    final TestDatabase db;
    final ConversationService service;
    final Customers customers;
    final BotTurnRecorder analytics;
    final List<ConversationEvent> events = new CopyOnWriteArrayList<>();
    final List<Object> applicationEvents = new CopyOnWriteArrayList<>();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    CoreHarness(TestDatabase.Kind kind) {
        db = TestDatabase.open(kind);
        Clock clock = Clock.systemUTC();
        TransactionTemplate tx = db.tx();
        ConversationStore conversations = new ConversationStore(db.jdbc());
        MessageStore messages = new MessageStore(db.jdbc(), new MessageJson(JsonMapper.builder().build()));
        customers = new Customers(new CustomerStore(db.jdbc()), tx, clock);
        analytics = new BotTurnRecorder(db.jdbc());
        ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
        texts.setBasenames("i18n/errors");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
        BotRegistry bots = BotRegistry.loaded(List.of(EchoBot.bot("shop")));
        InProcessConversationTopic topic = new InProcessConversationTopic();
        topic.subscribeAll(events::add);
        service = new ConversationService(conversations, messages, new MessageLog(conversations, messages, tx, clock),
                new BotTurns(bots, conversations, messages, customers, analytics, tx, texts, clock, meters), bots,
                new LocalConversationLocks(Duration.ofSeconds(10)), topic, applicationEvents::add, tx, clock, 500);
    }

    @Override
    public void close() {
        db.close();
    }
}
