package org.kefu.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class NluModelTest {

    private static NluModel model;

    @BeforeAll
    static void train() {
        model = NluModel.train(TinyBot.data(), NluOptions.defaults());
    }

    @Test
    void recognisesIntentsInBothLanguages() {
        assertThat(model.understand("我想退货").topIntent()).hasValueSatisfying(i -> assertThat(i.intent()).isEqualTo("refund"));
        assertThat(model.understand("where is my order").topIntent())
                .hasValueSatisfying(i -> assertThat(i.intent()).isEqualTo("track_order"));
        assertThat(model.understand("转人工客服").topIntent()).hasValueSatisfying(i -> assertThat(i.intent()).isEqualTo("human"));
    }

    @Test
    void ranksIntentsWithProbabilitiesThatSumToAtMostOne() {
        Understanding u = model.understand("我要退款");
        assertThat(u.intents()).hasSize(4);
        assertThat(u.intents()).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
        assertThat(u.intents().stream().mapToDouble(IntentScore::confidence).sum()).isLessThanOrEqualTo(1.0 + 1e-9);
    }

    @Test
    void savedModelPredictsIdenticallyAfterLoading() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.save(bytes);
        NluModel loaded = NluModel.load(new ByteArrayInputStream(bytes.toByteArray()), NluOptions.defaults());
        assertThat(loaded.version()).isEqualTo(model.version());
        assertThat(loaded.outOfScopeThreshold()).isEqualTo(model.outOfScopeThreshold());
        for (String text : List.of("我想退货", "where is my parcel", "你好啊", "random words about nothing", "")) {
            assertThat(loaded.understand(text)).isEqualTo(model.understand(text));
        }
    }

    @Test
    void aQuestionFarFromEveryExampleIsOutOfScopeEvenWhenOneIntentIsProbable() {
        for (String text : List.of("我想退货", "where is my parcel", "转人工客服")) {
            Understanding u = model.understand(text);
            assertThat(u.outOfScope()).as(text).isFalse();
            assertThat(u.inScopeScore()).as(text).isGreaterThanOrEqualTo(model.outOfScopeThreshold());
        }
        // Trained on its intents alone, the linear model is sure of an intent for each (it can only choose among
        // the bot's four), but none comes close to anything the bot was taught.
        NluModel intentsOnly = NluModel.train(
                new TrainingData(TinyBot.data().intentExamples(), List.of(), List.of(), List.of()), NluOptions.defaults());
        for (String text : List.of("明天北京会下雨吗", "我的银行卡丢了", "能便宜点吗")) {
            Understanding u = intentsOnly.understand(text);
            assertThat(u.topIntent()).as(text).hasValueSatisfying(i -> assertThat(i.confidence()).isGreaterThan(0.7));
            assertThat(u.inScopeScore()).as(text).isLessThan(intentsOnly.outOfScopeThreshold()).isBetween(0.0, 1.0);
            assertThat(u.outOfScope()).as(text).isTrue();
        }
    }

    @Test
    void faqQuestionsTeachTheClassifierWhatIsNoIntentWithoutBeingReportedAsOne() {
        List<TrainingData.LabeledText> examples = new java.util.ArrayList<>();
        for (String text : List.of("推荐个手机", "想买个耳机", "有什么电脑推荐", "预算两千买什么手机好", "recommend a phone",
                "which earbuds should i buy", "suggest a laptop")) {
            examples.add(new TrainingData.LabeledText(text, "recommend"));
        }
        examples.addAll(TinyBot.data().intentExamples());
        TrainingData.FaqEntry warranty = new TrainingData.FaqEntry("warranty", List.of("手机保修多久", "耳机坏了能保修吗",
                "电脑屏幕坏了怎么办", "手机开不了机了", "my phone stopped working", "is my laptop under warranty"));
        NluModel withFaq = NluModel.train(new TrainingData(examples, List.of(warranty), List.of(), List.of()),
                NluOptions.defaults());
        NluModel withoutFaq = NluModel.train(new TrainingData(examples, List.of(), List.of(), List.of()),
                NluOptions.defaults());

        String question = "耳机左边没声音了";
        // Without the FAQ the classifier can only pick among the intents, and the product word decides.
        assertThat(withoutFaq.understand(question).topIntent())
                .hasValueSatisfying(i -> assertThat(i.intent()).isEqualTo("recommend"));
        Understanding u = withFaq.understand(question);
        assertThat(u.topIntent()).hasValueSatisfying(i -> assertThat(i.confidence()).isLessThan(0.5));
        assertThat(u.topFaq()).hasValueSatisfying(hit -> assertThat(hit.faqId()).isEqualTo("warranty"));
        assertThat(u.intents()).extracting(IntentScore::intent).doesNotContain(NluModel.FAQ_QUESTION + "warranty");
        assertThat(withFaq.intents()).containsExactlyInAnyOrderElementsOf(withoutFaq.intents());
        assertThat(withFaq.understand("想买个降噪耳机").topIntent())
                .hasValueSatisfying(i -> assertThat(i.intent()).isEqualTo("recommend"));
    }

    @Test
    void aRequestStatedLastIsFoundBehindALongPreamble() {
        // A strict threshold, so that the preamble's dilution puts the whole message out of scope.
        NluModel strict = NluModel.train(TinyBot.data(), NluOptions.defaults().withOutOfScopeThreshold(0.8));
        for (String text : List.of(
                "the weather has been terrible all week and my cat knocked over a lamp, the football game last night "
                        + "was boring, order DD12345678, how do I return this item",
                "明天北京会下雨吗，昨晚的球赛太无聊了，我家猫把台灯打翻了，订单DD12345678，我要退货")) {
            Understanding u = strict.understand(text);
            assertThat(u.outOfScope()).as(text).isFalse();
            assertThat(u.topIntent()).as(text).hasValueSatisfying(i -> {
                assertThat(i.intent()).isEqualTo("refund");
                assertThat(i.confidence()).isGreaterThanOrEqualTo(NluModel.SURE_INTENT);
            });
            // Entities and text are the whole message's: the order number sits in an earlier clause.
            assertThat(u.entity(Entity.ORDER_NUMBER)).as(text)
                    .hasValueSatisfying(e -> assertThat(e.value()).contains("12345678"));
            assertThat(u.text()).isEqualTo(text);
        }
        // Off-topic clauses alone stay out of scope, wherever they stand.
        assertThat(strict.understand("昨晚的球赛太无聊了，明天北京会下雨吗").outOfScope()).isTrue();
    }

    @Test
    void trainingIsDeterministicForASeed() {
        NluModel again = NluModel.train(TinyBot.data(), NluOptions.defaults());
        assertThat(again.version()).isEqualTo(model.version());
        NluModel otherSeed = NluModel.train(TinyBot.data(), NluOptions.defaults().withSeed(7));
        assertThat(otherSeed.version()).isNotEqualTo(model.version());
    }

    @Test
    void noisyLabelOptionsReachTraining() {
        List<TrainingData.LabeledText> examples = new java.util.ArrayList<>(TinyBot.data().intentExamples());
        examples.add(new TrainingData.LabeledText("查一下我的包裹到哪了", "greeting"));
        TrainingData noisy = new TrainingData(examples, List.of(), List.of(), List.of());

        NluModel trusting = NluModel.train(noisy, NluOptions.defaults());
        NluModel judging = NluModel.train(noisy, NluOptions.defaults().withLabels(new NoisyLabels(0.2, 0.3, 0.5)));

        assertThat(judging.version()).isNotEqualTo(trusting.version());
        assertThat(judging.understand("查一下我的包裹到哪了").topIntent())
                .hasValueSatisfying(i -> assertThat(i.intent()).isEqualTo("track_order"));
    }

    @Test
    void rejectsOutOfRangeLabelSettings() {
        assertThatThrownBy(() -> new NoisyLabels(1, 0.3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoisyLabels(0.05, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoisyLabels(0.05, 0.3, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsStreamsThatAreNotModels() {
        assertThatThrownBy(() -> NluModel.load(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}),
                NluOptions.defaults())).isInstanceOf(NluException.class).hasMessageContaining("magic");
        assertThatThrownBy(() -> NluModel.load(new ByteArrayInputStream(new byte[0]), NluOptions.defaults()))
                .isInstanceOf(NluException.class);
    }

    @Test
    void trainsAFaqOnlyBotWithoutIntents() {
        TrainingData faqOnly = new TrainingData(List.of(), TinyBot.data().faqs(), List.of(), List.of());
        NluModel faqModel = NluModel.train(faqOnly, NluOptions.defaults());
        Understanding u = faqModel.understand("包邮吗");
        assertThat(u.intents()).isEmpty();
        assertThat(faqModel.intents()).isEmpty();
        assertThat(u.topFaq()).hasValueSatisfying(hit -> assertThat(hit.faqId()).isEqualTo("shipping_fee"));
    }

    @Test
    void extractsEntitiesFromTheBotsPatternsAndDictionary() {
        Understanding u = model.understand("我的苹果手机订单DD12345678到哪了");
        assertThat(u.entity(Entity.ORDER_NUMBER)).hasValueSatisfying(e -> assertThat(e.value()).contains("12345678"));
        assertThat(u.entity("product")).hasValueSatisfying(e -> assertThat(e.value()).isEqualTo("iphone"));
    }
}
