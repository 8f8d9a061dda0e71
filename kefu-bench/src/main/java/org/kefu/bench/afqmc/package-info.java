/**
 * The AFQMC benchmark: Alipay customer-service question pairs, same meaning or not, decided by
 * {@link org.kefu.nlu.faq.LearnedSimilarity}. It is fitted on {@code train.json}, the
 * same-meaning threshold is chosen on {@code dev.json}, and accuracy is measured once on
 * {@code test_public.json}.
 */
@NullMarked
package org.kefu.bench.afqmc;

import org.jspecify.annotations.NullMarked;
