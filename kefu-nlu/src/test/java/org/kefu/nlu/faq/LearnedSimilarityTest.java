package org.kefu.nlu.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LearnedSimilarityTest {
    private static final List<String> ACTIONS = List.of("怎么还款", "额度怎么提升", "能不能提前还", "逾期了怎么办",
            "怎么开通", "利息怎么算", "怎么关闭", "可以分期吗", "为什么用不了", "额度为什么降了");

    private final QuestionSimilarity measuring = QuestionSimilarity.builder().build();

    @Test
    void learnsThatAProductNameOnOneSideOnlyChangesTheMeaning() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        List<Boolean> same = new ArrayList<>();
        for (String action : ACTIONS) {
            for (String product : List.of("花呗", "借呗")) {
                String other = product.equals("花呗") ? "借呗" : "花呗";
                add(first, second, same, product + action, "请问" + product + action, true);
                add(first, second, same, product + action, "我想知道" + product + action, true);
                add(first, second, same, product + action, other + action, false);
                add(first, second, same, "请问" + product + action, "我想知道" + other + action, false);
            }
        }
        LearnedSimilarity learned = LearnedSimilarity.fit(measuring, first, second, same);

        // An action never seen in training: only the product names tell the pairs apart.
        assertThat(learned.similarity("花呗怎么提额", "请问花呗怎么提额")).isGreaterThan(0.5);
        assertThat(learned.similarity("花呗怎么提额", "借呗怎么提额")).isLessThan(0.5);
        assertThat(learned.similarity("借呗怎么提额", "花呗怎么提额"))
                .isEqualTo(learned.similarity("花呗怎么提额", "借呗怎么提额"));
    }

    @Test
    void rejectsListsOfDifferentLengths() {
        assertThatThrownBy(() -> LearnedSimilarity.fit(measuring, List.of("a"), List.of("b", "c"), List.of(true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LearnedSimilarity.fit(measuring, List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void add(List<String> first, List<String> second, List<Boolean> same, String a, String b,
            boolean label) {
        first.add(a);
        second.add(b);
        same.add(label);
    }
}
