/**
 * The bots this server talks with. At startup {@link org.kefu.server.bot.BotRegistry} asks a
 * {@link org.kefu.server.bot.BotSource} for each id in {@code kefu.bots.ids}: the default source loads the
 * bot folder, trains its NLU model and builds its dialogue engine. A {@link org.kefu.server.bot.Bot} pairs
 * an {@link org.kefu.nlu.Understander} with a {@link org.kefu.dialogue.DialogueEngine}; the conversation
 * package runs one turn with them per customer message. {@code /actuator/health} reports the component
 * {@code bots} as OUT_OF_SERVICE until every configured bot is loaded.
 */
@NullMarked
package org.kefu.server.bot;

import org.jspecify.annotations.NullMarked;
