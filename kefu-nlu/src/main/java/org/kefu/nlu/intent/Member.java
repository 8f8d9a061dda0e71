package org.kefu.nlu.intent;

/**
 * One logistic regression of a classifier and the weight it gives each feature group; a weight of zero
 * leaves the group out. The classifier averages its members' probabilities.
 *
 * @param sparseWeight scale of the (unit-length) TF-IDF word and character groups
 * @param denseWeight scale of the (unit-length) sentence embedding
 */
public record Member(double sparseWeight, double denseWeight) {

    /** Only n-grams. */
    public static final Member SPARSE = new Member(1, 0);
    /** Only the sentence embedding. */
    public static final Member DENSE = new Member(0, 1);
    /**
     * Both, the embedding weighted twice (the default): each TF-IDF group and the embedding are unit vectors,
     * and doubling the embedding was best on held-out Banking77 training data.
     */
    public static final Member JOINT = new Member(1, 2);

    public Member {
        if (!(sparseWeight >= 0) || !(denseWeight >= 0) || sparseWeight + denseWeight == 0) {
            throw new IllegalArgumentException(
                    "member weights must be non-negative and not both zero: " + sparseWeight + ", " + denseWeight);
        }
    }

    boolean usesDense() {
        return denseWeight > 0;
    }

    boolean usesSparse() {
        return sparseWeight > 0;
    }
}
