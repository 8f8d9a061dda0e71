package org.kefu.server.bot;

import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.nlu.NluModel;
import org.kefu.nlu.NluOptions;

/**
 * Supplies the NLU model a bot starts with: by default one freshly trained from its definition; the training
 * package supplies the promoted model version instead, so every node serves the same model.
 */
@FunctionalInterface
public interface ModelProvider {

    /**
     * The model the bot starts with.
     *
     * @param definition the bot's effective definition
     * @param options the options to train or load with
     */
    NluModel liveModel(BotDefinition definition, NluOptions options);

    /** Trains a new model from the definition's training data. */
    static ModelProvider training() {
        return (definition, options) -> NluModel.train(definition.trainingData(), options);
    }
}
