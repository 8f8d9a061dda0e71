package org.kefu.nlu.faq;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kefu.nlu.Language;
import org.kefu.nlu.embed.BgeEmbedders;
import org.kefu.nlu.embed.SentenceEmbedder;
import org.kefu.nlu.text.TextPipeline;

/**
 * How alike two customer questions are in meaning: the embedding cosine combined with character, bigram
 * and word overlap by a logistic model ({@link SimilarityWeights}), so that {@link #similarity} is a
 * probability that the two mean the same. Groups similar questions with {@link #cluster}, e.g. for the
 * admin's unanswered-questions inbox. Immutable and thread-safe.
 *
 * <p>To suggest answers for a question, search a {@link FaqIndex}: that is nearest-FAQ lookup with a
 * calibrated confidence.
 */
public final class QuestionSimilarity {
    /** Clustering compares every pair; beyond this many questions, cluster in batches. */
    public static final int MAX_CLUSTERED = 5_000;

    private final TextPipeline pipeline;
    private final Function<Language, SentenceEmbedder> embedders;
    private final SimilarityWeights weights;
    private final double threshold;

    private QuestionSimilarity(Builder b) {
        this.pipeline = b.pipeline;
        this.embedders = b.embedders;
        this.weights = b.weights;
        this.threshold = b.threshold;
    }

    /** A builder with the standard pipeline, the shared bge-small embedders, default weights and threshold 0.5. */
    public static Builder builder() {
        return new Builder();
    }

    /** The similarity at or above which two questions are taken to mean the same. */
    public double threshold() {
        return threshold;
    }

    /** Measures the features of a pair without combining them, e.g. to fit {@link SimilarityWeights}. */
    public PairFeatures features(String a, String b) {
        return features(profile(requireNonNull(a, "a")), profile(requireNonNull(b, "b")));
    }

    QuestionProfile profile(String question) {
        return QuestionProfile.of(pipeline.analyze(question));
    }

    PairFeatures features(QuestionProfile pa, QuestionProfile pb) {
        SentenceEmbedder embedder = embedderFor(pa, pb);
        double cosine = dot(embedder.embed(pa.text().normalized()), embedder.embed(pb.text().normalized()));
        return PairFeatures.of(pa, pb, cosine);
    }

    /**
     * The probability that two questions mean the same.
     *
     * @return a value in [0, 1]; symmetric in its arguments
     */
    public double similarity(String a, String b) {
        return weights.probability(features(a, b));
    }

    /** Whether two questions mean the same: {@link #similarity} at or above {@link #threshold()}. */
    public boolean sameMeaning(String a, String b) {
        return similarity(a, b) >= threshold;
    }

    /**
     * Groups questions that mean the same. Questions are taken in list order; each joins the existing group
     * with the highest average similarity to it if that average reaches the threshold, else starts a new
     * group (greedy average-link: deterministic for a given order, O(n²) comparisons).
     *
     * @param questions the questions; duplicates allowed
     * @return every question in exactly one cluster; largest clusters first, ties by first member
     * @throws IllegalArgumentException for more than {@link #MAX_CLUSTERED} questions
     */
    public List<QuestionCluster> cluster(List<String> questions) {
        if (questions.size() > MAX_CLUSTERED) {
            throw new IllegalArgumentException(
                    "can cluster at most " + MAX_CLUSTERED + " questions at once, got " + questions.size());
        }
        int n = questions.size();
        List<QuestionProfile> profiles = new ArrayList<>(n);
        for (String q : questions) {
            profiles.add(QuestionProfile.of(pipeline.analyze(requireNonNull(q, "question"))));
        }
        float[][] similarity = new float[n][n];
        VectorTable vectors = new VectorTable(profiles);
        for (int i = 0; i < n; i++) {
            similarity[i][i] = 1;
            for (int j = 0; j < i; j++) {
                SentenceEmbedder e = embedderFor(profiles.get(i), profiles.get(j));
                double cosine = dot(vectors.get(e, i), vectors.get(e, j));
                float s = (float) weights.probability(PairFeatures.of(profiles.get(i), profiles.get(j), cosine));
                similarity[i][j] = s;
                similarity[j][i] = s;
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int best = -1;
            double bestAverage = -1;
            for (int g = 0; g < groups.size(); g++) {
                double sum = 0;
                for (int m : groups.get(g)) {
                    sum += similarity[i][m];
                }
                double average = sum / groups.get(g).size();
                if (average > bestAverage) {
                    bestAverage = average;
                    best = g;
                }
            }
            if (best >= 0 && bestAverage >= threshold) {
                groups.get(best).add(i);
            } else {
                groups.add(new ArrayList<>(List.of(i)));
            }
        }
        List<QuestionCluster> clusters = new ArrayList<>(groups.size());
        for (List<Integer> members : groups) {
            clusters.add(new QuestionCluster(representative(members, similarity), members));
        }
        clusters.sort(Comparator.comparingInt(QuestionCluster::size).reversed()
                .thenComparingInt(c -> c.members().getFirst()));
        return clusters;
    }

    private static int representative(List<Integer> members, float[][] similarity) {
        int best = members.getFirst();
        double bestSum = -1;
        for (int m : members) {
            double sum = 0;
            for (int o : members) {
                sum += similarity[m][o];
            }
            if (sum > bestSum) {
                bestSum = sum;
                best = m;
            }
        }
        return best;
    }

    // Both questions must be embedded by one model; English only when both are English, because the
    // Chinese model copes with Latin-script words and the English model does not cope with Chinese.
    private SentenceEmbedder embedderFor(QuestionProfile a, QuestionProfile b) {
        Language la = a.text().language();
        Language lb = b.text().language();
        return embedders.apply(la == lb ? la : Language.MIXED);
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length && i < b.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }

    /** Embeds each question at most once per embedder. */
    private static final class VectorTable {
        private final List<QuestionProfile> profiles;
        private final Map<SentenceEmbedder, float[][]> vectors = new IdentityHashMap<>();

        VectorTable(List<QuestionProfile> profiles) {
            this.profiles = profiles;
        }

        float[] get(SentenceEmbedder embedder, int question) {
            float[][] table = vectors.computeIfAbsent(embedder, e -> new float[profiles.size()][]);
            if (table[question] == null) {
                table[question] = embedder.embed(profiles.get(question).text().normalized());
            }
            return table[question];
        }
    }

    /** Builds a {@link QuestionSimilarity}; validates its settings. */
    public static final class Builder {
        private TextPipeline pipeline = TextPipeline.standard();
        private Function<Language, SentenceEmbedder> embedders = BgeEmbedders::forLanguage;
        private SimilarityWeights weights = SimilarityWeights.defaults();
        private double threshold = 0.5;

        private Builder() {}

        /** The shared text pipeline; defaults to {@link TextPipeline#standard()}. */
        public Builder pipeline(TextPipeline pipeline) {
            this.pipeline = requireNonNull(pipeline, "pipeline");
            return this;
        }

        /** Which embedder questions of a language are embedded with; defaults to {@link BgeEmbedders#forLanguage}. */
        public Builder embedders(Function<Language, SentenceEmbedder> embedders) {
            this.embedders = requireNonNull(embedders, "embedders");
            return this;
        }

        /** How features combine; defaults to {@link SimilarityWeights#defaults()}. */
        public Builder weights(SimilarityWeights weights) {
            this.weights = requireNonNull(weights, "weights");
            return this;
        }

        /**
         * The similarity at or above which two questions mean the same; default 0.5.
         *
         * @throws IllegalArgumentException if not in [0, 1]
         */
        public Builder threshold(double threshold) {
            if (!(threshold >= 0 && threshold <= 1)) {
                throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
            }
            this.threshold = threshold;
            return this;
        }

        /** Builds the similarity; loads nothing until first used. */
        public QuestionSimilarity build() {
            return new QuestionSimilarity(this);
        }
    }
}
