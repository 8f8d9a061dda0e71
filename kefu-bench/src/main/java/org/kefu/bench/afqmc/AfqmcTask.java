package org.kefu.bench.afqmc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.kefu.bench.BenchContext;
import org.kefu.bench.BenchmarkTask;
import org.kefu.nlu.Language;
import org.kefu.nlu.embed.BgeEmbedders;
import org.kefu.nlu.faq.LearnedSimilarity;
import org.kefu.nlu.faq.PairFeatures;
import org.kefu.nlu.faq.QuestionSimilarity;
import org.kefu.nlu.faq.SimilarityWeights;

/**
 * AFQMC accuracy of {@link LearnedSimilarity}: {@link QuestionSimilarity}'s features plus a learned lexicon of
 * meaning-flipping terms, fitted on train (10,000 pairs); the threshold maximises accuracy on dev, and
 * test_public is read once, at the end, for the figure. Dev figures of the plain fitted
 * {@link SimilarityWeights} and of the cosine alone are printed for comparison. With
 * {@code -Dkefu.afqmc.dev-only=true} the task stops before reading test_public, for tuning runs.
 */
public final class AfqmcTask implements BenchmarkTask {

    /** Two threads: the machine is small and shared; the embedders are thread-safe. */
    private static final int THREADS = 2;

    /** For the service loader. */
    public AfqmcTask() {}

    @Override
    public String name() {
        return "afqmc";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        QuestionSimilarity measuring = QuestionSimilarity.builder()
                .embedders(language -> context.embeddings().embedder(
                        language == Language.EN ? BgeEmbedders.EN_MODEL : BgeEmbedders.ZH_MODEL))
                .build();

        List<AfqmcPair> train = AfqmcPair.read(context.dataDir(), "train");
        List<PairFeatures> trainFeatures = features(measuring, train);
        SimilarityWeights weights = SimilarityWeights.fit(trainFeatures, labels(train));
        context.report().info("afqmc weights fitted on train: " + weights);

        List<AfqmcPair> dev = AfqmcPair.read(context.dataDir(), "dev");
        List<PairFeatures> devFeatures = features(measuring, dev);
        double[] devScores = scores(devFeatures, weights);
        boolean[] devSame = same(dev);
        double threshold = Thresholds.best(devScores, devSame);
        double[] devCosines = devFeatures.stream().mapToDouble(PairFeatures::cosine).toArray();
        double cosineThreshold = Thresholds.best(devCosines, devSame);
        context.report().info(String.format(Locale.ROOT,
                "afqmc dev (tuning only): threshold %.4f accuracy %.2f; cosine alone: threshold %.4f accuracy %.2f;"
                        + " always different %.2f",
                threshold, 100 * Thresholds.accuracy(devScores, devSame, threshold), cosineThreshold,
                100 * Thresholds.accuracy(devCosines, devSame, cosineThreshold),
                100 * Thresholds.accuracy(devScores, devSame, Double.POSITIVE_INFINITY)));

        // The product's learned pair model: the same features plus a lexicon of meaning-flipping terms.
        LearnedSimilarity learned = LearnedSimilarity.fit(measuring, train.stream().map(AfqmcPair::first).toList(),
                train.stream().map(AfqmcPair::second).toList(), labels(train));
        context.report().info("afqmc learned similarity fitted on train: " + learned);
        double[] learnedDev = inPool(() -> dev.parallelStream()
                .mapToDouble(p -> learned.similarity(p.first(), p.second())).toArray());
        double learnedThreshold = Thresholds.best(learnedDev, devSame);
        context.report().info(String.format(Locale.ROOT,
                "afqmc dev (tuning only): learned similarity threshold %.4f accuracy %.2f", learnedThreshold,
                100 * Thresholds.accuracy(learnedDev, devSame, learnedThreshold)));

        if (Boolean.getBoolean("kefu.afqmc.dev-only")) {
            return; // tuning runs never look at test_public
        }
        List<AfqmcPair> test = AfqmcPair.read(context.dataDir(), "test_public");
        double[] testScores = inPool(() -> test.parallelStream()
                .mapToDouble(p -> learned.similarity(p.first(), p.second())).toArray());
        context.report().result(name(), "accuracy", 100 * Thresholds.accuracy(testScores, same(test), learnedThreshold),
                "test_public; LearnedSimilarity on train, threshold on dev; target >= 72, always-different 64.5");
    }

    private static List<PairFeatures> features(QuestionSimilarity similarity, List<AfqmcPair> pairs) throws Exception {
        return inPool(() -> pairs.parallelStream().map(p -> similarity.features(p.first(), p.second())).toList());
    }

    private static <T> T inPool(Callable<T> work) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(THREADS);
        try {
            return pool.submit(work).get();
        } finally {
            pool.shutdown();
        }
    }

    private static double[] scores(List<PairFeatures> features, SimilarityWeights weights) {
        return features.stream().mapToDouble(weights::probability).toArray();
    }

    private static List<Boolean> labels(List<AfqmcPair> pairs) {
        List<Boolean> labels = new ArrayList<>(pairs.size());
        pairs.forEach(p -> labels.add(p.same()));
        return labels;
    }

    private static boolean[] same(List<AfqmcPair> pairs) {
        boolean[] same = new boolean[pairs.size()];
        for (int i = 0; i < same.length; i++) {
            same[i] = pairs.get(i).same();
        }
        return same;
    }
}
