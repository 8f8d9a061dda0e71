package org.kefu.nlu.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class ExampleVectorsTest {

    private static final int DIMENSION = 384;

    @Test
    void nearestIsTheExactCosineOfTheClosestExampleOfThatIntentWithinCodingError() {
        Random random = new Random(3);
        float[][] vectors = new float[60][];
        int[] y = new int[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = unit(random);
            y[i] = i % 3;
        }
        ExampleVectors examples = ExampleVectors.of(vectors, y, 3);

        for (int probe = 0; probe < 20; probe++) {
            // Near one training vector, so that the maximum is clear and not just noise around zero.
            float[] message = blend(vectors[probe], unit(random), 0.6f);
            for (int k = 0; k < 3; k++) {
                double exact = -1;
                for (int i = 0; i < vectors.length; i++) {
                    exact = y[i] == k ? Math.max(exact, dot(vectors[i], message)) : exact;
                }
                assertThat(examples.nearest(message, k)).as("probe %d intent %d", probe, k)
                        .isCloseTo(exact, within(0.01));
            }
        }
    }

    @Test
    void anIntentWithoutExamplesHasNoNeighbour() {
        Random random = new Random(4);
        ExampleVectors examples = ExampleVectors.of(new float[][] {unit(random), unit(random)}, new int[] {0, 2}, 3);

        assertThat(examples.nearest(unit(random), 1)).isEqualTo(-1);
        assertThat(examples.intents()).isEqualTo(3);
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        Random random = new Random(5);
        float[][] vectors = {unit(random), unit(random), unit(random), new float[DIMENSION]};
        ExampleVectors examples = ExampleVectors.of(vectors, new int[] {1, 0, 1, 0}, 2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        examples.write(new DataOutputStream(bytes));

        ExampleVectors read = ExampleVectors.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        float[] message = unit(random);
        assertThat(read.dimension()).isEqualTo(DIMENSION);
        for (int k = 0; k < 2; k++) {
            assertThat(read.nearest(message, k)).isEqualTo(examples.nearest(message, k));
        }
    }

    private static float[] unit(Random random) {
        float[] v = new float[DIMENSION];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return normalized(v);
    }

    private static float[] blend(float[] a, float[] b, float weightOfA) {
        float[] v = new float[a.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = weightOfA * a[i] + (1 - weightOfA) * b[i];
        }
        return normalized(v);
    }

    private static float[] normalized(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) norm;
        }
        return v;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
