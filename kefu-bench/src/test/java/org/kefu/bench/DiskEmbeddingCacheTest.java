package org.kefu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.nlu.embed.BgeEmbedders;
import org.kefu.nlu.embed.SentenceEmbedder;

final class DiskEmbeddingCacheTest {

    private static final String SHORT = "where is my card";
    private static final String LONG = "my new card was declined at the supermarket yesterday evening and again this"
            + " morning at the bakery, even though there is plenty of money on my account, so what is wrong with it";

    @TempDir
    Path dir;

    @Test
    void vectorsComputedOnceAreReadBackByTheNextRun() {
        DiskEmbeddingCache first = new DiskEmbeddingCache(dir);
        float[] vector = first.embedder(BgeEmbedders.EN_MODEL).embed(LONG);
        first.flush();
        assertThat(dir.resolve(BgeEmbedders.EN_MODEL + ".vectors")).exists();

        SentenceEmbedder next = new DiskEmbeddingCache(dir).embedder(BgeEmbedders.EN_MODEL);
        assertThat(next.embed(LONG)).containsExactly(vector);
    }

    @Test
    void aFileWrittenByAnEmbedderThatHasSinceChangedIsStartedAfresh() throws IOException {
        SentenceEmbedder model = BgeEmbedders.uncachedCatalog().embedder(BgeEmbedders.EN_MODEL);
        float[] stale = model.embed("something else entirely");
        try (DataOutputStream out = new DataOutputStream(
                Files.newOutputStream(dir.resolve(BgeEmbedders.EN_MODEL + ".vectors")))) {
            write(out, SHORT, model.embed(SHORT));
            write(out, LONG, stale);
        }

        SentenceEmbedder cache = new DiskEmbeddingCache(dir).embedder(BgeEmbedders.EN_MODEL);
        assertThat(cache.embed(LONG)).containsExactly(model.embed(LONG));
        assertThat(dir.resolve(BgeEmbedders.EN_MODEL + ".vectors")).doesNotExist();
    }

    private static void write(DataOutputStream out, String text, float[] vector) throws IOException {
        out.writeUTF(text);
        out.writeInt(vector.length);
        for (float f : vector) {
            out.writeFloat(f);
        }
    }
}
