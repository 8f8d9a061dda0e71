package org.kefu.dialogue.definition;

import java.util.List;
import org.kefu.dialogue.DialogueException;

/** A bot definition that cannot be used; {@link #problems()} lists each problem as {@code file:line: problem}. */
public final class BotDefinitionException extends DialogueException {

    private final List<String> problems;

    /**
     * @param bot the bot folder or id
     * @param problems every problem found, as {@code file:line: problem}
     */
    public BotDefinitionException(String bot, List<String> problems) {
        super("bot definition '" + bot + "' has " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, as {@code file:line: problem}. */
    public List<String> problems() {
        return problems;
    }
}
