package org.kefu.server.knowledge;

import java.time.Clock;
import org.kefu.server.admin.AuditLog;
import org.kefu.server.bot.BotAssembly;
import org.kefu.server.bot.BotRegistry;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the knowledge base: store, sync with the bot files, the definition overlay and the service. */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    @Bean
    KnowledgeStore knowledgeStore(JdbcClient jdbc) {
        return new KnowledgeStore(jdbc);
    }

    @Bean
    KnowledgeSync knowledgeSync(KnowledgeStore store, TransactionTemplate tx, Clock clock) {
        return new KnowledgeSync(store, tx, clock);
    }

    @Bean
    KnowledgeOverlay knowledgeOverlay(KnowledgeStore store, KnowledgeSync sync) {
        return new KnowledgeOverlay(store, sync);
    }

    @Bean
    KnowledgeService knowledgeService(KnowledgeStore store, KnowledgeSync sync, KnowledgeOverlay overlay,
            BotAssembly assembly, BotRegistry bots, AuditLog audit, TransactionTemplate tx, Clock clock) {
        return new KnowledgeService(store, sync, overlay, assembly, bots, audit, tx, clock);
    }

    @Bean
    FaqImport faqImport(KnowledgeService knowledge, KnowledgeStore store, ImportLimits limits, JdbcClient jdbc,
            AuditLog audit, TransactionTemplate tx, MessageSource messages, Clock clock) {
        return new FaqImport(knowledge, store, new SheetReader(limits), jdbc, audit, tx, messages, clock);
    }
}
