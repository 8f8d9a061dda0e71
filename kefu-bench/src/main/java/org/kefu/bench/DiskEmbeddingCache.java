package org.kefu.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kefu.nlu.embed.BgeEmbedders;
import org.kefu.nlu.embed.EmbedderCatalog;
import org.kefu.nlu.embed.SentenceEmbedder;

/**
 * An {@link EmbedderCatalog} over the bge models that keeps every vector it computes in an append-only file
 * per model, so the next benchmark run reads the data sets' vectors instead of recomputing them. Vectors are
 * identical either way because each sentence is embedded alone. A file written by an embedder that has since
 * changed (another model artifact, another token window) is detected on opening and started afresh.
 */
final class DiskEmbeddingCache implements EmbedderCatalog {

    private final Path dir;
    private final Map<String, CachedModel> models = new ConcurrentHashMap<>();

    DiskEmbeddingCache(Path dir) {
        this.dir = dir;
    }

    @Override
    public SentenceEmbedder embedder(String modelName) {
        return models.computeIfAbsent(modelName, name -> new CachedModel(BgeEmbedders.named(name),
                dir.resolve(name + ".vectors")));
    }

    /** Appends pending vectors to the files. */
    void flush() {
        models.values().forEach(CachedModel::flush);
    }

    /** Vectors this close, component by component, are the same vector computed on another CPU's float kernels. */
    private static final float SAME_VECTOR = 1e-4f;

    private static final class CachedModel implements SentenceEmbedder {
        private final SentenceEmbedder model;
        private final Path file;
        private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
        private final Map<String, float[]> pending = new HashMap<>();

        CachedModel(SentenceEmbedder model, Path file) {
            this.model = model;
            this.file = file;
            read();
            if (!stillComputedThisWay()) {
                vectors.clear();
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot remove stale embedding cache " + file, e);
                }
            }
        }

        /**
         * Whether the model still gives the cached vector of the longest cached text, the one most sensitive to a
         * change in how much of a text the model reads.
         */
        private boolean stillComputedThisWay() {
            return vectors.keySet().stream()
                    .max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                    .map(text -> sameVector(vectors.get(text), model.embed(text)))
                    .orElse(true);
        }

        private static boolean sameVector(float[] a, float[] b) {
            if (a.length != b.length) {
                return false;
            }
            for (int i = 0; i < a.length; i++) {
                if (Math.abs(a[i] - b[i]) > SAME_VECTOR) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public float[] embed(String text) {
            float[] v = vectors.get(text);
            if (v == null) {
                v = model.embed(text);
                vectors.put(text, v);
                synchronized (pending) {
                    pending.put(text, v);
                }
            }
            return v.clone();
        }

        @Override
        public int dimension() {
            return model.dimension();
        }

        private void read() {
            if (!Files.exists(file)) {
                return;
            }
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                while (true) {
                    String text;
                    try {
                        text = in.readUTF();
                    } catch (EOFException end) {
                        return;
                    }
                    float[] v = new float[in.readInt()];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = in.readFloat();
                    }
                    vectors.put(text, v);
                }
            } catch (IOException e) {
                // A truncated cache (interrupted run) is simply recomputed from the point it breaks.
                vectors.clear();
            }
        }

        void flush() {
            synchronized (pending) {
                if (pending.isEmpty()) {
                    return;
                }
                try {
                    Files.createDirectories(file.getParent());
                    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(
                            file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
                        for (Map.Entry<String, float[]> e : pending.entrySet()) {
                            if (e.getKey().length() > 10_000) {
                                continue;
                            }
                            out.writeUTF(e.getKey());
                            out.writeInt(e.getValue().length);
                            for (float f : e.getValue()) {
                                out.writeFloat(f);
                            }
                        }
                    }
                    pending.clear();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write embedding cache " + file, e);
                }
            }
        }
    }
}
