package org.kefu.server.demo;

import static java.util.Objects.requireNonNull;

import org.springframework.http.HttpStatus;

/**
 * A request the demo systems refuse, with the HTTP status and the machine-readable error code a connector
 * can map (for example {@code order_not_found}).
 */
final class DemoException extends RuntimeException {
    private final HttpStatus status;
    private final String code;

    DemoException(HttpStatus status, String code, String message) {
        super(message);
        this.status = requireNonNull(status, "status");
        this.code = requireNonNull(code, "code");
    }

    static DemoException notFound(String code, String message) {
        return new DemoException(HttpStatus.NOT_FOUND, code, message);
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }
}
