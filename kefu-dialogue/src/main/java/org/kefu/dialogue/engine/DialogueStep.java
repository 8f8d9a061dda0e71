package org.kefu.dialogue.engine;

import org.kefu.dialogue.DialogueState;

/** One stage of the engine's pipeline. Steps are stateless and thread-safe; they return values, never mutate. */
interface DialogueStep {

    /**
     * @param turn the turn and everything the steps share
     * @param state the state as left by earlier steps
     * @return {@link StepResult.Done} to answer, {@link StepResult.Continue} to pass on
     */
    StepResult handle(TurnContext turn, DialogueState state);
}
