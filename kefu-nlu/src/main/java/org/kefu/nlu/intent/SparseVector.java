package org.kefu.nlu.intent;

/**
 * A sparse feature vector: ascending feature indices and their values.
 *
 * @param indices feature indices, strictly ascending
 * @param values the value of each index
 */
record SparseVector(int[] indices, float[] values) {
    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    SparseVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException(
                    "indices and values differ in length: " + indices.length + " != " + values.length);
        }
    }

    int size() {
        return indices.length;
    }
}
