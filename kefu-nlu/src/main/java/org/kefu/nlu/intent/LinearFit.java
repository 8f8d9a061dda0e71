package org.kefu.nlu.intent;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.kefu.nlu.NluException;

/**
 * Fits the weights of a {@link SoftmaxRegression} with liblinear: one regularised binary model per intent
 * (one-vs-rest, trained in parallel) or one Crammer–Singer multi-class SVM. The decision values become the
 * logits of a softmax; {@link Calibration} later scales them so that the probabilities are calibrated.
 *
 * <p>liblinear's coordinate-descent and Newton solvers converge to the optimum of a convex objective, unlike
 * a fixed number of stochastic-gradient epochs; each binary problem gets its own seeded {@link Random}, so
 * the result does not depend on thread scheduling.
 */
final class LinearFit {

    /** Logit of an intent that has no example in the training data (possible inside a cross-validation fold). */
    static final float ABSENT_CLASS_BIAS = -30f;
    private static final double STOPPING_TOLERANCE = 0.01;

    /**
     * @param solver the liblinear solver
     * @param c the inverse regularisation strength (larger fits the training data more closely)
     * @param seed seed of the solvers' random example order
     * @param threads how many binary problems are solved at once
     * @param classWeightPower an intent with {@code n} examples, when the average is {@code a}, weighs its own
     *     examples {@code max(1, a / n)} to this power: 0 weighs every example alike, larger values help rare
     *     intents (macro-F1) on imbalanced data
     */
    record Settings(SolverType solver, double c, long seed, int threads, double classWeightPower) {
        Settings {
            if (!(classWeightPower >= 0)) {
                throw new IllegalArgumentException("classWeightPower must not be negative: " + classWeightPower);
            }
            if (!(c > 0)) {
                throw new IllegalArgumentException("C must be positive: " + c);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be positive: " + threads);
            }
        }
    }

    private LinearFit() {}

    static {
        Linear.disableDebugOutput();
    }

    static SoftmaxRegression train(List<SparseVector> x, int[] y, int classes, int features, Settings settings) {
        if (x.size() != y.length) {
            throw new IllegalArgumentException("examples and labels differ in number: " + x.size() + " != " + y.length);
        }
        Feature[][] rows = new Feature[x.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row(x.get(i), features);
        }
        float[] weights = new float[Math.multiplyExact(features, classes)];
        float[] bias = new float[classes];
        boolean[] present = new boolean[classes];
        for (int label : y) {
            present[label] = true;
        }
        int presentCount = 0;
        for (boolean p : present) {
            presentCount += p ? 1 : 0;
        }
        double[] classWeight = classWeights(y, classes, presentCount, settings.classWeightPower());
        if (settings.solver() == SolverType.MCSVM_CS && presentCount > 2) {
            fitJointly(rows, y, classes, features, settings, classWeight, weights, bias);
        } else if (presentCount > 1) {
            fitOneVersusRest(rows, y, classes, features, settings, present, classWeight, weights, bias);
        }
        for (int k = 0; k < classes; k++) {
            if (!present[k]) {
                bias[k] = ABSENT_CLASS_BIAS;
            }
        }
        return SoftmaxRegression.of(classes, features, weights, bias);
    }

    private static double[] classWeights(int[] y, int classes, int presentCount, double power) {
        int[] counts = new int[classes];
        for (int label : y) {
            counts[label]++;
        }
        double average = (double) y.length / Math.max(1, presentCount);
        double[] weight = new double[classes];
        for (int k = 0; k < classes; k++) {
            weight[k] = counts[k] == 0 || power == 0 ? 1 : Math.pow(Math.max(1, average / counts[k]), power);
        }
        return weight;
    }

    /** A liblinear row: 1-based indices, then the constant bias feature at index {@code features + 1}. */
    private static Feature[] row(SparseVector v, int features) {
        int[] idx = v.indices();
        float[] val = v.values();
        Feature[] row = new Feature[idx.length + 1];
        for (int n = 0; n < idx.length; n++) {
            row[n] = new FeatureNode(idx[n] + 1, val[n]);
        }
        row[idx.length] = new FeatureNode(features + 1, 1.0);
        return row;
    }

    private static Problem problem(Feature[][] rows, double[] y, int features) {
        Problem problem = new Problem();
        problem.l = rows.length;
        problem.n = features + 1;
        problem.x = rows;
        problem.y = y;
        problem.bias = 1;
        return problem;
    }

    private static Parameter parameter(Settings settings, long seed) {
        Parameter parameter = new Parameter(settings.solver(), settings.c(), STOPPING_TOLERANCE);
        parameter.setRandom(new Random(seed));
        return parameter;
    }

    private static void fitJointly(Feature[][] rows, int[] y, int classes, int features, Settings settings,
            double[] classWeight, float[] weights, float[] bias) {
        double[] labels = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            labels[i] = y[i];
        }
        Parameter parameter = parameter(settings, settings.seed());
        parameter.setWeights(classWeight.clone(), IntStream.range(0, classes).toArray());
        Model model = Linear.train(problem(rows, labels, features), parameter);
        int[] modelLabels = model.getLabels();
        int nr = model.getNrClass();
        double[] w = model.getFeatureWeights();
        for (int c = 0; c < nr; c++) {
            int k = modelLabels[c];
            for (int j = 0; j < features; j++) {
                weights[j * classes + k] = (float) w[j * nr + c];
            }
            bias[k] = (float) w[features * nr + c];
        }
    }

    private static void fitOneVersusRest(Feature[][] rows, int[] y, int classes, int features, Settings settings,
            boolean[] present, double[] classWeight, float[] weights, float[] bias) {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            List<Future<double[]>> futures = new ArrayList<>(classes);
            for (int k = 0; k < classes; k++) {
                int positive = k;
                futures.add(present[k]
                        ? pool.submit(() -> binary(rows, y, positive, classWeight[positive], features, settings))
                        : null);
            }
            for (int k = 0; k < classes; k++) {
                if (futures.get(k) == null) {
                    continue;
                }
                double[] w = futures.get(k).get();
                for (int j = 0; j < features; j++) {
                    weights[j * classes + k] = (float) w[j];
                }
                bias[k] = (float) w[features];
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NluException("intent training interrupted", e);
        } catch (ExecutionException e) {
            throw new NluException("intent training failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The weights (bias last) of "intent {@code positive}" against all others; positive values favour it. */
    private static double[] binary(Feature[][] rows, int[] y, int positive, double positiveWeight, int features,
            Settings settings) {
        double[] labels = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            labels[i] = y[i] == positive ? 1 : -1;
        }
        Parameter parameter = parameter(settings, settings.seed() * 1_000_003L + positive);
        parameter.setWeights(new double[] {positiveWeight}, new int[] {1});
        Model model = Linear.train(problem(rows, labels, features), parameter);
        double[] w = model.getFeatureWeights();
        // liblinear's decision value favours its first label, which is whichever label it saw first.
        if (model.getLabels()[0] != 1) {
            for (int j = 0; j < w.length; j++) {
                w[j] = -w[j];
            }
        }
        return w;
    }
}
