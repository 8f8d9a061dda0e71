package org.kefu.nlu.intent;

/** Joins a sparse TF-IDF vector and a dense embedding into one sparse vector for a {@link Member}. */
final class FeatureVectors {

    private FeatureVectors() {}

    /**
     * The member's view of a message: sparse features keep their indices, dense dimension {@code d} becomes
     * index {@code sparseDimension + d}.
     */
    static SparseVector combine(Member member, SparseVector sparse, int sparseDimension, float[] dense) {
        int sparseCount = member.usesSparse() ? sparse.size() : 0;
        int denseCount = member.usesDense() ? dense.length : 0;
        int[] indices = new int[sparseCount + denseCount];
        float[] values = new float[indices.length];
        float sw = (float) member.sparseWeight();
        for (int i = 0; i < sparseCount; i++) {
            indices[i] = sparse.indices()[i];
            values[i] = sparse.values()[i] * sw;
        }
        float dw = (float) member.denseWeight();
        for (int d = 0; d < denseCount; d++) {
            indices[sparseCount + d] = sparseDimension + d;
            values[sparseCount + d] = dense[d] * dw;
        }
        return new SparseVector(indices, values);
    }
}
