package org.kefu.server.training;

import static java.util.Objects.requireNonNull;

/**
 * A question and the answer the bot should give it.
 *
 * @param text the question
 * @param label {@code intent:<name>} or {@code faq:<id>}
 * @param real whether it is a real customer question annotated by an admin
 */
record LabeledQuestion(String text, String label, boolean real) {
    LabeledQuestion {
        requireNonNull(text, "text");
        requireNonNull(label, "label");
    }
}
