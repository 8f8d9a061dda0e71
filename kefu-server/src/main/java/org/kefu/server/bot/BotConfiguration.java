package org.kefu.server.bot;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
    SmartInitializingSingleton botLoader(BotRegistry registry, BotProperties properties) {
        return () -> {
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
