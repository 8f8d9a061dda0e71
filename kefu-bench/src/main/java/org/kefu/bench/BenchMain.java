package org.kefu.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Command line of kefu-bench.
 *
 * <pre>
 * java -jar kefu-bench/target/kefu-bench.jar [accuracy|latency|all|TASK...] [--data DIR]
 * </pre>
 *
 * <p>Without {@code --data}, the data is {@code ../shared/data} relative to the repository root (found by
 * walking up from the working directory to the directory holding {@code mvnw}). The JMH benchmark of
 * {@code understand()} runs with {@code java -cp kefu-bench/target/kefu-bench.jar org.openjdk.jmh.Main}.
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("jmh")) {
            org.openjdk.jmh.Main.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> selection = new ArrayList<>();
        Path dataDir = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                dataDir = Path.of(args[++i]);
            } else {
                selection.add(args[i]);
            }
        }
        if (selection.isEmpty()) {
            selection.add("all");
        }
        Path repo = repositoryRoot();
        if (dataDir == null) {
            dataDir = repo.resolve("..").resolve("shared").resolve("data").normalize();
        }
        if (!Files.isDirectory(dataDir)) {
            System.err.println("data directory not found: " + dataDir + "; pass --data DIR");
            System.exit(2);
        }
        Path cacheDir = repo.resolve("kefu-bench").resolve("target").resolve("bench-cache");
        DiskEmbeddingCache embeddings = new DiskEmbeddingCache(cacheDir);
        Report report = new Report(out);
        BenchContext context = new BenchContext(dataDir, cacheDir, embeddings, report);
        List<BenchmarkTask> tasks = tasks();
        boolean failed = false;
        for (BenchmarkTask task : tasks) {
            if (!selected(task, selection)) {
                continue;
            }
            out.println("== " + task.name());
            long start = System.nanoTime();
            try {
                task.run(context);
            } catch (Exception | LinkageError e) {
                failed = true;
                out.println("  FAILED " + task.name() + ": " + e);
                e.printStackTrace(out);
            } finally {
                embeddings.flush();
            }
            out.printf(Locale.ROOT, "  (%s took %.1f s)%n", task.name(), (System.nanoTime() - start) / 1e9);
        }
        report.printTable();
        System.exit(failed ? 1 : 0);
    }

    /** Built-in tasks in a fixed order, then those registered through {@link ServiceLoader}. */
    static List<BenchmarkTask> tasks() {
        List<BenchmarkTask> tasks = new ArrayList<>(List.of(
                new Banking77Task(), new Clinc150Task(), new CicTask()));
        ServiceLoader.load(BenchmarkTask.class).forEach(tasks::add);
        tasks.add(new LatencyTask());
        tasks.add(new TuningTask());
        tasks.add(new ModelTuningTask());
        return tasks;
    }

    private static boolean selected(BenchmarkTask task, List<String> selection) {
        return selection.contains("all") && !task.group().equals("tuning")
                || selection.contains(task.group())
                || selection.contains(task.name());
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw")) && Files.isDirectory(p.resolve("kefu-bench"))) {
                return p;
            }
        }
        return dir;
    }
}
