package org.kefu.server.testbot;

import org.kefu.server.bot.BotSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Serves every configured bot id with the {@link EchoBot}. */
@TestConfiguration(proxyBeanMethods = false)
public class EchoBotConfiguration {

    @Bean
    @Primary
    BotSource echoBotSource() {
        return EchoBot::bot;
    }
}
