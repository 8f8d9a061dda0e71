package org.kefu.nlu.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kefu.nlu.FaqHit;

/** Odd and random messages, in the spirit of Lucene's {@code checkRandomData}. */
final class FaqIndexRandomInputTest {
    private static final String[] ALPHABETS = {
        "运费退货发票地址付款保修多久怎么的了吗",
        "abcdefghijklmnopqrstuvwxyz ",
        "0123456789¥$,.!?，。！？",
        "😀🙂🚚📦👍",
        "\u0000\u0007\t\n\r\u200b\ufeff",
        "ＡＢＣ１２３運費發票",
    };

    private static FaqIndex index;

    @BeforeAll
    static void buildIndex() {
        index = FaqIndex.builder().entries(ShopFaq.entries()).build();
    }

    @Test
    void oddMessagesGiveValidLowConfidenceHits() {
        List<String> odd = List.of("", " ", "   \t\n", "退".repeat(10_000), "😀😀😀", "\ud800\udc00\udfff",
                "\u0000\u0001\u0002", "我的iPhone 15订单", "？？？", "a", "的");
        for (String message : odd) {
            List<FaqHit> hits = index.search(message, 5);
            assertThat(hits).hasSizeLessThanOrEqualTo(5);
            assertThat(hits).allSatisfy(h -> assertThat(h.confidence()).isBetween(0.0, 1.0));
        }
        assertThat(index.search("", 3)).allSatisfy(h -> assertThat(h.confidence()).isLessThan(0.1));
        assertThat(index.search("😀😀😀", 3)).allSatisfy(h -> assertThat(h.confidence()).isLessThan(0.3));
    }

    @Test
    void randomMessagesNeverFailAndConfidenceStaysInRange() {
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            String message = randomText(random);
            List<FaqHit> hits = index.search(message, 3);
            assertThat(hits).as(message).allSatisfy(h -> assertThat(h.confidence()).isBetween(0.0, 1.0));
        }
    }

    @Test
    void concurrentSearchesGiveTheSameAnswersAsSequentialOnes() throws Exception {
        List<String> messages = List.of("运费怎么算", "how do i return this", "能开发票吗", "今天天气怎么样", "can i pay by card");
        List<List<FaqHit>> expected = new ArrayList<>();
        for (String m : messages) {
            expected.add(index.search(m, 3));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<FaqHit>>> futures = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (String m : messages) {
                    futures.add(pool.submit(() -> index.search(m, 3)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % messages.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String randomText(Random random) {
        int length = random.nextInt(random.nextInt(10) == 0 ? 500 : 30);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String alphabet = ALPHABETS[random.nextInt(ALPHABETS.length)];
            int offset = alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())));
            text.appendCodePoint(alphabet.codePointAt(offset));
        }
        if (random.nextInt(20) == 0) {
            text.append((char) (0xd800 + random.nextInt(0x800))); // lone surrogate
        }
        return text.toString();
    }
}
