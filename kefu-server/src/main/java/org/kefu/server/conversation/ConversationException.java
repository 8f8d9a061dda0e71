package org.kefu.server.conversation;

/** Root of the conversation core's unchecked exceptions; the channel turns each into a clear error. */
public class ConversationException extends RuntimeException {
    public ConversationException(String message) {
        super(message);
    }
}
