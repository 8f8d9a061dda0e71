package org.kefu.bench.afqmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class ThresholdsTest {

    @Test
    void picksTheThresholdThatSeparatesTheClasses() {
        double[] scores = {0.1, 0.2, 0.3, 0.7, 0.8, 0.9};
        boolean[] same = {false, false, false, true, true, true};
        double t = Thresholds.best(scores, same);
        assertThat(t).isEqualTo(0.5);
        assertThat(Thresholds.accuracy(scores, same, t)).isEqualTo(1.0);
    }

    @Test
    void saysNeverTheSameWhenThatIsMostAccurate() {
        double[] scores = {0.9, 0.8, 0.7};
        boolean[] same = {false, false, true};
        assertThat(Thresholds.best(scores, same)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Thresholds.accuracy(scores, same, Double.POSITIVE_INFINITY)).isCloseTo(2 / 3.0, within(1e-12));
    }

    @Test
    void tiesGoToTheLowestThreshold() {
        double[] scores = {0.2, 0.4, 0.6};
        boolean[] same = {false, true, false};
        // 0.3 (between 0.2 and 0.4) and +inf both give 2/3; the lowest wins
        assertThat(Thresholds.best(scores, same)).isCloseTo(0.3, within(1e-12));
    }
}
