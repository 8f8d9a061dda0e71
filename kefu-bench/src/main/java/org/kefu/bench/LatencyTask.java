package org.kefu.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;
import org.kefu.nlu.NluModel;
import org.kefu.nlu.NluOptions;
import org.kefu.nlu.TrainingData;
import org.kefu.nlu.TrainingData.LabeledText;
import org.kefu.nlu.embed.BgeEmbedders;
import org.kefu.nlu.embed.SentenceEmbedder;

/**
 * Cost figures of a full {@code understand()} (pipeline, entities, intents, FAQ, out-of-scope): training time
 * on Banking77's 10,003 examples, model size and load time, per-message latency (single thread, warm, every
 * test message once, embedding caches off so every call runs the ONNX model) and throughput on two threads.
 */
final class LatencyTask implements BenchmarkTask {

    private static final int WARMUP_CALLS = 3_000;

    @Override
    public String name() {
        return "latency";
    }

    @Override
    public String group() {
        return "latency";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        NluOptions uncached = NluOptions.defaults().withEmbeddings(BgeEmbedders.uncachedCatalog());
        List<LabeledText> banking = IntentDatasets.banking77(context.dataDir(), "test");
        measure(context, "banking77", IntentDatasets.banking77(context.dataDir(), "train"), banking, uncached);
        measureEmbedding(context, "banking77", banking, BgeEmbedders.EN_MODEL);
        List<LabeledText> cic = IntentDatasets.cic(context.dataDir(), "test_public");
        measure(context, "dataclue_cic", IntentDatasets.cic(context.dataDir(), "train"), cic, uncached);
        measureEmbedding(context, "dataclue_cic", cic, BgeEmbedders.ZH_MODEL);
    }

    /**
     * The floor under {@code understand()}: the sentence embedding alone of every test message, one thread and
     * two, as the model runs inside {@code understand()} (normalised text aside).
     */
    private static void measureEmbedding(BenchContext context, String dataset, List<LabeledText> test, String model)
            throws Exception {
        SentenceEmbedder embedder = BgeEmbedders.uncachedCatalog().embedder(model);
        List<String> texts = test.stream().map(LabeledText::text).toList();
        for (int i = 0; i < WARMUP_CALLS / 3; i++) {
            embedder.embed(texts.get(i % texts.size()));
        }
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
        for (String text : texts) {
            long t = System.nanoTime();
            embedder.embed(text);
            histogram.recordValue(System.nanoTime() - t);
        }
        String prefix = dataset + "_embedding_";
        context.report().result("latency", prefix + "p50_ms", histogram.getValueAtPercentile(50) / 1e6,
                model + " alone, single thread");
        context.report().result("latency", prefix + "p99_ms", histogram.getValueAtPercentile(99) / 1e6, "");
        context.report().result("latency", prefix + "throughput_2_threads_per_s",
                throughput(texts, embedder::embed), "the ceiling for understand() on two threads");
    }

    private void measure(BenchContext context, String dataset, List<LabeledText> train, List<LabeledText> test,
            NluOptions options) throws Exception {
        String prefix = dataset + "_";
        long start = System.nanoTime();
        NluModel trained = NluModel.train(new TrainingData(train, List.of(), List.of(), List.of()), options);
        double trainingSeconds = (System.nanoTime() - start) / 1e9;
        context.report().result(name(), prefix + "training_s", trainingSeconds,
                train.size() + " examples, target <= 60 s for 10k");

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        trained.save(file);
        context.report().result(name(), prefix + "model_bytes", file.size(), "model file size");
        start = System.nanoTime();
        NluModel model = NluModel.load(new ByteArrayInputStream(file.toByteArray()), options);
        double loadMillis = (System.nanoTime() - start) / 1e6;
        context.report().result(name(), prefix + "model_load_ms", loadMillis, "target <= 3000 ms");

        for (int i = 0; i < WARMUP_CALLS; i++) {
            model.understand(train.get(i % train.size()).text());
        }
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
        for (LabeledText example : test) {
            long t = System.nanoTime();
            model.understand(example.text());
            histogram.recordValue(System.nanoTime() - t);
        }
        context.report().result(name(), prefix + "understand_p50_ms", histogram.getValueAtPercentile(50) / 1e6,
                "single thread, warm");
        context.report().result(name(), prefix + "understand_p99_ms", histogram.getValueAtPercentile(99) / 1e6,
                "target <= 5 ms");
        context.report().result(name(), prefix + "throughput_2_threads_per_s",
                throughput(test.stream().map(LabeledText::text).toList(), model::understand), "target >= 1000/s");
    }

    private static double throughput(List<String> texts, Consumer<String> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long start = System.nanoTime();
            Future<?> a = pool.submit(() -> everyOther(texts, 0, work));
            Future<?> b = pool.submit(() -> everyOther(texts, 1, work));
            a.get();
            b.get();
            return texts.size() / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void everyOther(List<String> texts, int parity, Consumer<String> work) {
        for (int i = parity; i < texts.size(); i += 2) {
            work.accept(texts.get(i));
        }
    }
}
