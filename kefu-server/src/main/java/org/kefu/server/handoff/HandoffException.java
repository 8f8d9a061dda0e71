package org.kefu.server.handoff;

/** A handoff operation that cannot be done in the conversation's current state (answered with 409). */
public class HandoffException extends RuntimeException {
    /** Creates the exception with a message naming the conversation and what was wrong. */
    public HandoffException(String message) {
        super(message);
    }
}
