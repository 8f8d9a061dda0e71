package org.kefu.server.demo;

import static java.util.Objects.requireNonNull;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses calls to the demo systems that do not carry the configured API key, as a real shop or bank API
 * would refuse an unknown caller. The bots' connectors send the key from their configuration.
 */
final class DemoApiKeyFilter extends OncePerRequestFilter {
    /** The request header carrying the key. */
    static final String HEADER = "X-Demo-Api-Key";

    private final byte[] expected;

    DemoApiKeyFilter(String apiKey) {
        this.expected = requireNonNull(apiKey, "apiKey").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        // Constant-time comparison: the key is a shared secret.
        if (given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"error\":\"invalid_api_key\",\"message\":\"missing or wrong " + HEADER + " header\"}");
    }
}
