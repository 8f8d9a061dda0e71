package org.kefu.server.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.dialogue.QuickReply;
import org.kefu.dialogue.ReplyMeta;
import org.kefu.dialogue.ReplySource;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

/** Two nodes sharing the real Redis on 127.0.0.1:6379: events reach the other node, leases exclude each other. */
final class RedisConversationTest {

    private final String channel = "kefu:test:" + UUID.randomUUID();
    private LettuceConnectionFactory connections;
    private StringRedisTemplate redis;
    private final List<RedisMessageListenerContainer> containers = new CopyOnWriteArrayList<>();

    @BeforeEach
    void connect() {
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(
                System.getenv().getOrDefault("KEFU_TEST_REDIS_HOST", "127.0.0.1"), 6379));
        connections.afterPropertiesSet();
        connections.start();
        redis = new StringRedisTemplate(connections);
    }

    @AfterEach
    void disconnect() {
        containers.forEach(RedisMessageListenerContainer::stop);
        connections.destroy();
    }

    private RedisConversationTopic node() {
        RedisConversationTopic topic = new RedisConversationTopic(redis, JsonMapper.builder().build(), channel);
        RedisMessageListenerContainer container = topic.listenerContainer(connections);
        container.afterPropertiesSet();
        container.start();
        containers.add(container);
        return topic;
    }

    @Test
    void eventsPublishedOnOneNodeReachListenersOnAnotherInOrder() {
        RedisConversationTopic nodeA = node();
        RedisConversationTopic nodeB = node();
        List<ConversationEvent> received = new CopyOnWriteArrayList<>();
        List<ConversationEvent> everything = new CopyOnWriteArrayList<>();
        nodeB.subscribe("c-1", received::add);
        nodeB.subscribeAll(everything::add);
        Message message = new Message("m-1", "c-1", 3, null, Sender.BOT, null, null, "您好",
                null, List.of(new QuickReply("运费", "faq:shipping")), List.of(),
                new ReplyMeta(ReplySource.FAQ, "shipping_fee", 0.97), 2L, Instant.parse("2026-11-24T10:00:00Z"));
        List<ConversationEvent> sent = List.of(
                new ConversationEvent.MessageStored(message),
                new ConversationEvent.StatusChanged("c-1", ConversationStatus.QUEUED, 3, null),
                new ConversationEvent.Typing("c-1", Sender.AGENT),
                new ConversationEvent.Read("c-1", 3),
                new ConversationEvent.SurveyRequested("c-1"));

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            // The listener container subscribes asynchronously; publish until it listens.
            if (received.isEmpty()) {
                nodeA.publish(new ConversationEvent.Typing("c-1", Sender.CUSTOMER));
            }
            return !received.isEmpty();
        });
        received.clear();
        sent.forEach(nodeA::publish);
        nodeA.publish(new ConversationEvent.Typing("other", Sender.AGENT));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(received).containsExactlyElementsOf(sent));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(everything)
                .contains(new ConversationEvent.Typing("other", Sender.AGENT)));
    }

    @Test
    void twoNodesNeverHoldTheSameConversationAtOnce() throws Exception {
        RedisConversationLocks nodeA = new RedisConversationLocks(new LocalConversationLocks(Duration.ofSeconds(10)),
                redis, Duration.ofSeconds(30), Duration.ofSeconds(10));
        RedisConversationLocks nodeB = new RedisConversationLocks(new LocalConversationLocks(Duration.ofSeconds(10)),
                redis, Duration.ofSeconds(30), Duration.ofSeconds(10));
        String conversation = "lease-" + UUID.randomUUID();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();

        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 40; i++) {
                RedisConversationLocks node = i % 2 == 0 ? nodeA : nodeB;
                pool.submit(() -> node.withLock(conversation, () -> {
                    mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    redis.opsForValue().increment("kefu:test:counter:" + conversation); // a round trip inside
                    inside.decrementAndGet();
                    return done.incrementAndGet();
                }));
            }
        }

        assertThat(done.get()).isEqualTo(40);
        assertThat(mostInside.get()).isEqualTo(1);
        assertThat(redis.hasKey("kefu:lease:conversation:" + conversation)).isFalse();
        redis.delete("kefu:test:counter:" + conversation);
    }

    @Test
    void workUnderALeaseMayLockTheSameConversationAgain() {
        RedisConversationLocks node = new RedisConversationLocks(new LocalConversationLocks(Duration.ofSeconds(10)),
                redis, Duration.ofSeconds(30), Duration.ofMillis(500));
        String conversation = "nested-" + UUID.randomUUID();

        String result = node.withLock(conversation, () -> node.withLock(conversation, () -> "inner"));

        assertThat(result).isEqualTo("inner");
        assertThat(redis.hasKey("kefu:lease:conversation:" + conversation)).isFalse();
    }
}
