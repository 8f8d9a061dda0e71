package org.kefu.nlu.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

final class LogisticModelTest {

    @Test
    void fitConvergesFromAPriorThatSaturatesOnTheData() {
        // The prior says "yes" with p ~ 0.99 for every example, but only a third are positive.
        Random random = new Random(3);
        int n = 5_000;
        double[][] x = new double[n][];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            double cosine = 0.8 + 0.2 * random.nextDouble();
            x[i] = new double[] {cosine};
            y[i] = random.nextDouble() < (cosine - 0.8) * 3.3; // rises from 0 to ~0.66
        }
        LogisticModel fitted = LogisticModel.fit(x, y, new LogisticModel(-5, 12), 1);
        double[] w = fitted.weights();
        assertThat(w[1]).isBetween(10.0, 60.0);
        assertThat(fitted.probability(new double[] {0.8})).isLessThan(0.15);
        assertThat(fitted.probability(new double[] {1.0})).isBetween(0.5, 0.85);
    }

    @Test
    void withoutDataTheFitKeepsThePrior() {
        LogisticModel prior = new LogisticModel(-1, 2);
        assertThat(LogisticModel.fit(new double[0][], new boolean[0], prior, 1).weights())
                .containsExactly(-1, 2);
    }

    @Test
    void probabilityIsAlwaysInRange() {
        LogisticModel model = new LogisticModel(0, 1e6);
        assertThat(model.probability(new double[] {1e300})).isBetween(0.0, 1.0);
        assertThat(model.probability(new double[] {-1e300})).isBetween(0.0, 1.0);
        assertThat(model.probability(new double[] {Double.NaN})).isZero();
    }

    @Test
    void lambda_notPositive() {
        assertThatThrownBy(() -> LogisticModel.fit(new double[0][], new boolean[0], new LogisticModel(0), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lambda must be positive: 0.0");
    }
}
