package org.kefu.server.conversation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.kefu.server.analytics.BotTurnRecorder;
import org.kefu.server.bot.BotRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires the conversation core; with the {@code redis} profile its topic and locks span nodes. */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    ConversationService conversationService(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager txManager,
            BotRegistry bots, BotTurnRecorder analytics, ConversationLocks locks, ConversationTopic topic,
            ApplicationEventPublisher events, MessageSource texts, Clock clock, ConversationProperties properties,
            Customers customers, ObjectProvider<MeterRegistry> meters) {
        TransactionTemplate tx = new TransactionTemplate(txManager);
        ConversationStore conversations = new ConversationStore(jdbc);
        MessageStore messages = new MessageStore(jdbc, new MessageJson(json));
        BotTurns botTurns = new BotTurns(bots, conversations, messages, customers, analytics, tx, texts, clock,
                meters.getIfAvailable(SimpleMeterRegistry::new));
        return new ConversationService(conversations, messages, new MessageLog(conversations, messages, tx, clock),
                botTurns, bots, locks, topic, events, tx, clock, properties.maxPageSize());
    }

    @Bean
    Customers customers(JdbcClient jdbc, PlatformTransactionManager txManager, Clock clock) {
        return new Customers(new CustomerStore(jdbc), new TransactionTemplate(txManager), clock);
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("!redis")
    static class SingleNode {

        @Bean
        ConversationTopic conversationTopic() {
            return new InProcessConversationTopic();
        }

        @Bean
        ConversationLocks conversationLocks(ConversationProperties properties) {
            return new LocalConversationLocks(properties.lockTimeout());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("redis")
    static class ManyNodes {

        @Bean
        RedisConversationTopic conversationTopic(StringRedisTemplate redis, JsonMapper json,
                ConversationProperties properties) {
            return new RedisConversationTopic(redis, json, properties.redisChannel());
        }

        @Bean
        RedisMessageListenerContainer conversationEventListener(RedisConnectionFactory connections,
                RedisConversationTopic topic) {
            return topic.listenerContainer(connections);
        }

        @Bean
        ConversationLocks conversationLocks(StringRedisTemplate redis, ConversationProperties properties) {
            return new RedisConversationLocks(new LocalConversationLocks(properties.lockTimeout()), redis,
                    properties.leaseTime(), properties.lockTimeout());
        }
    }
}
