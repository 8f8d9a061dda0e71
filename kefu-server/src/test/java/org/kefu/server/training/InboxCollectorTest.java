package org.kefu.server.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

final class InboxCollectorTest {

    private final InboxCollector collector = new InboxCollector(0.6);
    private final List<InboxStore.Row> rows = new ArrayList<>();

    private void customer(String conversation, long seq, String text, @Nullable String outcome, double confidence) {
        rows.add(new InboxStore.Row(conversation, seq, "customer", text, false, outcome, confidence,
                Instant.parse("2026-11-24T10:00:00Z").plusSeconds(seq), false));
    }

    private void agent(String conversation, long seq, String text) {
        rows.add(new InboxStore.Row(conversation, seq, "agent", text, false, null, 0,
                Instant.parse("2026-11-24T10:00:00Z").plusSeconds(seq), false));
    }

    private List<String> collected() {
        return collector.collect(rows, List.of()).stream()
                .map(c -> c.question().text() + " " + c.question().reasons()).toList();
    }

    @Test
    void fallbacksAndLowConfidenceAnswersAreCollectedConfidentOnesAreNot() {
        customer("a", 1, "你们卖飞机吗", "fallback", 0);
        customer("a", 3, "运费怎么算", "answered", 0.45);
        customer("a", 5, "运费多少", "answered", 0.93);
        assertThat(collected()).containsExactly("你们卖飞机吗 [fallback]", "运费怎么算 [low_confidence]");
    }

    @Test
    void aNotHelpfulOrARequestForAPersonPointsAtTheQuestionBeforeIt() {
        customer("a", 1, "礼品卡怎么用", "answered", 0.9);
        customer("a", 3, "没用", "fallback", 0);
        customer("b", 1, "Can I pay with a gift card?", "answered", 0.8);
        customer("b", 3, "not helpful!", "fallback", 0);
        customer("c", 1, "我的快递被别人签收了", "answered", 0.7);
        customer("c", 3, "转人工", "handoff", 0.95);
        agent("c", 5, "您好，我帮您联系快递核实签收人。");
        assertThat(collected()).containsExactly("礼品卡怎么用 [not_helpful]", "Can I pay with a gift card? [not_helpful]",
                "我的快递被别人签收了 [handoff]");
        assertThat(collector.collect(rows, List.of()).getLast().draftAnswer()).isEqualTo("您好，我帮您联系快递核实签收人。");
    }

    @Test
    void aThumbsDownCollectsTheQuestionItsAnswerReplied() {
        customer("a", 1, "发票怎么开", "answered", 0.95);
        assertThat(collector.collect(rows, List.of(new InboxStore.BadRating("a", 1))))
                .singleElement().satisfies(c -> assertThat(c.question().reasons()).containsExactly("bad_rating"));
    }

    @Test
    void resolvedQuestionsButtonsAndComplaintsWithoutAQuestionStayOut() {
        rows.add(new InboxStore.Row("a", 1, "customer", "/faq invoice", true, "fallback", 0, Instant.EPOCH, false));
        rows.add(new InboxStore.Row("a", 3, "customer", "已经处理过的问题", false, "fallback", 0, Instant.EPOCH, true));
        customer("b", 1, "没用", "fallback", 0);
        assertThat(collected()).isEmpty();
    }
}
