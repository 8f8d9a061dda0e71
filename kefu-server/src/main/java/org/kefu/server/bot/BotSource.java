package org.kefu.server.bot;

/** Loads one bot by id: reads its definition, trains its understanding, builds its engine. */
@FunctionalInterface
public interface BotSource {

    /**
     * Loads a bot.
     *
     * @param id the bot id from {@code kefu.bots.ids}
     * @return the ready bot
     * @throws RuntimeException when the bot cannot be loaded; the message says what is wrong
     */
    Bot load(String id);
}
