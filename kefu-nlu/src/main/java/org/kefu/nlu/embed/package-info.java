/**
 * Dense sentence embeddings: {@link org.kefu.nlu.embed.SentenceEmbedder} maps one sentence to an
 * L2-normalised vector. {@link org.kefu.nlu.embed.BgeEmbedders} gives the shared, lazily loaded quantized
 * bge-small-zh / bge-small-en ONNX models that ship inside Maven artifacts (nothing is downloaded at run
 * time).
 *
 * <p>Sentences are always embedded one at a time: padded batches of the quantized models change the
 * vectors, so training and serving must embed the same way.
 */
@NullMarked
package org.kefu.nlu.embed;

import org.jspecify.annotations.NullMarked;
