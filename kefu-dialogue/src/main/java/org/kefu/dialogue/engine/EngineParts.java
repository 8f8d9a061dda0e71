package org.kefu.dialogue.engine;

import org.kefu.dialogue.connector.ActionRunner;
import org.kefu.dialogue.definition.BotDefinition;

/**
 * The stateless collaborators every step may use, built once per bot.
 *
 * @param bot the bot definition
 * @param responses renders responses
 * @param extractor finds slot values
 * @param actions runs connectors and custom actions
 */
record EngineParts(BotDefinition bot, Responses responses, SlotExtractor extractor, ActionRunner actions) {
}
