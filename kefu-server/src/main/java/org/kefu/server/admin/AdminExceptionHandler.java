package org.kefu.server.admin;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns {@link AdminException}s of the admin APIs into JSON errors {@code {"error":{"code","message"}}} in the
 * admin's language. Pages show the same message in place (htmx swaps the response body in).
 */
@RestControllerAdvice(basePackages = {"org.kefu.server.admin", "org.kefu.server.knowledge", "org.kefu.server.training"})
final class AdminExceptionHandler {

    private final MessageSource messages;

    AdminExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Map<String, String>>> admin(AdminException e, Locale locale) {
        String message = messages.getMessage("admin.error." + e.code(), e.args().toArray(), e.code(), locale);
        return ResponseEntity.status(e.status()).body(Map.of("error", Map.of("code", e.code(), "message", message)));
    }
}
