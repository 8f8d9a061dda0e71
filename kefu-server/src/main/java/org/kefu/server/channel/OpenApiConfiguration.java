package org.kefu.server.channel;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI kefuOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Kefu API").version("v1")
                        .description("Chat with Kefu's bots and agents. The WebSocket /ws/chat speaks the same "
                                + "protocol with JSON frames (hello, send, ack, message, sync, typing, read, error)."))
                .components(new Components().addSecuritySchemes("visitorToken", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("The visitorToken returned by POST /api/v1/conversations")));
    }
}
