/** JMH micro-benchmarks of kefu-nlu: the latency of a full {@code understand()} call. */
@NullMarked
package org.kefu.bench.jmh;

import org.jspecify.annotations.NullMarked;
