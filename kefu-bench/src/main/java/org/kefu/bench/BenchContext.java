package org.kefu.bench;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.kefu.nlu.embed.EmbedderCatalog;

/**
 * What a benchmark task gets from the runner.
 *
 * @param dataDir the evaluation data (normally {@code ../shared/data} next to the repository)
 * @param cacheDir a directory for caches between runs (under {@code target/}, never in git)
 * @param embeddings the bge embedders, with a disk cache of the data sets' sentence vectors so that repeated
 *     runs skip the embedding work (vectors are identical: each sentence is always embedded alone)
 * @param report where figures go
 */
public record BenchContext(Path dataDir, Path cacheDir, EmbedderCatalog embeddings, Report report) {
    public BenchContext {
        requireNonNull(dataDir, "dataDir");
        requireNonNull(cacheDir, "cacheDir");
        requireNonNull(embeddings, "embeddings");
        requireNonNull(report, "report");
    }
}
