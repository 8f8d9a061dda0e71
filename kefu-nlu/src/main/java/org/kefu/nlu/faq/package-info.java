/**
 * FAQ retrieval and question similarity.
 *
 * <p>{@link org.kefu.nlu.faq.FaqIndex} finds the knowledge-base entries that may answer a message: Lucene
 * BM25 over every question and paraphrase (HanLP words plus Chinese character bigrams, stemmed English
 * words, all from the shared {@link org.kefu.nlu.text.TextPipeline}) and an exact cosine scan over the
 * paraphrases' sentence embeddings propose candidate entries; each candidate is scored by a small logistic
 * model over its best cosine, its IDF-weighted term coverage, its relative BM25 score and its cosine margin
 * over the next entry. That model is fitted, when the index is built, on the bot's own paraphrases asked
 * leave-one-out, so its output is a calibrated probability that the entry answers the message.
 *
 * <p>{@link org.kefu.nlu.faq.QuestionSimilarity} compares two questions (embedding cosine combined with
 * lexical overlap), decides whether they mean the same and groups a list of questions into clusters, for
 * the admin "unanswered questions" inbox and for suggesting answers to agents.
 */
@NullMarked
package org.kefu.nlu.faq;

import org.jspecify.annotations.NullMarked;
