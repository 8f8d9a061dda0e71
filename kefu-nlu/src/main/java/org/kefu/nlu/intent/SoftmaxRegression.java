package org.kefu.nlu.intent;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression (softmax) over sparse vectors. Training is stochastic gradient descent with
 * AdaGrad step sizes per feature row and L2 regularisation applied where the gradient touches, in an order
 * shuffled by a seeded {@link Random}, so a given seed always gives the same weights. Immutable after
 * training; {@link #probabilities} is thread-safe.
 */
final class SoftmaxRegression {

    private final int classes;
    private final int features;
    /** Row-major: the weights of feature {@code j} for all classes are {@code [j * classes, (j + 1) * classes)}. */
    private final float[] weights;
    private final float[] bias;

    private SoftmaxRegression(int classes, int features, float[] weights, float[] bias) {
        this.classes = classes;
        this.features = features;
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * Training settings.
     *
     * @param epochs passes over the data
     * @param learningRate AdaGrad base step size
     * @param l2 L2 regularisation strength
     * @param seed seed of the example order
     */
    record Settings(int epochs, double learningRate, double l2, long seed) {
        Settings {
            if (epochs < 1) {
                throw new IllegalArgumentException("epochs must be positive: " + epochs);
            }
            if (!(learningRate > 0)) {
                throw new IllegalArgumentException("learningRate must be positive: " + learningRate);
            }
            if (!(l2 >= 0)) {
                throw new IllegalArgumentException("l2 must not be negative: " + l2);
            }
        }
    }

    static SoftmaxRegression train(List<SparseVector> x, int[] y, int classes, int features, Settings settings) {
        if (x.size() != y.length) {
            throw new IllegalArgumentException("examples and labels differ in number: " + x.size() + " != " + y.length);
        }
        if (classes < 1) {
            throw new IllegalArgumentException("classes must be positive: " + classes);
        }
        float[] w = new float[Math.multiplyExact(features, classes)];
        float[] b = new float[classes];
        float[] rowSquares = new float[features];
        double biasSquares = 0;
        float eps = 1e-6f;
        float l2 = (float) settings.l2();
        float rate = (float) settings.learningRate();
        int[] order = new int[x.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        double[] p = new double[classes];
        float[] g = new float[classes];
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            for (int i : order) {
                SparseVector v = x.get(i);
                logits(w, b, classes, v, p);
                softmaxInPlace(p);
                for (int k = 0; k < classes; k++) {
                    g[k] = (float) p[k];
                }
                g[y[i]] -= 1;
                int[] idx = v.indices();
                float[] val = v.values();
                for (int n = 0; n < idx.length; n++) {
                    int row = idx[n] * classes;
                    float xv = val[n];
                    double squares = 0;
                    for (int k = 0; k < classes; k++) {
                        float grad = xv * g[k] + l2 * w[row + k];
                        squares += grad * grad;
                    }
                    rowSquares[idx[n]] += (float) (squares / classes);
                    float step = rate / (float) Math.sqrt(rowSquares[idx[n]] + eps);
                    for (int k = 0; k < classes; k++) {
                        w[row + k] -= step * (xv * g[k] + l2 * w[row + k]);
                    }
                }
                double squares = 0;
                for (int k = 0; k < classes; k++) {
                    squares += g[k] * g[k];
                }
                biasSquares += squares / classes;
                float step = rate / (float) Math.sqrt(biasSquares + eps);
                for (int k = 0; k < classes; k++) {
                    b[k] -= step * g[k];
                }
            }
        }
        return new SoftmaxRegression(classes, features, w, b);
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private static void logits(float[] w, float[] b, int classes, SparseVector v, double[] out) {
        for (int k = 0; k < classes; k++) {
            out[k] = b[k];
        }
        int[] idx = v.indices();
        float[] val = v.values();
        for (int n = 0; n < idx.length; n++) {
            int row = idx[n] * classes;
            float xv = val[n];
            for (int k = 0; k < classes; k++) {
                out[k] += xv * w[row + k];
            }
        }
    }

    private static void softmaxInPlace(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            z[k] = Math.exp(z[k] - max);
            sum += z[k];
        }
        for (int k = 0; k < z.length; k++) {
            z[k] /= sum;
        }
    }

    int classes() {
        return classes;
    }

    int features() {
        return features;
    }

    /** Class probabilities of a vector; indices at or beyond {@link #features()} must not occur. */
    double[] probabilities(SparseVector v) {
        double[] p = new double[classes];
        logits(weights, bias, classes, v, p);
        softmaxInPlace(p);
        return p;
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(classes);
        out.writeInt(features);
        ModelFormat.writeFloats(out, bias);
        ModelFormat.writeFloats(out, weights);
    }

    static SoftmaxRegression read(DataInput in) throws IOException {
        int classes = ModelFormat.checkedCount(in.readInt(), "class count");
        int features = ModelFormat.checkedCount(in.readInt(), "feature count");
        float[] bias = ModelFormat.readFloats(in, "bias size");
        float[] weights = ModelFormat.readFloats(in, "weight count");
        if (bias.length != classes || (long) weights.length != (long) classes * features) {
            throw new IOException("corrupt model: weight table does not match " + classes + " classes x "
                    + features + " features");
        }
        return new SoftmaxRegression(classes, features, weights, bias);
    }
}
