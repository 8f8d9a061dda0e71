/**
 * Bot definitions: the YAML folder format described in {@code docs/bot-format.md}, read by
 * {@link org.kefu.dialogue.definition.BotDefinitionLoader} into an immutable
 * {@link org.kefu.dialogue.definition.BotDefinition}. Loading validates everything and reports all
 * problems with file and line.
 */
@NullMarked
package org.kefu.dialogue.definition;

import org.jspecify.annotations.NullMarked;
