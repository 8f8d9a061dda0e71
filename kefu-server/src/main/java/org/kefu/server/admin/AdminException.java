package org.kefu.server.admin;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request to the admin console that cannot be carried out. The code names a message
 * {@code admin.error.<code>} in the {@code i18n/admin} bundle, formatted with the arguments.
 */
public class AdminException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<Object> args;

    /**
     * @param status the HTTP status to answer with
     * @param code the error code, e.g. {@code unknown_faq}
     * @param args the message arguments
     */
    public AdminException(HttpStatus status, String code, Object... args) {
        super(code + " " + List.of(args));
        this.status = requireNonNull(status, "status");
        this.code = requireNonNull(code, "code");
        this.args = List.of(args);
    }

    /** A 404 for something that does not exist. */
    public static AdminException notFound(String code, Object... args) {
        return new AdminException(HttpStatus.NOT_FOUND, code, args);
    }

    /** A 400 for a request that is wrong as sent. */
    public static AdminException badRequest(String code, Object... args) {
        return new AdminException(HttpStatus.BAD_REQUEST, code, args);
    }

    /** A 409 for a request that conflicts with the current state. */
    public static AdminException conflict(String code, Object... args) {
        return new AdminException(HttpStatus.CONFLICT, code, args);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
