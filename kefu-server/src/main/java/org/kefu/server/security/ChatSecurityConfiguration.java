package org.kefu.server.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The main security filter chain: every path no other chain claims (the agent and admin chains come first
 * with their own matchers). Conversations need a visitor token; pages, the widget, the chat WebSocket (which
 * authenticates in its {@code hello} frame), the API documents and actuator endpoints are public.
 */
@Configuration(proxyBeanMethods = false)
class ChatSecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ChatSecurityConfiguration.class);

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 100)
    SecurityFilterChain chatSecurityFilterChain(HttpSecurity http, VisitorTokens tokens, MessageSource texts,
            JsonMapper json, SecurityProperties properties) {
        JsonErrorEntryPoint errors = new JsonErrorEntryPoint(texts, json);
        http
                // Nothing in this chain authenticates by cookie or session, so there is no CSRF to defend against.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .cors(c -> c.configurationSource(cors(properties)))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/conversations").permitAll()
                        .requestMatchers("/api/v1/conversations/**").hasRole(VisitorTokenFilter.ROLE)
                        .anyRequest().permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(errors))
                .addFilterBefore(new VisitorTokenFilter(tokens, errors), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    private static UrlBasedCorsConfigurationSource cors(SecurityProperties properties) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOriginPatterns(properties.allowedOrigins());
        config.addAllowedMethod("GET");
        config.addAllowedMethod("POST");
        config.addAllowedHeader("Authorization");
        config.addAllowedHeader("Content-Type");
        config.addAllowedHeader("Accept-Language");
        config.addExposedHeader("Retry-After");
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/v1/conversations/**", config);
        source.registerCorsConfiguration("/api/v1/conversations", config);
        return source;
    }

    @Bean
    SmartInitializingSingleton developmentSecretWarning(SecurityProperties security, IdentityProperties identity) {
        return () -> {
            if (security.tokenSecret().equals(SecurityProperties.DEV_TOKEN_SECRET)) {
                LOG.warn("kefu.security.token-secret is the public development default: anyone can forge visitor "
                        + "tokens. Set KEFU_SECURITY_TOKEN_SECRET before going to production.");
            }
            if (identity.secret().equals(IdentityProperties.DEV_SECRET)) {
                LOG.warn("kefu.identity.secret is the public development default: anyone can sign customer "
                        + "identities. Set KEFU_IDENTITY_SECRET before going to production.");
            }
        };
    }
}
