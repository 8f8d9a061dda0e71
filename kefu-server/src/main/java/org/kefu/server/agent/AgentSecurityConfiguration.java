package org.kefu.server.agent;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The staff side's security: form login with a session and CSRF protection for the workspace, supervisor
 * view and admin console. Ordered before the public chain so these paths never fall through to it.
 * Pages send unauthenticated users to {@code /login}; APIs answer 401. Wrong roles get 403.
 */
@Configuration(proxyBeanMethods = false)
class AgentSecurityConfiguration {

    /** Paths this chain owns; everything else belongs to the public chain. */
    static final String[] PATHS = {
        "/login", "/logout", "/agent", "/agent/**", "/supervisor", "/supervisor/**", "/admin", "/admin/**",
        "/api/v1/agent/**", "/api/v1/supervisor/**", "/api/v1/admin/**"
    };

    @Bean
    @Order(1)
    SecurityFilterChain staffSecurityFilterChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(auth -> auth.requestMatchers("/login")
                        .permitAll()
                        .requestMatchers("/admin", "/admin/**", "/api/v1/admin/**")
                        .hasRole(AgentRole.ADMIN.name())
                        .requestMatchers("/supervisor", "/supervisor/**", "/api/v1/supervisor/**")
                        .hasRole(AgentRole.SUPERVISOR.name())
                        .requestMatchers("/agent", "/agent/**", "/api/v1/agent/**")
                        .hasRole(AgentRole.AGENT.name())
                        .anyRequest()
                        .authenticated())
                .requestCache(cache -> cache.requestCache(pagesOnly(path.matcher("/api/**"))))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/agent").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint(path.matcher("/api/**"))));
        return http.build();
    }

    // Only a page the browser navigated to is worth returning to after login. Once a session ends, an open
    // workspace keeps polling APIs, refreshing fragments and reconnecting its live channel; by default the last of
    // those was remembered, and the next login landed on a WebSocket endpoint or a JSON list.
    private static RequestCache pagesOnly(RequestMatcher api) {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && !api.matches(request)
                && request.getHeader("HX-Request") == null
                && request.getHeader("Sec-WebSocket-Key") == null
                && request.getHeader("Accept") != null && request.getHeader("Accept").contains("text/html"));
        return cache;
    }

    // APIs answer 401 whatever the Accept header says; everything else is a page and goes to the login form
    private static AuthenticationEntryPoint entryPoint(RequestMatcher api) {
        AuthenticationEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, e) -> (api.matches(request) ? unauthorized : login).commence(request, response, e);
    }

    /** Admin includes supervisor includes agent. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(AgentRole.ADMIN.name())
                .implies(AgentRole.SUPERVISOR.name())
                .role(AgentRole.SUPERVISOR.name())
                .implies(AgentRole.AGENT.name())
                .build();
    }

    /** BCrypt for new hashes; the {@code {id}} prefix lets the algorithm change later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService agentUserDetailsService(AgentStore agents) {
        return username -> {
            Agent agent = agents.findByUsername(username)
                    .orElseThrow(() -> new UsernameNotFoundException("no such account"));
            String hash = agents.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
            return User.withUsername(agent.username())
                    .password(hash)
                    .authorities(agent.role().authority())
                    .build();
        };
    }
}
