package org.kefu.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects figures: prints each as a {@code RESULT <dataset> <metric> <value>} line when it is reported, and
 * all of them as a table at the end. Thread-safe.
 */
public final class Report {

    private record Row(String dataset, String metric, String value, String note) {}

    private final PrintStream out;
    private final List<Row> rows = new ArrayList<>();

    Report(PrintStream out) {
        this.out = out;
    }

    /**
     * Reports one figure.
     *
     * @param dataset e.g. {@code banking77}
     * @param metric e.g. {@code accuracy}; percentages are given as 0–100
     * @param value the figure
     * @param note a short explanation for the table, e.g. the target
     */
    public synchronized void result(String dataset, String metric, double value, String note) {
        String formatted = format(value);
        rows.add(new Row(dataset, metric, formatted, note));
        out.println("RESULT " + dataset + " " + metric + " " + formatted);
        out.flush();
    }

    /** Prints a progress or detail line that is not a figure. */
    public synchronized void info(String line) {
        out.println("  " + line);
        out.flush();
    }

    synchronized void printTable() {
        int d = "dataset".length();
        int m = "metric".length();
        int v = "value".length();
        for (Row r : rows) {
            d = Math.max(d, r.dataset().length());
            m = Math.max(m, r.metric().length());
            v = Math.max(v, r.value().length());
        }
        String fmt = "%-" + d + "s  %-" + m + "s  %" + v + "s  %s%n";
        out.println();
        out.printf(Locale.ROOT, fmt, "dataset", "metric", "value", "note");
        out.printf(Locale.ROOT, fmt, "-".repeat(d), "-".repeat(m), "-".repeat(v), "----");
        for (Row r : rows) {
            out.printf(Locale.ROOT, fmt, r.dataset(), r.metric(), r.value(), r.note());
        }
        out.flush();
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.1f" : "%.2f", value);
    }
}
