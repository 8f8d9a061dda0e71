package org.kefu.nlu.embed;

import org.kefu.nlu.Language;
import org.kefu.nlu.NluException;

/**
 * The shared bge-small sentence embedders (BAAI bge-small-zh-v1.5 and bge-small-en-v1.5, int8-quantized
 * ONNX, shipped in the langchain4j-embeddings-bge-small-*-v15-q artifacts). Each model is loaded once, on
 * first use, and shared by every caller; the instances are thread-safe and keep a small cache of recent
 * sentences.
 */
public final class BgeEmbedders {

    /** Dimension of bge-small-zh-v1.5 vectors. */
    public static final int ZH_DIMENSION = 512;
    /** Dimension of bge-small-en-v1.5 vectors. */
    public static final int EN_DIMENSION = 384;

    /** Name of the Chinese model, as recorded in model files. */
    public static final String ZH_MODEL = "bge-small-zh-v1.5-q";
    /** Name of the English model, as recorded in model files. */
    public static final String EN_MODEL = "bge-small-en-v1.5-q";

    /**
     * Tokens the English model reads of a message at most (a {@link TokenWindow}). Its twelve layers cost about
     * 0.1 ms per token on a 2026 two-core server, so this bounds a message at about 3.8 ms, under the 5 ms a
     * whole {@code understand()} may take; 93% of Banking77's training messages are shorter anyway. Reading 32
     * tokens instead of 256 left accuracy unchanged (Banking77's train set cut 90/10 four ways: 94.03 against
     * 94.06 on average; the demo bots' held-out questions unchanged).
     */
    static final int EN_MAX_TOKENS = 32;
    /**
     * Tokens the Chinese model reads at most: about one per character, which 99.9% of DataCLUE CIC's training
     * messages fit in (even 32 tokens left its dev accuracy unchanged). Its four layers cost half as much per
     * token as the English model's twelve, so twice the window costs the same.
     */
    static final int ZH_MAX_TOKENS = 64;

    private static final int CACHE_CAPACITY = 4_096;

    private BgeEmbedders() {}

    /** A catalog of the two shared models, by {@link #ZH_MODEL} and {@link #EN_MODEL}; loads nothing yet. */
    public static EmbedderCatalog catalog() {
        return BgeEmbedders::named;
    }

    /**
     * A catalog of the same shared models without their cache of recent sentences, for measuring what an
     * embedding really costs. Serving code should use {@link #catalog()}.
     */
    public static EmbedderCatalog uncachedCatalog() {
        return name -> switch (name) {
            case ZH_MODEL -> ZhHolder.MODEL;
            case EN_MODEL -> EnHolder.MODEL;
            default -> throw new NluException("unknown embedding model: " + name);
        };
    }

    /**
     * The shared model of the given name.
     *
     * @throws NluException for a name other than {@link #ZH_MODEL} and {@link #EN_MODEL}
     */
    public static SentenceEmbedder named(String modelName) {
        return switch (modelName) {
            case ZH_MODEL -> chinese();
            case EN_MODEL -> english();
            default -> throw new NluException("unknown embedding model: " + modelName);
        };
    }

    /** The Chinese model; it also copes with English words inside Chinese text. */
    public static SentenceEmbedder chinese() {
        return ZhHolder.INSTANCE;
    }

    /** The English model. */
    public static SentenceEmbedder english() {
        return EnHolder.INSTANCE;
    }

    /**
     * The model for a language: English for {@link Language#EN}, Chinese for everything else (mixed text is
     * usually Chinese with product names in Latin script).
     */
    public static SentenceEmbedder forLanguage(Language language) {
        return language == Language.EN ? english() : chinese();
    }

    // Holder classes: the JVM loads each model lazily and exactly once, without locking on later calls.
    private static final class ZhHolder {
        static final SentenceEmbedder MODEL =
                OnnxSentenceEmbedder.load(ZH_MODEL + ".onnx", ZH_MODEL + "-tokenizer.json", ZH_DIMENSION,
                        ZH_MAX_TOKENS);
        static final SentenceEmbedder INSTANCE = new CachingEmbedder(MODEL, CACHE_CAPACITY);
    }

    private static final class EnHolder {
        static final SentenceEmbedder MODEL =
                OnnxSentenceEmbedder.load(EN_MODEL + ".onnx", EN_MODEL + "-tokenizer.json", EN_DIMENSION,
                        EN_MAX_TOKENS);
        static final SentenceEmbedder INSTANCE = new CachingEmbedder(MODEL, CACHE_CAPACITY);
    }
}
