package org.kefu.nlu.intent;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable open-addressing table from {@link GramFingerprint n-gram fingerprints} to feature indices.
 * It answers the per-message vocabulary lookups of {@link SparseFeaturizer} from two flat arrays, where a
 * string-keyed hash map chased a node, a key and its characters through memory for each of a message's
 * hundreds of n-grams.
 */
final class FingerprintIndex {

    static final int ABSENT = -1;

    private final long[] fingerprints;
    private final int[] features;
    private final int mask;

    private FingerprintIndex(long[] fingerprints, int[] features) {
        this.fingerprints = fingerprints;
        this.features = features;
        this.mask = fingerprints.length - 1;
    }

    /**
     * Indexes a vocabulary by the fingerprints of its n-grams; feature {@code i} is {@code vocabulary.get(i)}.
     *
     * @throws IllegalStateException if an n-gram occurs twice, or two share a fingerprint, which would silently
     *     merge features
     */
    static FingerprintIndex of(List<String> vocabulary) {
        // At most half full, so that probes for absent n-grams, the common case, end after a slot or two.
        int capacity = Integer.highestOneBit(Math.max(2, vocabulary.size()) * 2 - 1) << 1;
        long[] fingerprints = new long[capacity];
        int[] features = new int[capacity];
        Arrays.fill(features, ABSENT);
        FingerprintIndex index = new FingerprintIndex(fingerprints, features);
        for (int feature = 0; feature < vocabulary.size(); feature++) {
            index.put(GramFingerprint.of(vocabulary.get(feature)), feature, vocabulary.get(feature));
        }
        return index;
    }

    private void put(long fingerprint, int feature, String gram) {
        int slot = slot(fingerprint);
        while (features[slot] != ABSENT) {
            if (fingerprints[slot] == fingerprint) {
                throw new IllegalStateException("n-gram '" + gram + "' occurs twice or shares a fingerprint");
            }
            slot = (slot + 1) & mask;
        }
        fingerprints[slot] = fingerprint;
        features[slot] = feature;
    }

    /** The feature of the n-gram with this fingerprint, or {@link #ABSENT}. */
    int feature(long fingerprint) {
        int slot = slot(fingerprint);
        int feature;
        while ((feature = features[slot]) != ABSENT) {
            if (fingerprints[slot] == fingerprint) {
                return feature;
            }
            slot = (slot + 1) & mask;
        }
        return ABSENT;
    }

    private int slot(long fingerprint) {
        // FNV's low bits mix poorly for strings that differ only at the end; fold the high bits in.
        long h = fingerprint ^ (fingerprint >>> 29);
        h *= 0xbf58476d1ce4e5b9L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
