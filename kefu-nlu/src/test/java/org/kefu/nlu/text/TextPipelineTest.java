package org.kefu.nlu.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefu.nlu.Language;
import org.kefu.nlu.Token;

final class TextPipelineTest {
    private final TextPipeline pipeline = TextPipeline.standard();

    @Test
    void fullWidthLettersDigitsAndPunctuationBecomeHalfWidth() {
        assertThat(pipeline.normalize("ＡＢＣ１２３，ｈｅｌｌｏ！")).isEqualTo("abc123,hello!");
        assertThat(pipeline.normalize("订单号：１２３４５")).isEqualTo("订单号:12345");
    }

    @Test
    void ideographicSpaceBecomesOneSpace() {
        assertThat(pipeline.normalize("你好\u3000\u3000世界")).isEqualTo("你好 世界");
    }

    @Test
    void traditionalChineseBecomesSimplified() {
        assertThat(pipeline.normalize("我的訂單還沒到，請幫我查詢")).isEqualTo("我的订单还没到,请帮我查询");
        assertThat(pipeline.normalize("退貨運費")).isEqualTo("退货运费");
    }

    @Test
    void textIsLowerCasedWhateverTheDefaultLocale() {
        assertThat(pipeline.normalize("Where Is My IPHONE?")).isEqualTo("where is my iphone?");
    }

    @Test
    void compatibilityFormsAreNormalisedByNfkc() {
        assertThat(pipeline.normalize("①号ﬁle ｶﾀｶﾅ")).isEqualTo("1号file カタカナ");
        assertThat(pipeline.normalize("￥1,299")).isEqualTo("¥1,299");
    }

    @Test
    void whitespaceRunsCollapseAndEndsAreTrimmed() {
        assertThat(pipeline.normalize("  hello \t\n  world  ")).isEqualTo("hello world");
        assertThat(pipeline.normalize(" \n\t ")).isEmpty();
    }

    @Test
    void controlCharactersAndLoneSurrogatesBecomeSpaces() {
        assertThat(pipeline.normalize("a\u0000b\u0007c")).isEqualTo("a b c");
        assertThat(pipeline.normalize("x\uD800y\uDC00z")).isEqualTo("x y z");
        assertThat(pipeline.normalize("zero\u200Bwidth")).isEqualTo("zerowidth");
    }

    @Test
    void emojiAreKeptAsTokens() {
        AnalyzedText text = pipeline.analyze("太棒了👍👨‍👩‍👧");
        assertThat(texts(text.tokens())).contains("👍", "👨‍👩‍👧");
        assertThat(pipeline.analyze("❤️").language()).isEqualTo(Language.UNKNOWN);
    }

    @Test
    void detectsChineseEnglishMixedAndUnknown() {
        assertThat(pipeline.analyze("我要退货").language()).isEqualTo(Language.ZH);
        assertThat(pipeline.analyze("I want a refund").language()).isEqualTo(Language.EN);
        assertThat(pipeline.analyze("我的iPhone 15订单还没到").language()).isEqualTo(Language.MIXED);
        assertThat(pipeline.analyze("13800138000").language()).isEqualTo(Language.UNKNOWN);
        assertThat(pipeline.analyze("").language()).isEqualTo(Language.UNKNOWN);
        assertThat(pipeline.analyze("我們").language()).isEqualTo(Language.ZH);
    }

    @Test
    void segmentsMixedChineseAndLatinAtScriptBoundaries() {
        AnalyzedText text = pipeline.analyze("我的iPhone 15訂單還沒到");

        assertThat(text.normalized()).isEqualTo("我的iphone 15订单还没到");
        assertThat(texts(text.tokens())).containsExactly("我", "的", "iphone", "15", "订单", "还", "没", "到");
        Token iphone = text.tokens().get(2);
        assertThat(text.normalized().substring(iphone.start(), iphone.end())).isEqualTo("iphone");
    }

    @Test
    void tokenOffsetsReferToTheNormalisedText() {
        AnalyzedText text = pipeline.analyze("  ＨＥＬＬＯ，　我想查一下物流  ");
        for (Token t : text.tokens()) {
            assertThat(text.normalized().substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(texts(text.tokens())).containsSubsequence("hello", "物流");
    }

    @Test
    void termsStemEnglishWordsAndKeepChineseWords() {
        AnalyzedText text = pipeline.analyze("My orders were delivered to the wrong 地址");
        assertThat(text.terms()).containsExactly("my", "order", "were", "deliv", "to", "the", "wrong", "地址");
        assertThat(text.terms()).hasSameSizeAs(text.tokens());
    }

    @Test
    void longInputIsCutToTheMaximumLength() {
        String longText = "退".repeat(10_000);
        AnalyzedText text = pipeline.analyze(longText);
        assertThat(text.original()).hasSize(10_000);
        assertThat(text.normalized()).hasSize(TextPipeline.MAX_CHARS);
    }

    @Test
    void truncationNeverSplitsASurrogatePair() {
        String text = "a" + "😀".repeat(TextPipeline.MAX_CHARS);
        String normalized = pipeline.normalize(text);
        assertThat(normalized.length()).isLessThanOrEqualTo(TextPipeline.MAX_CHARS);
        assertThat(Character.isHighSurrogate(normalized.charAt(normalized.length() - 1))).isFalse();
    }

    @Test
    void pipelineIsSafeToShareBetweenThreads() throws Exception {
        List<String> messages = List.of("我的iPhone 15訂單還沒到", "Where is my ORDER?", "张三丰明天去北京 👍", "ＡＢＣ１２３");
        List<AnalyzedText> expected = messages.stream().map(pipeline::analyze).toList();
        try (var executor = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(executor.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        int k = i % messages.size();
                        if (!pipeline.analyze(messages.get(k)).equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (var r : results) {
                assertThat(r.get()).isTrue();
            }
        }
    }

    @Test
    void customPipelineAppliesOnlyItsFilters() {
        TextPipeline caseOnly = TextPipeline.of(new CaseFoldFilter());
        assertThat(caseOnly.normalize("ＡBC  訂單")).isEqualTo("ａbc  訂單");
    }

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }
}
