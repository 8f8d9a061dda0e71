package org.kefu.server.agent.workspace;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/** Registers the workspace's live channel at {@code /agent/ws}; same origin only (the default). */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class AgentSocketConfiguration implements WebSocketConfigurer {

    private final AgentSocketHandler handler;

    AgentSocketConfiguration(AgentSocketHandler handler) {
        this.handler = handler;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/agent/ws");
    }
}
