package org.kefu.nlu;

/** Root of the unchecked exceptions thrown by kefu-nlu: bad training data, unreadable model files. */
public class NluException extends RuntimeException {
    public NluException(String message) {
        super(message);
    }

    public NluException(String message, Throwable cause) {
        super(message, cause);
    }
}
