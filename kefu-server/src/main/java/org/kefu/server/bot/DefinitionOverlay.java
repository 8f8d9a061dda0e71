package org.kefu.server.bot;

import org.kefu.dialogue.definition.BotDefinition;

/**
 * Adjusts a bot's definition as read from its files before the bot is built, e.g. with the knowledge base
 * edited in the admin console. Every overlay bean is applied, in bean order.
 */
@FunctionalInterface
public interface DefinitionOverlay {

    /**
     * The definition the bot should run with.
     *
     * @param definition the definition so far (from the files, or from the previous overlay)
     * @return the adjusted definition
     */
    BotDefinition apply(BotDefinition definition);
}
