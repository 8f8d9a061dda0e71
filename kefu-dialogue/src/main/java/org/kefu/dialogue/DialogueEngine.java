package org.kefu.dialogue;

/**
 * Decides the bot's side of a conversation, one turn at a time. Implementations are thread-safe and
 * stateless: everything about the conversation lives in the {@link DialogueState} passed in and returned.
 * They never throw for customer input; failures of other systems become honest replies.
 */
public interface DialogueEngine {

    /**
     * Handles one customer turn.
     *
     * @param turn the customer's message and what was understood of it
     * @param state the conversation's current state ({@link DialogueState#initial()} for a new one)
     * @return replies, next state and handoff decision
     */
    TurnResult handle(Turn turn, DialogueState state);

    /**
     * The greeting a new conversation opens with.
     *
     * @param locale the conversation's locale
     * @return the welcome reply (with quick replies for common questions)
     */
    BotReply welcome(java.util.Locale locale);
}
