package org.kefu.server.training;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Training and evaluation of model versions.
 *
 * @param folds cross-validation folds of the evaluation (at least 2)
 * @param seed seed of the fold assignment, so that evaluations are repeatable
 * @param staleLockAfter a training lock older than this is taken to be left by a node that died
 * @param watchInterval how often a node checks whether another node promoted a version (0 = never)
 * @param lowConfidence answers below this confidence go to the unanswered-question inbox
 * @param inboxWindow how far back the inbox looks
 */
@ConfigurationProperties("kefu.training")
public record TrainingProperties(@DefaultValue("5") int folds, @DefaultValue("42") long seed,
        @DefaultValue("2h") Duration staleLockAfter, @DefaultValue("15s") Duration watchInterval,
        @DefaultValue("0.6") double lowConfidence, @DefaultValue("30d") Duration inboxWindow) {
    public TrainingProperties {
        if (folds < 2) {
            throw new IllegalArgumentException("kefu.training.folds must be at least 2: " + folds);
        }
    }
}
