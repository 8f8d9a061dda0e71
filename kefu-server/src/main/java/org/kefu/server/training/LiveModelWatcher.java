package org.kefu.server.training;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Makes every node serve the promoted model: checks periodically whether another node promoted (or rolled back)
 * a version and swaps it in here. Off when the interval is zero.
 */
final class LiveModelWatcher implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(LiveModelWatcher.class);

    private final TrainingService training;
    private final Duration interval;
    private @Nullable ScheduledExecutorService timer;

    LiveModelWatcher(TrainingService training, Duration interval) {
        this.training = training;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("kefu-model-watch").daemon().factory());
        timer.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    // a failed check (database briefly away) must not stop the next ones
    private void check() {
        try {
            training.followPromotions();
        } catch (RuntimeException e) {
            LOG.warn("Could not check for model versions promoted on other nodes; retrying in {}", interval, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
