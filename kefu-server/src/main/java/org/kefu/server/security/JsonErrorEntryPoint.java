package org.kefu.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers unauthenticated calls on conversations with 401 and the API's JSON error body, in the request's
 * language: {@code missing_token} without a token, {@code invalid_token} with a forged, mangled or expired one.
 */
final class JsonErrorEntryPoint implements AuthenticationEntryPoint {

    static final String INVALID_TOKEN = "invalid_token";
    static final String MISSING_TOKEN = "missing_token";
    static final String ERROR_ATTRIBUTE = JsonErrorEntryPoint.class.getName() + ".code";

    private final MessageSource texts;
    private final JsonMapper json;

    JsonErrorEntryPoint(MessageSource texts, JsonMapper json) {
        this.texts = texts;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        Object code = request.getAttribute(ERROR_ATTRIBUTE);
        write(request, response, code instanceof String c ? c : MISSING_TOKEN);
    }

    void write(HttpServletRequest request, HttpServletResponse response, String code) throws IOException {
        Locale locale = request.getHeader("Accept-Language") == null ? Locale.ENGLISH : request.getLocale();
        String message = texts.getMessage("error." + code, null, code, locale);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(
                Map.of("error", Map.of("code", code, "message", message))));
    }
}
