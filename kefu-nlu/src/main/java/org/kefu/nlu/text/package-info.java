/**
 * The text pipeline shared by training and inference: {@link org.kefu.nlu.text.TextPipeline} turns a raw
 * customer message into an {@link org.kefu.nlu.text.AnalyzedText} (normalised text, language, tokens).
 *
 * <p>Normalisation is a chain of small {@code TextFilter}s, each doing one transformation (truncation,
 * removal of control characters and lone surrogates, NFKC, traditional to simplified Chinese, full-width
 * to half-width, case folding, whitespace collapsing; see {@link org.kefu.nlu.text.TextPipeline#standard()}
 * for the exact order). Normalising twice gives the same text as normalising once. Segmentation then splits the normalised text
 * with Lucene's {@code StandardTokenizer} (UAX#29 word boundaries: Latin words, numbers, emoji) and hands
 * each run of Chinese ideographs to HanLP's Viterbi segmenter. Script boundaries such as
 * {@code 我的iphone 15订单} therefore need no inserted spaces: the normalised text keeps what the customer
 * wrote, and every token offset refers to it.
 *
 * <p>Training must use the same pipeline as inference, as Lucene indexes and searches with one analyzer.
 */
@NullMarked
package org.kefu.nlu.text;

import org.jspecify.annotations.NullMarked;
