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
    void aLongMessageIsReadByItsOpeningAndItsEndNotItsMiddle() {
        SentenceEmbedder en = BgeEmbedders.uncachedCatalog().embedder(BgeEmbedders.EN_MODEL);
        String opening = "my new debit card was declined when i paid ";
        String request = " and nobody there answers my emails or my calls so please tell me how i can get all of my"
                + " money back from the shop before the weekend";
        String story = "at a supermarket near my house yesterday evening and when i called the shop this morning";
        String otherStory = "twice at the cinema on saturday and the staff there told me it was a problem with the bank";
        float[] refund = en.embed(opening + story.repeat(3) + request);
        assertThat(en.embed(opening + otherStory.repeat(3) + request)).containsExactly(refund);
        assertThat(en.embed(opening + story.repeat(3) + " so what exchange rate do you use for euros abroad"))
                .isNotEqualTo(refund);
        assertThat(en.embed("my old debit card was declined when i paid " + story.repeat(3) + request))
                .isNotEqualTo(refund);
    }

    @Test
    void theChineseModelReadsALongerWindow() {
        SentenceEmbedder zh = BgeEmbedders.uncachedCatalog().embedder(BgeEmbedders.ZH_MODEL);
        String opening = "你好，我上周买的那件外套";
        String story = "颜色和图片上的不太一样，袖子有点长，";
        String changed = story.replace("袖子", "领子");
        String request = "请问要怎么申请退货";
        String fits = opening + story + changed + request;
        assertThat(fits.length() + 2).isLessThanOrEqualTo(BgeEmbedders.ZH_MAX_TOKENS);
        assertThat(zh.embed(fits)).isNotEqualTo(zh.embed(opening + story + story + request));
        assertThat(zh.embed(opening + changed + story.repeat(3) + request))
                .containsExactly(zh.embed(opening + story.repeat(4) + request));
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
