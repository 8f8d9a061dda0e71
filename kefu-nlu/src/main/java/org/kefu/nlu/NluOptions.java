package org.kefu.nlu;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.ZoneId;
import org.kefu.nlu.embed.BgeEmbedders;
import org.kefu.nlu.embed.EmbedderCatalog;

/**
 * Settings for training and loading an {@link NluModel}.
 *
 * @param clock time source for resolving relative dates and times ("明天", "next Friday")
 * @param zone time zone in which relative dates and times are meant
 * @param seed seed of every random choice in training; the same data and seed give the same model
 * @param outOfScopeThreshold a message whose {@link Understanding#inScopeScore()} is lower, and which matches no
 *     FAQ well, is out of scope; {@link #LEARNED_THRESHOLD} lets training choose it from the data
 * @param embeddings where the sentence-embedding models come from (the shared bge models by default)
 * @param labels how far intent training trusts its labels ({@link NoisyLabels#TRUSTED} by default)
 */
public record NluOptions(
        Clock clock, ZoneId zone, long seed, double outOfScopeThreshold, EmbedderCatalog embeddings,
        NoisyLabels labels) {

    /** Threshold value asking training to choose the out-of-scope threshold by cross-validation. */
    public static final double LEARNED_THRESHOLD = -1;

    public NluOptions {
        requireNonNull(clock, "clock");
        requireNonNull(zone, "zone");
        requireNonNull(embeddings, "embeddings");
        if (!(outOfScopeThreshold == LEARNED_THRESHOLD || outOfScopeThreshold >= 0 && outOfScopeThreshold <= 1)) {
            throw new IllegalArgumentException(
                    "outOfScopeThreshold must be in [0, 1] or LEARNED_THRESHOLD: " + outOfScopeThreshold);
        }
        requireNonNull(labels, "labels");
    }

    /** System clock, Asia/Shanghai, seed 42, learned threshold, shared bge embedders. */
    public static NluOptions defaults() {
        return new NluOptions(Clock.systemDefaultZone(), ZoneId.of("Asia/Shanghai"), 42, LEARNED_THRESHOLD,
                BgeEmbedders.catalog(), NoisyLabels.TRUSTED);
    }

    /** These options with another clock. */
    public NluOptions withClock(Clock clock) {
        return new NluOptions(clock, zone, seed, outOfScopeThreshold, embeddings, labels);
    }

    /** These options with another time zone. */
    public NluOptions withZone(ZoneId zone) {
        return new NluOptions(clock, zone, seed, outOfScopeThreshold, embeddings, labels);
    }

    /** These options with another seed. */
    public NluOptions withSeed(long seed) {
        return new NluOptions(clock, zone, seed, outOfScopeThreshold, embeddings, labels);
    }

    /** These options with a fixed out-of-scope threshold in [0, 1] (or {@link #LEARNED_THRESHOLD}). */
    public NluOptions withOutOfScopeThreshold(double threshold) {
        return new NluOptions(clock, zone, seed, threshold, embeddings, labels);
    }

    /** These options with another source of embedding models. */
    public NluOptions withEmbeddings(EmbedderCatalog embeddings) {
        return new NluOptions(clock, zone, seed, outOfScopeThreshold, embeddings, labels);
    }

    /**
     * These options with another treatment of intent labels, e.g. {@link NoisyLabels#NOISY} for deliberately
     * noisy training data. Judging labels costs a full 5-fold cross-validation in training.
     */
    public NluOptions withLabels(NoisyLabels labels) {
        return new NluOptions(clock, zone, seed, outOfScopeThreshold, embeddings, labels);
    }
}
