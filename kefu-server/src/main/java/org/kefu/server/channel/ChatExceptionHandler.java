package org.kefu.server.channel;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kefu.server.conversation.BotNotReadyException;
import org.kefu.server.conversation.ConversationBusyException;
import org.kefu.server.conversation.ConversationNotFoundException;
import org.kefu.server.conversation.UnknownBotException;
import org.kefu.server.security.InvalidIdentityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one place the customer-facing REST API ({@link CustomerApi} controllers) turns failures into JSON errors, in the request's language. Unexpected
 * failures are logged with their stack trace and answered with a plain {@code internal_error}: no stack trace
 * or exception text ever reaches the client.
 */
@RestControllerAdvice(annotations = CustomerApi.class)
final class ChatExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ChatExceptionHandler.class);

    private final ErrorMessages messages;

    ChatExceptionHandler(ErrorMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Map<String, String>>> channel(ChannelException e) {
        return error(e.status(), e.code(), e.retryAfterSeconds(), e.args());
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Map<String, String>>> notFound(ConversationNotFoundException e) {
        return error(HttpStatus.NOT_FOUND, "unknown_conversation", null);
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Map<String, String>>> unknownBot(UnknownBotException e) {
        return error(HttpStatus.BAD_REQUEST, "unknown_bot", null, e.bot());
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Map<String, String>>> botNotReady(BotNotReadyException e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, "bot_not_ready", 5L);
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Map<String, String>>> busy(ConversationBusyException e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, "conversation_busy", 1L);
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Map<String, String>>> identity(InvalidIdentityException e) {
        LOG.info("Rejected a host identity: {}", e.reason());
        return error(HttpStatus.UNAUTHORIZED, "invalid_identity", null);
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Map<String, String>>> unreadable(HttpMessageNotReadableException e) {
        boolean wrongType = e.getCause() instanceof MismatchedInputException;
        return error(HttpStatus.BAD_REQUEST, wrongType ? "invalid_field" : "malformed_json", null);
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Map<String, String>>> invalid(MethodArgumentNotValidException e) {
        String fields = e.getBindingResult().getFieldErrors().stream().map(f -> f.getField()).distinct()
                .collect(Collectors.joining(", "));
        return error(HttpStatus.BAD_REQUEST, "invalid_request", null, fields);
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Map<String, String>>> status(ResponseStatusException e) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        return error(status, status == HttpStatus.NOT_FOUND ? "not_found" : "bad_request", null);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Map<String, Map<String, String>>> badParameter(Exception e) {
        return error(HttpStatus.BAD_REQUEST, "invalid_parameter", null);
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Map<String, String>>> mediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", null);
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Map<String, String>>> method(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", null);
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Map<String, String>>> unexpected(Exception e) {
        LOG.error("Chat API request failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", null);
    }

    // Without Accept-Language the server's own locale would decide; answer in English instead.
    private static Locale requestLocale() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null
                ? LocaleContextHolder.getLocale() : Locale.ENGLISH;
    }

    private ResponseEntity<Map<String, Map<String, String>>> error(HttpStatus status, String code,
            @Nullable Long retryAfterSeconds, Object... args) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (retryAfterSeconds != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        }
        return response.body(messages.body(code, args, requestLocale()));
    }
}
