package org.kefu.server.security;

/** A host-site identity was missing fields, wrongly signed or too old. */
public final class InvalidIdentityException extends RuntimeException {

    private final String reason;

    InvalidIdentityException(String reason) {
        super("invalid host identity: " + reason);
        this.reason = reason;
    }

    /** What is wrong, in English, for logs: {@code signature}, {@code expired}, {@code incomplete}. */
    public String reason() {
        return reason;
    }
}
