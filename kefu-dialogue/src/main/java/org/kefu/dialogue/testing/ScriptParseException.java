package org.kefu.dialogue.testing;

import java.util.List;
import org.kefu.dialogue.DialogueException;

/** A test conversation file that cannot be read; {@link #problems()} lists each as {@code file:line: problem}. */
public final class ScriptParseException extends DialogueException {

    private final List<String> problems;

    public ScriptParseException(List<String> problems) {
        super("invalid test conversation:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, as {@code file:line: problem}. */
    public List<String> problems() {
        return problems;
    }
}
