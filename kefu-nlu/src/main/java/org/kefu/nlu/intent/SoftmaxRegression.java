package org.kefu.nlu.intent;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A linear model with a softmax over its decision values: the stored form of every intent model member.
 * The weights come from {@link LinearFit} and are scaled by {@link Calibration}'s temperature. Immutable;
 * {@link #probabilities} is thread-safe.
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

    /** A model with the given weight table ({@code features * classes}, row-major by feature) and biases. */
    static SoftmaxRegression of(int classes, int features, float[] weights, float[] bias) {
        if (classes < 1 || bias.length != classes || (long) weights.length != (long) classes * features) {
            throw new IllegalArgumentException("weight table does not match " + classes + " classes x " + features
                    + " features");
        }
        return new SoftmaxRegression(classes, features, weights, bias);
    }

    /** The same model with every logit multiplied by {@code factor} (temperature scaling by its inverse). */
    SoftmaxRegression scaled(double factor) {
        float[] w = weights.clone();
        float[] b = bias.clone();
        float f = (float) factor;
        for (int i = 0; i < w.length; i++) {
            w[i] *= f;
        }
        for (int k = 0; k < b.length; k++) {
            b[k] *= f;
        }
        return new SoftmaxRegression(classes, features, w, b);
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

    static void softmaxInPlace(double[] z) {
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
        double[] p = logits(v);
        softmaxInPlace(p);
        return p;
    }

    /** The logits (decision values) of a vector. */
    double[] logits(SparseVector v) {
        double[] z = new double[classes];
        logits(weights, bias, classes, v, z);
        return z;
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
