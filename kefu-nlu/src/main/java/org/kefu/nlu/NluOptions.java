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
 * @param outOfScopeThreshold a message whose best intent has a lower probability, and which matches no FAQ
 *     well, is out of scope; {@link #LEARNED_THRESHOLD} lets training choose it from the data
 * @param embeddings where the sentence-embedding models come from (the shared bge models by default)
 * @param suspectLabelProbability for training data with wrong labels: intent examples whose label gets a lower
 *     probability when they are held out in a cross-validation are dropped (0, the default, keeps all)
 */
public record NluOptions(
        Clock clock, ZoneId zone, long seed, double outOfScopeThreshold, EmbedderCatalog embeddings,
        double suspectLabelProbability) {

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
        if (!(suspectLabelProbability >= 0 && suspectLabelProbability < 1)) {
            throw new IllegalArgumentException(
                    "suspectLabelProbability must be in [0, 1): " + suspectLabelProbability);
        }
    }

    /** System clock, Asia/Shanghai, seed 42, learned threshold, shared bge embedders. */
    public static NluOptions defaults() {
        return new NluOptions(Clock.systemDefaultZone(), ZoneId.of("Asia/Shanghai"), 42, LEARNED_THRESHOLD,
                BgeEmbedders.catalog(), 0);
    }

    /** These options with another clock. */
    public NluOptions withClock(Clock clock) {
        return new NluOptions(clock, zone, seed, outOfScopeThreshold, embeddings, suspectLabelProbability);
    }

    /** These options with another time zone. */
    public NluOptions withZone(ZoneId zone) {
        return new NluOptions(clock, zone, seed, outOfScopeThreshold, embeddings, suspectLabelProbability);
    }

    /** These options with another seed. */
    public NluOptions withSeed(long seed) {
        return new NluOptions(clock, zone, seed, outOfScopeThreshold, embeddings, suspectLabelProbability);
    }

    /** These options with a fixed out-of-scope threshold in [0, 1] (or {@link #LEARNED_THRESHOLD}). */
    public NluOptions withOutOfScopeThreshold(double threshold) {
        return new NluOptions(clock, zone, seed, threshold, embeddings, suspectLabelProbability);
    }

    /** These options with another source of embedding models. */
    public NluOptions withEmbeddings(EmbedderCatalog embeddings) {
        return new NluOptions(clock, zone, seed, outOfScopeThreshold, embeddings, suspectLabelProbability);
    }

    /**
     * These options with dropping of suspect intent labels (see {@code suspectLabelProbability}); for
     * deliberately noisy training data. Costs a full 5-fold cross-validation in training.
     */
    public NluOptions withSuspectLabelsDropped(double probability) {
        return new NluOptions(clock, zone, seed, outOfScopeThreshold, embeddings, probability);
    }
}
