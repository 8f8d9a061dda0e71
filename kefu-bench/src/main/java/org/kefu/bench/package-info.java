/**
 * kefu-bench: the figures behind Kefu's claims. {@link org.kefu.bench.BenchMain} runs
 * {@link org.kefu.bench.BenchmarkTask}s (intent accuracy on Banking77, CLINC150 and DataCLUE CIC, latency of
 * {@code understand()}, and tasks other packages register through {@link java.util.ServiceLoader}) and prints
 * a table plus one {@code RESULT <dataset> <metric> <value>} line per figure.
 *
 * <p>Only training and validation splits choose anything (hyper-parameters, thresholds); test splits give
 * the final figure and nothing else.
 */
@NullMarked
package org.kefu.bench;

import org.jspecify.annotations.NullMarked;
