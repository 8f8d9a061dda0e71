package org.kefu.nlu.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kefu.nlu.FaqHit;
import org.kefu.nlu.TrainingData.FaqEntry;
import org.kefu.nlu.text.AnalyzedText;
import org.kefu.nlu.text.TextPipeline;

final class FaqIndexTest {
    private static FaqIndex index;

    @BeforeAll
    static void buildIndex() {
        index = FaqIndex.builder().entries(ShopFaq.entries()).build();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            运费是多少                          | shipping_fee
            寄过来要邮费吗                      | shipping_fee
            is delivery free?                   | shipping_fee
            收到的东西不喜欢能退吗              | returns
            i want to return my order           | returns
            能给我开张发票吗                    | invoice
            i need an invoice for my purchase   | invoice
            收货地址写错了能改吗                | change_address
            how do i update the address on my order | change_address
            可以用支付宝付钱吗                  | payment_methods
            can i pay by visa card              | payment_methods
            几天能送到                          | delivery_time
            when will my parcel arrive          | delivery_time
            质保期是多长时间                    | warranty
            what does the guarantee cover       | warranty
            """)
    void unseenParaphrasesFindTheirEntryWithHighConfidence(String message, String expected) {
        List<FaqHit> hits = index.search(message, 3);
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().faqId()).as(message + " -> " + hits).isEqualTo(expected);
        assertThat(hits.getFirst().confidence()).as(message + " -> " + hits).isGreaterThanOrEqualTo(0.5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            今天天气怎么样
            给我讲个笑话
            你们老板叫什么名字
            what is the capital of france
            i love pizza with pineapple
            who won the football match yesterday
            """)
    void offTopicMessagesGetLowConfidence(String message) {
        List<FaqHit> hits = index.search(message, 3);
        assertThat(hits).allSatisfy(h -> assertThat(h.confidence()).as(message + " -> " + hits).isLessThan(0.3));
    }

    @Test
    void hitsAreRankedBestFirstAndLimitedToK() {
        List<FaqHit> hits = index.search("运费怎么算，可以退货吗", 2);
        assertThat(hits).hasSizeLessThanOrEqualTo(2);
        assertThat(hits).extracting(FaqHit::confidence).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(index.search("运费", 0)).isEmpty();
    }

    @Test
    void callerMayPassTheQueryVectorComputedOnce() {
        AnalyzedText text = TextPipeline.standard().analyze("满100包邮吗");
        float[] vector = index.embedderFor(text.language()).embed(text.normalized());
        assertThat(index.search(text, vector, 3)).isEqualTo(index.search("满100包邮吗", 3));
        assertThat(index.search(text, vector, 1).getFirst().faqId()).isEqualTo("shipping_fee");
    }

    @Test
    void rejectsAVectorOfTheWrongDimension() {
        AnalyzedText text = TextPipeline.standard().analyze("包邮吗");
        assertThatThrownBy(() -> index.search(text, new float[3], 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dimension 3");
    }

    @Test
    void rejectsNegativeK() {
        assertThatThrownBy(() -> index.search("包邮吗", -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void rejectsDuplicateEntryIds() {
        FaqEntry a = new FaqEntry("same", List.of("a"));
        FaqEntry b = new FaqEntry("same", List.of("b"));
        assertThatThrownBy(() -> FaqIndex.builder().entries(List.of(a, b)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same");
    }

    @Test
    void candidates_zero() {
        assertThatThrownBy(() -> FaqIndex.builder().candidates(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }

    @Test
    void emptyKnowledgeBaseFindsNothing() {
        FaqIndex empty = FaqIndex.builder().build();
        assertThat(empty.size()).isZero();
        assertThat(empty.search("运费怎么算", 5)).isEmpty();
    }

    @Test
    void singleEntryKnowledgeBaseStillAnswersAndDoubts() {
        FaqIndex one = FaqIndex.builder()
                .entries(List.of(new FaqEntry("invoice", List.of("怎么开发票", "How can I get an invoice?"))))
                .build();
        assertThat(one.search("发票怎么开", 1).getFirst().confidence()).isGreaterThan(0.5);
        assertThat(one.search("今天天气怎么样", 1)).allSatisfy(h -> assertThat(h.confidence()).isLessThan(0.3));
    }
}
