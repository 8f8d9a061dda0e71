package org.kefu.nlu.eval;

/**
 * Precision, recall and F1 of one label.
 *
 * @param label the label
 * @param precision share of messages predicted as this label that have it (0 when none was predicted)
 * @param recall share of messages with this label that were predicted as it (0 when none has it)
 * @param f1 harmonic mean of precision and recall (0 when both are 0)
 * @param support number of messages that have this label
 */
public record LabelScores(String label, double precision, double recall, double f1, int support) {

    static LabelScores of(String label, int truePositives, int predicted, int actual) {
        double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
        double recall = actual == 0 ? 0 : (double) truePositives / actual;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new LabelScores(label, precision, recall, f1, actual);
    }
}
