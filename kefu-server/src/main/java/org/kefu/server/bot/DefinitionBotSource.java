package org.kefu.server.bot;

import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.nlu.SwappableUnderstander;

/**
 * Loads a bot from its definition folder with the {@link DefinitionOverlay}s applied, takes its NLU model from
 * the {@link ModelProvider} (by default: trains one) and builds its engine.
 */
final class DefinitionBotSource implements BotSource {

    private final BotAssembly assembly;
    private final ModelProvider models;

    DefinitionBotSource(BotAssembly assembly, ModelProvider models) {
        this.assembly = assembly;
        this.models = models;
    }

    @Override
    public Bot load(String id) {
        BotDefinition definition = assembly.definition(id);
        return assembly.bot(definition,
                new SwappableUnderstander(models.liveModel(definition, assembly.nluOptions())));
    }
}
