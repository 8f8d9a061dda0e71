package org.kefu.nlu.embed;

/**
 * Finds a sentence embedder by model name. A trained model file records the name of the embedding model
 * it was trained with, and loading it asks the catalog for the same model.
 */
@FunctionalInterface
public interface EmbedderCatalog {

    /**
     * The embedder for a model name.
     *
     * @param modelName a name such as {@link BgeEmbedders#ZH_MODEL}
     * @return the embedder
     * @throws org.kefu.nlu.NluException if no embedder has that name
     */
    SentenceEmbedder embedder(String modelName);
}
