package org.kefu.nlu.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import org.kefu.nlu.NluException;

/**
 * A {@link SentenceEmbedder} running a BERT-style ONNX model from the class path in-process. The ONNX
 * session is created here (not by the langchain4j model class) so that it runs with one intra-op thread:
 * on a small shared machine that is faster and more predictable than a thread pool per call, and callers
 * get parallelism by embedding on several threads.
 */
final class OnnxSentenceEmbedder implements SentenceEmbedder {

    /** Longer input only costs time: the model sees at most 512 tokens per window anyway. */
    static final int MAX_CHARS = 1_000;

    private final Encoder encoder;
    private final int dimension;

    private OnnxSentenceEmbedder(Encoder encoder, int dimension) {
        this.encoder = encoder;
        this.dimension = dimension;
    }

    /**
     * Loads a model and its tokenizer from class-path resources.
     *
     * @throws NluException if a resource is missing or the model cannot be loaded
     */
    static OnnxSentenceEmbedder load(String modelResource, String tokenizerResource, int dimension) {
        ClassLoader loader = OnnxSentenceEmbedder.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(modelResource);
                InputStream tokenizer = loader.getResourceAsStream(tokenizerResource)) {
            if (model == null || tokenizer == null) {
                throw new NluException("embedding model not on the class path: " + modelResource
                        + " / " + tokenizerResource + "; add the langchain4j-embeddings-bge-small-* artifact");
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            OnnxBertBiEncoder bert = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
            return new OnnxSentenceEmbedder(new Encoder(bert), dimension);
        } catch (IOException | OrtException e) {
            throw new NluException("cannot load embedding model " + modelResource, e);
        }
    }

    @Override
    public float[] embed(String text) {
        String input = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (input.isBlank()) {
            return new float[dimension];
        }
        // One segment per call: embedAll then runs in the calling thread, without padding.
        Embedding embedding = encoder.embed(TextSegment.from(input)).content();
        float[] vector = embedding.vector();
        if (vector.length != dimension) {
            throw new NluException("embedding has dimension " + vector.length + ", expected " + dimension);
        }
        return normalized(vector);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    static float[] normalized(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += (double) v * v;
        }
        if (sum == 0) {
            return vector;
        }
        float scale = (float) (1 / Math.sqrt(sum));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    }

    /** Adapts langchain4j's encoder; its executor is never used because we embed single segments. */
    private static final class Encoder extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder bert;

        Encoder(OnnxBertBiEncoder bert) {
            super(Runnable::run);
            this.bert = bert;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return bert;
        }
    }
}
