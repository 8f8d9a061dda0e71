/**
 * The learning loop: model versions of each bot's understanding, trained from the knowledge base by a
 * background job (one per bot at a time, a {@code training_lock} row being the lock), evaluated by k-fold
 * cross-validation on the bot's data plus the annotated real questions side by side with the live version,
 * then promoted (the bot's runtime is swapped while requests continue), discarded or rolled back. Also the
 * unanswered-question inbox, where customer questions the bot failed on are clustered and annotated, and the
 * conversation review.
 */
@NullMarked
package org.kefu.server.training;

import org.jspecify.annotations.NullMarked;
