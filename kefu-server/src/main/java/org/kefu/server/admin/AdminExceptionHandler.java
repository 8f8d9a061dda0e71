package org.kefu.server.admin;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place the admin console turns an {@link AdminException} into a response in the admin's language:
 * APIs answer JSON {@code {"error":{"code","message"}}}; pages show the message (htmx requests get just the
 * message fragment to swap in).
 */
@RestControllerAdvice(basePackages = {"org.kefu.server.admin", "org.kefu.server.knowledge", "org.kefu.server.training"})
final class AdminExceptionHandler {

    private final MessageSource messages;

    AdminExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    Object admin(AdminException e, Locale locale, HandlerMethod handler) {
        String message = messages.getMessage("admin.error." + e.code(), e.args().toArray(), e.code(), locale);
        if (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), RestController.class)) {
            return ResponseEntity.status(e.status()).body(Map.of("error", Map.of("code", e.code(), "message", message)));
        }
        ModelAndView page = new ModelAndView("admin/error :: message", Map.of("message", message, "code", e.code()));
        page.setStatus(e.status());
        return page;
    }
}
