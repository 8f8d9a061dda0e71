/**
 * Intent classification: a linear model (liblinear: one squared-hinge SVM or logistic regression per intent,
 * or a Crammer–Singer SVM) over sparse TF-IDF word and character n-grams and a dense sentence embedding,
 * with a softmax over its decision values whose temperature is fitted on held-out examples, giving
 * calibrated probabilities and an out-of-scope threshold.
 *
 * <p>{@link org.kefu.nlu.intent.IntentClassifier} is trained from {@link org.kefu.nlu.intent.IntentInput}s
 * produced by the same text pipeline that serves requests, so that training and inference see identical
 * features. Several members (for example a sparse-only and a dense-only model) may be trained and their
 * probabilities averaged: on noisy labels and for out-of-scope rejection that was measured to beat a single
 * joint model. Training is deterministic for a given seed; a trained classifier is immutable and
 * thread-safe, and can be written to and read from a versioned binary format.
 *
 * <p>The embedding is most of a message's cost, so a classifier with one also carries a
 * {@code SparseShortcut}: an n-gram-only model that answers alone for messages it is nearly
 * certain of and whose every word it knows, about half of what customers of a well-trained bot type.
 */
@NullMarked
package org.kefu.nlu.intent;

import org.jspecify.annotations.NullMarked;
