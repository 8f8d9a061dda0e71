package org.kefu.nlu.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class QuestionSimilarityTest {
    private final QuestionSimilarity similarity = QuestionSimilarity.builder().build();

    @Test
    void paraphrasesMeanTheSameAndUnrelatedQuestionsDoNot() {
        assertThat(similarity.sameMeaning("怎么退货", "我想退货怎么操作")).isTrue();
        assertThat(similarity.sameMeaning("how do i return an item", "i want to send this back")).isTrue();
        assertThat(similarity.sameMeaning("怎么退货", "今天天气怎么样")).isFalse();
        assertThat(similarity.sameMeaning("运费怎么算", "怎么开发票")).isFalse();
        assertThat(similarity.sameMeaning("how do i return an item", "what's the weather like")).isFalse();
    }

    @Test
    void similarityIsASymmetricProbability() {
        double ab = similarity.similarity("怎么开发票", "发票怎么开");
        assertThat(ab).isBetween(0.0, 1.0).isEqualTo(similarity.similarity("发票怎么开", "怎么开发票"));
        assertThat(similarity.similarity("怎么开发票", "发票怎么开"))
                .isGreaterThan(similarity.similarity("怎么开发票", "什么时候发货"));
    }

    @Test
    void featuresDescribeThePair() {
        PairFeatures same = similarity.features("运费怎么算", "运费怎么算");
        assertThat(same.cosine()).isGreaterThan(0.99);
        assertThat(same.charJaccard()).isEqualTo(1.0);
        assertThat(same.bigramJaccard()).isEqualTo(1.0);
        assertThat(same.wordJaccard()).isEqualTo(1.0);
        assertThat(same.lengthRatio()).isEqualTo(1.0);
        PairFeatures empty = similarity.features("", "   ");
        assertThat(empty.toArray()).containsOnly(0.0);
    }

    @Test
    void clustersGroupQuestionsThatMeanTheSame() {
        List<String> questions = List.of("怎么退货", "怎么开发票", "我想退货", "今天天气怎么样", "能开发票吗",
                "退货流程是什么", "how do i return an item", "发票怎么开", "i want to send this back", "怎么申请退货");
        List<QuestionCluster> clusters = similarity.cluster(questions);
        assertThat(clusters.get(0).members()).containsExactly(0, 2, 5, 9);
        assertThat(clusters.get(1).members()).containsExactly(1, 4, 7);
        assertThat(clusters.get(2).members()).containsExactly(6, 8);
        assertThat(clusters.get(3).members()).containsExactly(3);
        assertThat(clusters.get(0).members()).contains(clusters.get(0).representative());
        assertThat(clusters.stream().mapToInt(QuestionCluster::size).sum()).isEqualTo(questions.size());
    }

    @Test
    void clusteringIsDeterministic() {
        List<String> questions = List.of("运费怎么算", "邮费多少钱", "包邮吗", "怎么退货", "能退吗", "发票", "开票", "hi", "");
        assertThat(similarity.cluster(questions)).isEqualTo(similarity.cluster(questions));
        assertThat(similarity.cluster(List.of())).isEmpty();
    }

    @Test
    void refusesToClusterMoreThanTheLimit() {
        List<String> many = Collections.nCopies(QuestionSimilarity.MAX_CLUSTERED + 1, "运费");
        assertThatThrownBy(() -> similarity.cluster(many))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(QuestionSimilarity.MAX_CLUSTERED));
    }

    @Test
    void randomQuestionsNeverFailAndStayInRange() {
        Random random = new Random(7);
        String alphabet = "运费退货发票怎么吗abc xyz09😀？!\u0000";
        for (int i = 0; i < 100; i++) {
            String a = randomText(random, alphabet);
            String b = randomText(random, alphabet);
            assertThat(similarity.similarity(a, b)).as(a + " / " + b).isBetween(0.0, 1.0);
        }
    }

    @Test
    void fittedWeightsFollowTheLabels() {
        List<PairFeatures> pairs = new ArrayList<>();
        List<Boolean> same = new ArrayList<>();
        Random random = new Random(1);
        for (int i = 0; i < 400; i++) {
            double cosine = random.nextDouble();
            double overlap = random.nextDouble();
            pairs.add(new PairFeatures(cosine, overlap, overlap, overlap, 1));
            same.add(overlap > 0.6); // here only overlap matters
        }
        SimilarityWeights fitted = SimilarityWeights.fit(pairs, same);
        assertThat(fitted.probability(new PairFeatures(0.5, 0.9, 0.9, 0.9, 1))).isGreaterThan(0.8);
        assertThat(fitted.probability(new PairFeatures(0.5, 0.2, 0.2, 0.2, 1))).isLessThan(0.2);
        assertThat(SimilarityWeights.fit(pairs, same)).isEqualTo(fitted);
    }

    @Test
    void fitRejectsMismatchedLabels() {
        assertThatThrownBy(() -> SimilarityWeights.fit(List.of(new PairFeatures(1, 1, 1, 1, 1)), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 pairs but 0 labels");
    }

    @Test
    void threshold_outOfRange() {
        assertThatThrownBy(() -> QuestionSimilarity.builder().threshold(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.5");
    }

    private static String randomText(Random random, String alphabet) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(15);
        for (int i = 0; i < length; i++) {
            int offset = alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())));
            text.appendCodePoint(alphabet.codePointAt(offset));
        }
        return text.toString();
    }
}
