package org.kefu.server.demo;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns refusals of the demo systems into JSON errors {@code {"error": code, "message": …}}. */
@RestControllerAdvice(basePackageClasses = DemoErrorHandler.class)
final class DemoErrorHandler {

    @ExceptionHandler(DemoException.class)
    ResponseEntity<Map<String, String>> refused(DemoException e) {
        return ResponseEntity.status(e.status()).body(Map.of("error", e.code(), "message", e.getMessage()));
    }

    @ExceptionHandler({MethodArgumentNotValidException.class, IllegalArgumentException.class,
            HttpMessageNotReadableException.class})
    ResponseEntity<Map<String, String>> invalid(Exception e) {
        // Unreadable bodies carry parser details that help nobody: say what is wrong in plain terms.
        String message = e instanceof HttpMessageNotReadableException ? "request body is missing or not valid JSON"
                : e.getMessage();
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(Map.of("error", "invalid_request", "message", String.valueOf(message)));
    }
}
