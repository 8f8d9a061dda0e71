package org.kefu.bench;

/**
 * One benchmark: reads a data set from {@link BenchContext#dataDir()}, trains and tunes on its training and
 * validation splits only, and reports figures measured on its test split.
 *
 * <p>Tasks outside this package register through {@link java.util.ServiceLoader}: add the class name to
 * {@code META-INF/services/org.kefu.bench.BenchmarkTask}. They need a public no-argument constructor.
 */
public interface BenchmarkTask {

    /** Short name used on the command line and in RESULT lines, e.g. {@code banking77}. */
    String name();

    /** Which group the task belongs to: {@code accuracy} or {@code latency}. */
    default String group() {
        return "accuracy";
    }

    /**
     * Runs the benchmark and reports its figures.
     *
     * @throws Exception if the data cannot be read; the runner reports it and goes on with the next task
     */
    void run(BenchContext context) throws Exception;
}
