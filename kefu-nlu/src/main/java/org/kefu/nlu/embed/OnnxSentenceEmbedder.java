package org.kefu.nlu.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.util.Map;
import org.kefu.nlu.NluException;

/**
 * A {@link SentenceEmbedder} running a BERT-style ONNX model from the class path in-process, pooled by its
 * {@code [CLS]} vector as bge models are trained to be used.
 *
 * <p>The ONNX session runs with one intra-op thread: on a small shared machine that is faster and more
 * predictable than a thread pool per call, and callers get parallelism by embedding on several threads.
 *
 * <p>The model reads a {@link TokenWindow} of each message: a long one's opening and its end, where customers
 * state their request. Its cost grows with every token, so the window bounds what a message can cost.
 */
final class OnnxSentenceEmbedder implements SentenceEmbedder {

    /** Longer input only costs tokenizing time: the window keeps a few dozen tokens of it. */
    static final int MAX_CHARS = 2_000;

    /** ONNX Runtime's session entry for exact int8 matrix products on every x86 CPU. */
    private static final String EXACT_INT8_PRODUCTS = "session.x64quantprecision";

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final TokenWindow window;
    private final int dimension;

    private OnnxSentenceEmbedder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer,
            TokenWindow window, int dimension) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.window = window;
        this.dimension = dimension;
    }

    /**
     * Loads a model and its tokenizer from class-path resources.
     *
     * @param maxTokens tokens the model reads of a message at most, {@code [CLS]} and {@code [SEP]} included
     * @throws NluException if a resource is missing or the model cannot be loaded
     */
    static OnnxSentenceEmbedder load(String modelResource, String tokenizerResource, int dimension, int maxTokens) {
        ClassLoader loader = OnnxSentenceEmbedder.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(modelResource);
                InputStream tokenizerJson = loader.getResourceAsStream(tokenizerResource)) {
            if (model == null || tokenizerJson == null) {
                throw new NluException("embedding model not on the class path: " + modelResource
                        + " / " + tokenizerResource + "; add the langchain4j-embeddings-bge-small-* artifact");
            }
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of(
                    "padding", "false", "truncation", "false"));
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // The int8 kernels of x86 CPUs without VNNI add pairs of products in saturating 16-bit arithmetic, so
            // the same sentence got a slightly different vector there. Exact products keep a model trained on
            // one server valid on another, and the measured accuracy reproducible on any of them.
            options.addConfigEntry(EXACT_INT8_PRODUCTS, "1");
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new OnnxSentenceEmbedder(environment, session, tokenizer, new TokenWindow(maxTokens), dimension);
        } catch (IOException | OrtException e) {
            throw new NluException("cannot load embedding model " + modelResource, e);
        }
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[] embed(String text) {
        String input = text.length() > MAX_CHARS
                ? text.substring(0, Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS)
                : text;
        if (input.isBlank()) {
            return new float[dimension];
        }
        long[] ids = window.apply(tokenizer.encode(input).getIds());
        long[] attended = TokenWindow.attendToAll(ids.length);
        long[] firstSegment = new long[ids.length];
        try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, new long[][] {ids});
                OnnxTensor mask = OnnxTensor.createTensor(environment, new long[][] {attended});
                OnnxTensor types = OnnxTensor.createTensor(environment, new long[][] {firstSegment});
                OrtSession.Result result = session.run(
                        Map.of("input_ids", inputIds, "attention_mask", mask, "token_type_ids", types))) {
            FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
            int tokens = ids.length;
            if (hidden.remaining() != tokens * dimension) {
                throw new NluException("model output has " + hidden.remaining() + " values, expected "
                        + tokens + " x " + dimension);
            }
            float[] cls = new float[dimension];
            hidden.get(0, cls);
            return normalized(cls);
        } catch (OrtException e) {
            throw new NluException("embedding model failed", e);
        }
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
}
