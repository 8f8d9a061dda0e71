package org.kefu.server.training;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a new model version compares with the live one, on the same labelled questions: the bot's intent examples
 * and FAQ questions plus the real customer questions admins annotated. The new version is cross-validated
 * (each question predicted by a model that did not learn it); the live version answers every question as it
 * is. Labels are {@code intent:<name>}, {@code faq:<id>} or {@code none} (the bot would not answer).
 *
 * @param folds the number of cross-validation folds
 * @param liveVersion the live version compared with, or null when none was live
 * @param candidate the new version's figures
 * @param live the live version's figures, or null
 * @param realQuestions the annotated real questions, each with both versions' answers
 * @param wrong questions the new version gets wrong (at most {@link #MAX_WRONG})
 */
public record Evaluation(int folds, @Nullable String liveVersion, Figures candidate, @Nullable Figures live,
        List<RealQuestion> realQuestions, List<Wrong> wrong) {

    /** How many wrongly answered questions are kept. */
    public static final int MAX_WRONG = 200;

    public Evaluation {
        realQuestions = List.copyOf(realQuestions);
        wrong = List.copyOf(wrong);
    }

    /**
     * Figures of one version.
     *
     * @param total questions evaluated
     * @param accuracy share answered with the right label
     * @param macroF1 mean F1 over labels
     * @param realAccuracy share of annotated real questions answered right (0 when there are none)
     * @param perLabel precision, recall and F1 per label
     * @param confusion the confusion matrix
     */
    public record Figures(int total, double accuracy, double macroF1, double realAccuracy, List<LabelFigures> perLabel,
            Confusion confusion) {
        public Figures {
            perLabel = List.copyOf(perLabel);
        }
    }

    /**
     * Precision, recall and F1 of a label.
     *
     * @param label the label
     * @param precision precision
     * @param recall recall
     * @param f1 F1
     * @param support questions with this label
     */
    public record LabelFigures(String label, double precision, double recall, double f1, int support) {}

    /**
     * A confusion matrix.
     *
     * @param labels the labels
     * @param counts {@code counts[i][j]}: expected {@code labels[i]}, answered {@code labels[j]}
     */
    public record Confusion(List<String> labels, int[][] counts) {}

    /**
     * An annotated real question.
     *
     * @param text the customer's question
     * @param expected the label it was annotated with
     * @param live what the live version answers
     * @param candidate what the new version answers (cross-validated)
     */
    public record RealQuestion(String text, String expected, @Nullable String live, String candidate) {}

    /**
     * A question the new version gets wrong.
     *
     * @param text the question
     * @param expected its label
     * @param predicted the new version's answer
     * @param real whether it is an annotated real question
     */
    public record Wrong(String text, String expected, String predicted, boolean real) {}
}
