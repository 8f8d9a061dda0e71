/**
 * The bot engine: {@link org.kefu.dialogue.engine.BotEngine} runs each turn through a pipeline of
 * {@code DialogueStep}s (handoff, verification, cancel, confirmation, slot filling, follow-ups, flow start,
 * FAQ, smalltalk, fallback). Each step either answers the turn or passes a possibly updated
 * {@link org.kefu.dialogue.DialogueState} on; none mutates shared state.
 */
@NullMarked
package org.kefu.dialogue.engine;

import org.jspecify.annotations.NullMarked;
