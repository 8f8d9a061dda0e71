/**
 * Test conversations: scripted customer turns with expectations on the bot's replies (format in
 * {@code docs/test-conversations.md}), parsed by {@link org.kefu.dialogue.testing.ConversationScriptParser},
 * run by {@link org.kefu.dialogue.testing.ConversationTestRunner} against any
 * {@link org.kefu.dialogue.testing.ConversationDriver}: in process ({@link org.kefu.dialogue.testing.InProcessDriver})
 * or, from kefu-server's tests, over REST. {@link org.kefu.dialogue.testing.ConversationTestCommand} runs a
 * folder of scripts from the command line.
 */
@NullMarked
package org.kefu.dialogue.testing;

import org.jspecify.annotations.NullMarked;
