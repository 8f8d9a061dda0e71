package org.kefu.dialogue.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class PhrasesTest {

    private static Optional<String> reason(String text) {
        return Phrases.handoffReason(text, Map.of());
    }

    @Test
    void recognisesRequestsForAHumanInBothLanguages() {
        for (String text : List.of("转人工", "人工客服在吗", "我要找人工", "人工", "agent", "Agent!", "can I talk to a person?",
                "I want to speak to a human", "live agent please", "is there a way to reach a human",
                "please connect me to someone", "怎么联系人工")) {
            assertThat(reason(text)).as(text).contains("requested");
        }
    }

    @Test
    void doesNotTakeQuestionsAboutTheBotForRequests() {
        for (String text : List.of("你是真人吗", "are you human?", "is this an agent or a bot", "人工智能是什么")) {
            assertThat(reason(text)).as(text).isEmpty();
        }
    }

    @Test
    void aQuestionAboutWhenAgentsWorkIsNoRequestUnlessItAsksToBePutThrough() {
        for (String text : List.of("人工客服什么时候上班", "人工服务时间是几点到几点", "real person support hours?",
                "when is a live agent available")) {
            assertThat(reason(text)).as(text).isEmpty();
        }
        for (String text : List.of("转人工，你们几点下班", "我要找人工，什么时候能接通", "what time can I speak to a person",
                "人工客服，我没时间等了", "real person please, the app won't open")) {
            assertThat(reason(text)).as(text).contains("requested");
        }
    }

    @Test
    void ranksFraudOverComplaintOverRequestOverAnger() {
        assertThat(reason("我被骗了，我要投诉，转人工！！！")).contains("fraud");
        assertThat(reason("我要投诉 转人工")).contains("complaint");
        assertThat(reason("垃圾 转人工")).contains("requested");
        assertThat(reason("什么破服务，气死我了")).contains("anger");
        assertThat(reason("WTF is this")).contains("anger");
        assertThat(reason("where is my order???!!!")).contains("anger");
        assertThat(reason("someone made an unauthorized payment")).contains("fraud");
    }

    @Test
    void matchesLatinPhrasesAsWordsOnly() {
        assertThat(reason("my scampi arrived cold")).isEmpty();
        assertThat(Phrases.contains("operators", List.of("operator"))).isFalse();
    }

    @Test
    void understandsYesNoAndCancelInBothLanguages() {
        for (String yes : List.of("是", "是的", "对", "好的", "确认", "yes", "Yep!", "ok", "是的，确认退货")) {
            assertThat(Phrases.isYes(yes)).as(yes).isTrue();
            assertThat(Phrases.isNo(yes)).as(yes).isFalse();
        }
        for (String no : List.of("不", "不是", "否", "no", "nope", "不用了谢谢")) {
            assertThat(Phrases.isNo(no)).as(no).isTrue();
            assertThat(Phrases.isYes(no)).as(no).isFalse();
        }
        for (String cancel : List.of("算了", "不要了", "取消", "never mind", "Cancel.", "算了算了不退了")) {
            assertThat(Phrases.isCancel(cancel)).as(cancel).isTrue();
        }
        assertThat(Phrases.isCancel("取消订单怎么操作")).isFalse();
    }

    @Test
    void treatsOnlyShortMessagesAsSmalltalk() {
        assertThat(Phrases.smalltalk("你好")).contains("greeting");
        assertThat(Phrases.smalltalk("Thanks!")).contains("thanks");
        assertThat(Phrases.smalltalk("你好，我想查一下我上周买的那个手机的订单")).isEmpty();
    }

    @Test
    void recognisesCorrectionsButNotRequests() {
        for (String text : List.of("不对，是20241101002", "不是这个，是20241101002", "应该是 20241101002", "I mean 20241101002",
                "no, it's 20241101002", "Actually 20241101002")) {
            assertThat(Phrases.isCorrection(text)).as(text).isTrue();
        }
        for (String text : List.of("查一下20241101002到哪了", "where is my order 20241101002", "20241101002 退货")) {
            assertThat(Phrases.isCorrection(text)).as(text).isFalse();
        }
    }
}
