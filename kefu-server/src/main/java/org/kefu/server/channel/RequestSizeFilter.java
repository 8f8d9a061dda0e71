package org.kefu.server.channel;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses chat API requests whose declared body is larger than a WebSocket frame may be
 * ({@code kefu.channel.max-frame-bytes}) before reading it: a message can be at most 4,000 characters, so a
 * bigger body is never legitimate and should not cost memory to parse.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
final class RequestSizeFilter extends OncePerRequestFilter {

    private final ChannelProperties properties;
    private final ErrorMessages messages;
    private final JsonMapper json;

    RequestSizeFilter(ChannelProperties properties, ErrorMessages messages, JsonMapper json) {
        this.properties = properties;
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > properties.maxFrameBytes()) {
            Locale locale = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Locale.ENGLISH : request.getLocale();
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.writeValueAsString(messages.body("request_too_large",
                    new Object[] {properties.maxFrameBytes()}, locale)));
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/conversations");
    }
}
