package org.kefu.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kefu.dialogue.definition.LocalizedList;
import org.kefu.dialogue.definition.LocalizedText;

final class ImportPlanTest {

    private static final FaqEntry SHIPPING = new FaqEntry("shipping_fee", "配送", new LocalizedText("运费多少", "Shipping fee?"),
            new LocalizedList(List.of("邮费多少"), List.of()), new LocalizedText("满99包邮", "Free over 99"), List.of(),
            List.of(), true, "files", false);

    private final AtomicInteger ids = new AtomicInteger();

    private ImportPlan plan(FaqRow... rows) {
        return ImportPlan.of(List.of(rows), List.of(SHIPPING), () -> "new-" + ids.incrementAndGet());
    }

    private static FaqRow row(String id, String question, String answer, String locale) {
        return new FaqRow(2, id, null, question, List.of(), answer, locale, true, null, List.of());
    }

    @Test
    void aRowWithTheQuestionOfAnEntryUpdatesThatEntryInItsLanguageOnly() {
        ImportPlan plan = plan(row(null, "运费多少", "满199包邮", "zh"));
        assertThat(plan.steps()).singleElement().satisfies(s -> {
            assertThat(s.action()).isEqualTo("update");
            assertThat(s.faqId()).isEqualTo("shipping_fee");
        });
        FaqEntry updated = plan.changed().get("shipping_fee");
        assertThat(updated.answer()).isEqualTo(new LocalizedText("满199包邮", "Free over 99"));
        assertThat(updated.paraphrases().zh()).isEmpty();
        assertThat(updated.edited()).isTrue();
        assertThat(updated.origin()).isEqualTo("files");
    }

    @Test
    void rowsSharingAnIdMakeOneEntryInBothLanguages() {
        ImportPlan plan = plan(row("gift", "礼品卡怎么用", "结算时使用", "zh"), row("gift", "How do gift cards work?",
                "Use them at checkout", "en"));
        assertThat(plan.steps()).extracting(ImportPlan.Step::action).containsExactly("create", "update");
        FaqEntry gift = plan.changed().get("gift");
        assertThat(gift.question()).isEqualTo(new LocalizedText("礼品卡怎么用", "How do gift cards work?"));
        assertThat(gift.origin()).isEqualTo("admin");
    }

    @Test
    void anIdenticalRowChangesNothingAndARowWithProblemsIsSkipped() {
        FaqRow same = new FaqRow(2, "shipping_fee", "配送", "运费多少", List.of("邮费多少"), "满99包邮", "zh", true, null,
                List.of());
        FaqRow broken = new FaqRow(3, null, null, "", List.of(), "", "zh", true, null,
                List.of(new FaqRow.Problem("missing_question", List.of())));
        ImportPlan plan = plan(same, broken);
        assertThat(plan.steps()).extracting(ImportPlan.Step::action).containsExactly("unchanged", "error");
        assertThat(plan.changed()).isEmpty();
    }

    @Test
    void aNewQuestionGetsAFreshId() {
        ImportPlan plan = plan(row(null, "可以自提吗", "不可以", "zh"));
        assertThat(plan.changed()).containsOnlyKeys("new-1");
    }
}
