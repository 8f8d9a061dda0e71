package org.kefu.server.channel;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A request the channel rejects; {@code code} names the problem for clients and selects the message
 * {@code error.<code>} in {@code i18n/errors}, formatted with {@code args}.
 */
final class ChannelException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Object[] args;
    private final @Nullable Long retryAfterSeconds;

    ChannelException(HttpStatus status, String code, Object... args) {
        this(status, code, null, args);
    }

    ChannelException(HttpStatus status, String code, @Nullable Long retryAfterSeconds, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args.clone();
        this.retryAfterSeconds = retryAfterSeconds;
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    Object[] args() {
        return args.clone();
    }

    @Nullable Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
