/**
 * Evaluation of intent classification: accuracy, macro-F1, per-intent precision and recall, confusion
 * matrix, out-of-scope recall and precision, expected calibration error, and k-fold cross-validation.
 *
 * <p>Everything works on {@link org.kefu.nlu.eval.Prediction}s (expected label, predicted label, confidence),
 * so the same figures describe a bot's model in the admin console and a public benchmark in kefu-bench.
 */
@NullMarked
package org.kefu.nlu.eval;

import org.jspecify.annotations.NullMarked;
