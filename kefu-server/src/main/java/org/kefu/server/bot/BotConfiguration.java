package org.kefu.server.bot;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Wires the bot registry, its loading at startup and its health indicator. */
@Configuration(proxyBeanMethods = false)
class BotConfiguration {

    @Bean
    BotRegistry botRegistry(BotProperties properties, ObjectProvider<BotSource> sources) {
        BotSource source = sources.getIfUnique(() -> id -> {
            throw new IllegalStateException("no unique BotSource bean is available to load bot '" + id + "'");
        });
        return new BotRegistry(properties.ids(), source);
    }

    @Bean
    BotAssembly botAssembly(BotProperties properties, Environment environment, Clock clock,
            ObjectProvider<DefinitionOverlay> overlays) {
        return new BotAssembly(properties.directory(), environment, clock, overlays.orderedStream().toList());
    }

    @Bean
    DefinitionBotSource definitionBotSource(BotAssembly assembly, ObjectProvider<ModelProvider> models) {
        return new DefinitionBotSource(assembly, models.getIfUnique(ModelProvider::training));
    }

    // Bots load once the web server has started, so connector settings may refer to its port
    // (${local.server.port}); with background loading the server answers meanwhile and health says so.
    @Bean
    ApplicationListener<ApplicationStartedEvent> botLoader(BotRegistry registry, BotProperties properties) {
        return event -> {
            if (properties.backgroundLoading()) {
                Thread.ofPlatform().name("kefu-bot-loader").daemon().start(registry::loadAll);
            } else {
                registry.loadAll();
            }
        };
    }

    @Bean
    BotHealthIndicator botsHealthIndicator(BotRegistry registry) {
        return new BotHealthIndicator(registry);
    }
}
