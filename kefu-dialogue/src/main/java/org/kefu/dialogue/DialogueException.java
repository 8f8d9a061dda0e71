package org.kefu.dialogue;

/** Root of the unchecked exceptions thrown by kefu-dialogue: invalid bot definitions, unreadable state. */
public class DialogueException extends RuntimeException {
    public DialogueException(String message) {
        super(message);
    }

    public DialogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
