package org.kefu.nlu.intent;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.kefu.nlu.NluException;

/**
 * The sentence vectors of an intent classifier's training examples, grouped by intent, for how close a message
 * comes to the nearest example of an intent. A message far from every example of the intents it might be is
 * likely out of scope even when the linear model is sure of one of them: the model only compares intents with
 * each other, the distance compares the message with what customers really said.
 *
 * <p>Vectors are unit length and kept as 8-bit codes (each value over the vector's largest magnitude, times
 * 127) with one scale per vector: a quarter of the model file of floats, at a cosine error far below the
 * differences that matter. In memory they are also decoded to floats, as a float product is several times
 * faster than one that converts each code on the way. Immutable and thread-safe.
 */
final class ExampleVectors {

    private static final int CODE_RANGE = 127;

    private final int dimension;
    /** Intent {@code k}'s vectors are rows {@code starts[k]} to {@code starts[k + 1] - 1}. */
    private final int[] starts;
    private final byte[] codes;
    private final float[] scales;
    /** The decoded vectors, row after row. */
    private final float[] decoded;

    private ExampleVectors(int dimension, int[] starts, byte[] codes, float[] scales) {
        this.dimension = dimension;
        this.starts = starts;
        this.codes = codes;
        this.scales = scales;
        this.decoded = new float[codes.length];
        for (int i = 0; i < codes.length; i++) {
            decoded[i] = codes[i] * scales[i / dimension];
        }
    }

    /**
     * Keeps the vectors of training examples.
     *
     * @param vectors one unit vector per example, all of the same dimension
     * @param y each example's intent index
     * @param intents number of intents
     */
    static ExampleVectors of(float[][] vectors, int[] y, int intents) {
        int dimension = vectors.length == 0 ? 0 : vectors[0].length;
        int[] starts = new int[intents + 1];
        for (int label : y) {
            starts[label + 1]++;
        }
        for (int k = 0; k < intents; k++) {
            starts[k + 1] += starts[k];
        }
        int[] next = starts.clone();
        byte[] codes = new byte[vectors.length * dimension];
        float[] scales = new float[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            int row = next[y[i]]++;
            float largest = 0;
            for (float v : vectors[i]) {
                largest = Math.max(largest, Math.abs(v));
            }
            float scale = largest == 0 ? 0 : largest / CODE_RANGE;
            scales[row] = scale;
            for (int j = 0; j < dimension; j++) {
                codes[row * dimension + j] = scale == 0 ? 0 : (byte) Math.round(vectors[i][j] / scale);
            }
        }
        return new ExampleVectors(dimension, starts, codes, scales);
    }

    /** Number of intents. */
    int intents() {
        return starts.length - 1;
    }

    /** Vector dimension. */
    int dimension() {
        return dimension;
    }

    /**
     * The cosine between a message and the closest training example of an intent.
     *
     * @param message the message's unit vector
     * @param intent the intent index
     * @return the cosine, or -1 if the intent has no example
     */
    double nearest(float[] message, int intent) {
        if (message.length != dimension) {
            throw new IllegalArgumentException("expected a vector of " + dimension + " values, got " + message.length);
        }
        double best = -1;
        for (int row = starts[intent]; row < starts[intent + 1]; row++) {
            best = Math.max(best, dot(row * dimension, message));
        }
        return best;
    }

    private double dot(int offset, float[] message) {
        // Eight sums, so the loop is not one long chain of dependent additions.
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        int j = 0;
        for (; j + 7 < dimension; j += 8) {
            s0 += decoded[offset + j] * message[j];
            s1 += decoded[offset + j + 1] * message[j + 1];
            s2 += decoded[offset + j + 2] * message[j + 2];
            s3 += decoded[offset + j + 3] * message[j + 3];
            s4 += decoded[offset + j + 4] * message[j + 4];
            s5 += decoded[offset + j + 5] * message[j + 5];
            s6 += decoded[offset + j + 6] * message[j + 6];
            s7 += decoded[offset + j + 7] * message[j + 7];
        }
        for (; j < dimension; j++) {
            s0 += decoded[offset + j] * message[j];
        }
        return (double) s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(dimension);
        out.writeInt(intents());
        for (int k = 1; k < starts.length; k++) {
            out.writeInt(starts[k] - starts[k - 1]);
        }
        for (float scale : scales) {
            out.writeFloat(scale);
        }
        out.write(codes);
    }

    static ExampleVectors read(DataInput in) throws IOException {
        int dimension = ModelFormat.checkedCount(in.readInt(), "example vector dimension");
        int intents = ModelFormat.checkedCount(in.readInt(), "example vector intents");
        int[] starts = new int[intents + 1];
        for (int k = 0; k < intents; k++) {
            starts[k + 1] = starts[k] + ModelFormat.checkedCount(in.readInt(), "examples of an intent");
        }
        int rows = ModelFormat.checkedCount(starts[intents], "example vectors");
        if ((long) rows * dimension > ModelFormat.MAX_COUNT) {
            throw new NluException("corrupt intent classifier: " + rows + " example vectors of " + dimension);
        }
        float[] scales = new float[rows];
        for (int i = 0; i < rows; i++) {
            scales[i] = in.readFloat();
            if (!(scales[i] >= 0 && scales[i] < 1)) {
                throw new NluException("corrupt intent classifier: example vector scale " + scales[i]);
            }
        }
        byte[] codes = new byte[rows * dimension];
        in.readFully(codes);
        return new ExampleVectors(dimension, starts, codes, scales);
    }
}
