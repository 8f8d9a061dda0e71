package org.kefu.dialogue.testing;

import static java.util.Objects.requireNonNull;

/**
 * How a test conversation went.
 *
 * @param script the conversation
 * @param passed true when every expectation held
 * @param failedLine the line of the first failed expectation or turn, 0 when passed
 * @param message what went wrong, empty when passed
 */
public record ConversationResult(ConversationScript script, boolean passed, int failedLine, String message) {
    public ConversationResult {
        requireNonNull(script, "script");
        requireNonNull(message, "message");
    }

    /** One line for a report: {@code PASS file › title} or {@code FAIL file:line › title: message}. */
    public String describe() {
        return passed
                ? "PASS " + script.file() + " › " + script.title()
                : "FAIL " + script.file() + ":" + failedLine + " › " + script.title() + ": " + message;
    }
}
