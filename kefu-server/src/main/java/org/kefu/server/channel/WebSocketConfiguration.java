package org.kefu.server.channel;

import org.kefu.server.conversation.ConversationService;
import org.kefu.server.security.SecurityProperties;
import org.kefu.server.security.VisitorTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import tools.jackson.databind.json.JsonMapper;

/** Registers the chat WebSocket at {@code /ws/chat}. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class WebSocketConfiguration implements WebSocketConfigurer {

    private final ChatWebSocketHandler handler;
    private final SecurityProperties security;

    WebSocketConfiguration(ConversationService conversations, VisitorTokens tokens, InboundCheck check,
            RateLimits rateLimits, ErrorMessages errors, JsonMapper json, ChannelProperties properties,
            SecurityProperties security) {
        this.handler = new ChatWebSocketHandler(conversations, tokens, check, rateLimits, errors, json, properties);
        this.security = security;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ws/chat")
                .setAllowedOriginPatterns(security.allowedOrigins().toArray(String[]::new));
    }

    // A FactoryBean is created early, while bean types are still being worked out and before configuration
    // properties are bound, so it reads the one setting it needs from the environment.
    @Bean
    static ServletServerContainerFactoryBean chatWebSocketContainer(Environment environment) {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(
                environment.getProperty("kefu.channel.max-frame-bytes", Integer.class, 65536));
        container.setMaxSessionIdleTimeout(10L * 60 * 1000);
        return container;
    }
}
