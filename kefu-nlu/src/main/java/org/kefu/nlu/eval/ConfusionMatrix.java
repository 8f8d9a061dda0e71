package org.kefu.nlu.eval;

import java.util.List;

/**
 * Counts of (expected, predicted) label pairs.
 *
 * @param labels every label that was expected or predicted, sorted
 * @param counts {@code counts[i][j]} messages expected as {@code labels[i]} were predicted as {@code labels[j]}
 */
public record ConfusionMatrix(List<String> labels, int[][] counts) {

    public ConfusionMatrix {
        labels = List.copyOf(labels);
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != labels.size()) {
                throw new IllegalArgumentException("row " + i + " has " + counts[i].length + " columns, expected "
                        + labels.size());
            }
            copy[i] = counts[i].clone();
        }
        if (copy.length != labels.size()) {
            throw new IllegalArgumentException("matrix has " + copy.length + " rows for " + labels.size() + " labels");
        }
        counts = copy;
    }

    /** How many messages expected as {@code expected} were predicted as {@code predicted}. */
    public int count(String expected, String predicted) {
        int i = labels.indexOf(expected);
        int j = labels.indexOf(predicted);
        return i < 0 || j < 0 ? 0 : counts[i][j];
    }

    @Override
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }
}
