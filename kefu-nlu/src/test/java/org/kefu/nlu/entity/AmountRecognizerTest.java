package org.kefu.nlu.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefu.nlu.entity.Extraction.values;

import org.junit.jupiter.api.Test;
import org.kefu.nlu.Entity;

final class AmountRecognizerTest {

    @Test
    void readsArabicAmountsWithCurrencySigns() {
        assertThat(values("一共¥1,299", Entity.AMOUNT)).containsExactly("1299.00");
        assertThat(values("一共￥1,299.5", Entity.AMOUNT)).containsExactly("1299.50");
        assertThat(values("it cost $30", Entity.AMOUNT)).containsExactly("30.00");
    }

    @Test
    void readsArabicAmountsWithCurrencyWords() {
        assertThat(values("退款1299元什么时候到", Entity.AMOUNT)).containsExactly("1299.00");
        assertThat(values("才50块钱", Entity.AMOUNT)).containsExactly("50.00");
        assertThat(values("it was 30 dollars", Entity.AMOUNT)).containsExactly("30.00");
        assertThat(values("200 RMB", Entity.AMOUNT)).containsExactly("200.00");
    }

    @Test
    void readsMultipliers() {
        assertThat(values("预算2k左右", Entity.AMOUNT)).containsExactly("2000.00");
        assertThat(values("贷款1.5万", Entity.AMOUNT)).containsExactly("15000.00");
        assertThat(values("贷款1.5万元", Entity.AMOUNT)).containsExactly("15000.00");
        assertThat(values("月薪3w", Entity.AMOUNT)).containsExactly("30000.00");
    }

    @Test
    void readsChineseNumeralAmounts() {
        assertThat(values("借两万块", Entity.AMOUNT)).containsExactly("20000.00");
        assertThat(values("三千五能买吗", Entity.AMOUNT)).containsExactly("3500.00");
        assertThat(values("十块", Entity.AMOUNT)).containsExactly("10.00");
        assertThat(values("一百零五元", Entity.AMOUNT)).containsExactly("105.00");
    }

    @Test
    void readsOtherCurrenciesAfterDigitsAndChineseNumerals() {
        assertThat(values("三十美元", Entity.AMOUNT)).containsExactly("30.00");
        assertThat(values("换两百欧元", Entity.AMOUNT)).containsExactly("200.00");
        assertThat(values("汇了500港币", Entity.AMOUNT)).containsExactly("500.00");
        assertThat(values("it was €20", Entity.AMOUNT)).containsExactly("20.00");
        assertThat(values("20 euros please", Entity.AMOUNT)).containsExactly("20.00");
        assertThat(values("£15", Entity.AMOUNT)).containsExactly("15.00");
    }

    @Test
    void readsSumsOfLessThanAYuan() {
        assertThat(values("就差五毛钱", Entity.AMOUNT)).containsExactly("0.50");
        assertThat(values("两毛五", Entity.AMOUNT)).containsExactly("0.25");
        assertThat(values("多收了我8毛", Entity.AMOUNT)).containsExactly("0.80");
        assertThat(values("十块五毛", Entity.AMOUNT)).containsExactly("10.50");
        assertThat(values("两毛衣服", Entity.AMOUNT)).isEmpty();
        assertThat(values("买了两件毛衣", Entity.AMOUNT)).isEmpty();
        assertThat(values("屏幕三角有裂痕", Entity.AMOUNT)).isEmpty();
        assertThat(values("两毛五", Entity.PERSON)).isEmpty();
    }

    @Test
    void readsABareNumberAfterAVerbOfPayingAsMoney() {
        assertThat(values("转账5000", Entity.AMOUNT)).containsExactly("5000.00");
        assertThat(values("我要转1000给他", Entity.AMOUNT)).containsExactly("1000.00");
        assertThat(values("退我59.9就行", Entity.AMOUNT)).containsExactly("59.90");
        assertThat(values("莫名其妙扣了二十", Entity.AMOUNT)).containsExactly("20.00");
        assertThat(values("transfer 500 to my savings", Entity.AMOUNT)).containsExactly("500.00");
        assertThat(values("I was charged 35.50 twice", Entity.AMOUNT)).containsExactly("35.50");
        assertThat(values("they charged me 12.99", Entity.AMOUNT)).containsExactly("12.99");
        assertThat(values("I sent 200 yesterday", Entity.AMOUNT)).containsExactly("200.00");
        assertThat(values("can I withdraw 300?", Entity.AMOUNT)).containsExactly("300.00");
    }

    @Test
    void aCountOrACodeAfterAVerbOfPayingIsNoMoney() {
        assertThat(values("帮我转一下", Entity.AMOUNT)).isEmpty();
        assertThat(values("还了两次", Entity.AMOUNT)).isEmpty();
        assertThat(values("退了3件", Entity.AMOUNT)).isEmpty();
        assertThat(values("转了2笔", Entity.AMOUNT)).isEmpty();
        assertThat(values("扣了50分", Entity.AMOUNT)).isEmpty();
        assertThat(values("还款15号", Entity.AMOUNT)).isEmpty();
        assertThat(values("退款12345678901", Entity.AMOUNT)).isEmpty();
        assertThat(values("转给13800138000", Entity.AMOUNT)).isEmpty();
        assertThat(values("汇率7.2", Entity.AMOUNT)).isEmpty();
        assertThat(values("I paid 3 times", Entity.AMOUNT)).isEmpty();
        assertThat(values("sent 2 emails", Entity.AMOUNT)).isEmpty();
        assertThat(values("I transferred 2 days ago", Entity.AMOUNT)).isEmpty();
        assertThat(values("refund 2.5 hours later", Entity.AMOUNT)).isEmpty();
    }

    @Test
    void readsColloquialAndApproximateAmounts() {
        assertThat(values("预算1万2", Entity.AMOUNT)).containsExactly("12000.00");
        assertThat(values("3千5能买到吗", Entity.AMOUNT)).containsExactly("3500.00");
        assertThat(values("十万", Entity.AMOUNT)).containsExactly("100000.00");
        assertThat(values("借十万块", Entity.AMOUNT)).containsExactly("100000.00");
        assertThat(values("花了100多块", Entity.AMOUNT)).containsExactly("100.00");
        assertThat(values("1万2千米", Entity.AMOUNT)).doesNotContain("12000.00");
        assertThat(values("1万2个", Entity.AMOUNT)).doesNotContain("12000.00");
    }

    @Test
    void readsEnglishNumberWordsBeforeACurrency() {
        assertThat(values("thirty dollars", Entity.AMOUNT)).containsExactly("30.00");
        assertThat(values("under fifty bucks", Entity.AMOUNT)).containsExactly("50.00");
        assertThat(values("a hundred and fifty yuan", Entity.AMOUNT)).containsExactly("150.00");
        assertThat(values("twenty-five dollars", Entity.AMOUNT)).containsExactly("25.00");
        assertThat(values("two thousand five hundred rmb", Entity.AMOUNT)).containsExactly("2500.00");
        assertThat(values("i paid a dollar", Entity.AMOUNT)).isEmpty();
        assertThat(values("two cases", Entity.AMOUNT)).isEmpty();
        assertThat(values("i got two and five dollars back", Entity.AMOUNT)).containsExactly("5.00");
        assertThat(EnglishAmountFinderCheck.parse("twenty thirty")).isEqualTo(-1);
        assertThat(EnglishAmountFinderCheck.parse("five five")).isEqualTo(-1);
        assertThat(EnglishAmountFinderCheck.parse("nineteen hundred")).isEqualTo(1900);
        assertThat(EnglishAmountFinderCheck.parse("one million two hundred thousand")).isEqualTo(1_200_000);
    }

    @Test
    void readsTenthsAfterTheUnit() {
        assertThat(values("才5块5", Entity.AMOUNT)).containsExactly("5.50");
        assertThat(values("十块五毛", Entity.AMOUNT)).containsExactly("10.50");
        assertThat(values("3元2角", Entity.AMOUNT)).containsExactly("3.20");
        assertThat(values("七块九有多少个", Entity.AMOUNT)).containsExactly("7.90");
    }

    @Test
    void bareNumbersAndNumeralWordsAreNotAmounts() {
        assertThat(values("我买了3个", Entity.AMOUNT)).isEmpty();
        assertThat(values("千万不要发顺丰", Entity.AMOUNT)).isEmpty();
        assertThat(values("万一丢了怎么办", Entity.AMOUNT)).isEmpty();
        assertThat(values("便宜一点", Entity.AMOUNT)).isEmpty();
        assertThat(values("跑了3千米", Entity.AMOUNT)).isEmpty();
        assertThat(values("2026-11-26", Entity.AMOUNT)).isEmpty();
        assertThat(values("一千克", Entity.AMOUNT)).isEmpty();
        assertThat(values("前三百名返现么", Entity.AMOUNT)).isEmpty();
        assertThat(values("8元一份", Entity.AMOUNT)).containsExactly("8.00");
    }

    @Test
    void readsColloquialChineseNumerals() {
        assertThat(ChineseNumerals.parse("三千五")).isEqualTo(3500);
        assertThat(ChineseNumerals.parse("两万五")).isEqualTo(25000);
        assertThat(ChineseNumerals.parse("十五")).isEqualTo(15);
        assertThat(ChineseNumerals.parse("二十六")).isEqualTo(26);
        assertThat(ChineseNumerals.parse("一万零五百")).isEqualTo(10500);
        assertThat(ChineseNumerals.parse("一亿二千万")).isEqualTo(120_000_000);
        assertThat(ChineseNumerals.parse("一二")).isEqualTo(-1);
        assertThat(ChineseNumerals.parse("千万")).isEqualTo(-1);
        assertThat(ChineseNumerals.parse("十万")).isEqualTo(100_000);
        assertThat(ChineseNumerals.parse("万")).isEqualTo(-1);
    }

    /** Parses a phrase of English number words the way the finder does. */
    private static final class EnglishAmountFinderCheck {
        static long parse(String words) {
            java.util.List<int[]> spans = new java.util.ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("[a-z]+").matcher(words);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
            return EnglishAmountFinder.parse(words, spans);
        }
    }
}
