package org.kefu.server.training;

import java.time.Clock;
import org.kefu.nlu.faq.QuestionSimilarity;
import org.kefu.server.admin.AuditLog;
import org.kefu.server.bot.BotAssembly;
import org.kefu.server.bot.BotRegistry;
import org.kefu.server.knowledge.KnowledgeService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires model versions, training jobs, the inbox and the conversation review. */
@Configuration(proxyBeanMethods = false)
class TrainingConfiguration {

    @Bean
    ModelVersionStore modelVersionStore(JdbcClient jdbc) {
        return new ModelVersionStore(jdbc);
    }

    @Bean
    AnnotationStore annotationStore(JdbcClient jdbc) {
        return new AnnotationStore(jdbc);
    }

    @Bean
    LiveVersions liveVersions() {
        return new LiveVersions();
    }

    @Bean
    StoredModels storedModels(ModelVersionStore store, LiveVersions live, TransactionTemplate tx, Clock clock) {
        return new StoredModels(store, live, tx, clock);
    }

    @Bean
    LiveModelWatcher liveModelWatcher(TrainingService training, TrainingProperties properties) {
        return new LiveModelWatcher(training, properties.watchInterval());
    }

    @Bean
    InboxService inboxService(JdbcClient jdbc, AnnotationStore annotations, KnowledgeService knowledge, BotRegistry bots,
            TrainingProperties properties, AuditLog audit, TransactionTemplate tx, Clock clock) {
        return new InboxService(new InboxStore(jdbc), annotations, knowledge, bots, QuestionSimilarity.builder().build(),
                properties, audit, tx, clock);
    }

    @Bean
    ConversationReview conversationReview(JdbcClient jdbc, KnowledgeService knowledge) {
        return new ConversationReview(new ReviewStore(jdbc), knowledge);
    }

    @Bean
    TrainingService trainingService(ModelVersionStore store, AnnotationStore annotations, KnowledgeService knowledge,
            BotRegistry bots, BotAssembly assembly, TrainingProperties properties, AuditLog audit,
            TransactionTemplate tx, LiveVersions live, Clock clock) {
        return new TrainingService(store, annotations, knowledge, bots, assembly, properties, audit, tx, live, clock);
    }
}
