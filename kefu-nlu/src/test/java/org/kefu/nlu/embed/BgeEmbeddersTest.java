package org.kefu.nlu.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kefu.nlu.Language;

final class BgeEmbeddersTest {

    @Test
    void chineseVectorsAreUnitLengthAndCloserForParaphrases() {
        SentenceEmbedder zh = BgeEmbedders.chinese();
        float[] a = zh.embed("我想退货");
        float[] b = zh.embed("怎么申请退货退款");
        float[] c = zh.embed("今天天气怎么样");
        assertThat(a).hasSize(BgeEmbedders.ZH_DIMENSION);
        assertThat(dot(a, a)).isCloseTo(1.0, within(1e-4));
        assertThat(dot(a, b)).isGreaterThan(dot(a, c));
    }

    @Test
    void englishVectorsAreUnitLengthAndCloserForParaphrases() {
        SentenceEmbedder en = BgeEmbedders.english();
        float[] a = en.embed("I lost my card");
        float[] b = en.embed("my card is missing");
        float[] c = en.embed("what is the exchange rate for euros");
        assertThat(a).hasSize(BgeEmbedders.EN_DIMENSION);
        assertThat(dot(a, a)).isCloseTo(1.0, within(1e-4));
        assertThat(dot(a, b)).isGreaterThan(dot(a, c));
    }

    /**
     * Reference values recorded on an x86 CPU with AVX-512 VNNI. They guard the whole embedding path (tokenizer
     * options, pooling, normalisation, the model artifact) and, with exact int8 products, hold on x86 CPUs
     * without VNNI too; the tolerance only allows for the float kernels' different SIMD widths.
     */
    @Test
    void knownSentencesKeepTheirReferenceVectors() {
        SentenceEmbedder zh = BgeEmbedders.uncachedCatalog().embedder(BgeEmbedders.ZH_MODEL);
        SentenceEmbedder en = BgeEmbedders.uncachedCatalog().embedder(BgeEmbedders.EN_MODEL);
        assertStartsWith(zh.embed("我的快递怎么还没到"),
                0.060626f, 0.047507f, 0.028269f, -0.008954f, -0.025654f, -0.023942f, 0.004379f, 0.026518f);
        assertStartsWith(en.embed("I still have not received my new card"),
                -0.051008f, -0.009286f, 0.066385f, 0.017058f, -0.014299f, -0.059363f, 0.029754f, 0.028683f);
    }

    private static void assertStartsWith(float[] vector, float... expected) {
        for (int i = 0; i < expected.length; i++) {
            assertThat(vector[i]).as("component %d", i).isCloseTo(expected[i], within(1e-4f));
        }
    }

    @Test
    void sameTextGivesSameVectorAndCallersCannotCorruptTheCache() {
        SentenceEmbedder en = BgeEmbedders.english();
        float[] first = en.embed("where is my parcel");
        float[] copy = first.clone();
        first[0] = 42;
        assertThat(en.embed("where is my parcel")).containsExactly(copy);
    }

    @Test
    void blankAndHugeTextDoNotFail() {
        SentenceEmbedder zh = BgeEmbedders.chinese();
        assertThat(zh.embed("")).containsOnly(0f);
        assertThat(zh.embed("   ")).containsOnly(0f);
        float[] huge = zh.embed("退".repeat(10_000));
        assertThat(dot(huge, huge)).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void onlyTheFirstTokensOfALongMessageCount() {
        SentenceEmbedder en = BgeEmbedders.uncachedCatalog().embedder(BgeEmbedders.EN_MODEL);
        String opening = ("i was charged twice for the same card payment at a supermarket near my house yesterday"
                + " evening and when i called the shop this morning the manager told me that ").repeat(9);
        float[] refund = en.embed(opening + " it will refund me but nothing has arrived on my account");
        float[] exchange = en.embed(opening + " what exchange rate do you use for euros when i travel abroad");
        assertThat(refund).containsExactly(exchange);
        assertThat(en.embed("i was charged twice")).isNotEqualTo(en.embed("what exchange rate do you use"));
    }

    @Test
    void textCutInsideASurrogatePairStillEmbeds() {
        SentenceEmbedder zh = BgeEmbedders.uncachedCatalog().embedder(BgeEmbedders.ZH_MODEL);
        String text = "a".repeat(OnnxSentenceEmbedder.MAX_CHARS - 1) + "😀".repeat(10);
        float[] vector = zh.embed(text);
        assertThat(dot(vector, vector)).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void picksTheModelByLanguage() {
        assertThat(BgeEmbedders.forLanguage(Language.EN)).isSameAs(BgeEmbedders.english());
        assertThat(BgeEmbedders.forLanguage(Language.MIXED)).isSameAs(BgeEmbedders.chinese());
        assertThat(BgeEmbedders.forLanguage(Language.ZH)).isSameAs(BgeEmbedders.chinese());
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }
}
