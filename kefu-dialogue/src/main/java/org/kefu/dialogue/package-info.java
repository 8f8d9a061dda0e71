/**
 * Kefu's dialogue engine: given a conversation's {@link org.kefu.dialogue.DialogueState}, a
 * {@link org.kefu.dialogue.Turn} (the customer's message and what was understood of it), it decides the
 * bot's replies, the next state and whether a human should take over. The state is an immutable value the
 * caller stores. This module knows nothing of Spring, SQL or sockets.
 */
@NullMarked
package org.kefu.dialogue;

import org.jspecify.annotations.NullMarked;
