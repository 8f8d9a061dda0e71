package org.kefu.nlu.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefu.nlu.Entity;

final class OverlapResolverTest {
    private final OverlapResolver resolver = new OverlapResolver(List.of(Entity.ORDER_NUMBER));

    @Test
    void longestSpanWins() {
        Entity shortOne = new Entity(Entity.DATE_TIME, "三点", 4, 6, "x");
        Entity longOne = new Entity(Entity.DATE_TIME, "明天下午三点", 0, 6, "y");
        assertThat(resolver.resolve(List.of(shortOne, longOne))).containsExactly(longOne);
    }

    @Test
    void moreSpecificTypeWinsBetweenEqualLengthOverlaps() {
        Entity amount = new Entity(Entity.AMOUNT, "abcd", 0, 4, "1.00");
        Entity card = new Entity(Entity.BANK_CARD, "cdef", 2, 6, "2");
        assertThat(resolver.resolve(List.of(amount, card))).containsExactly(card);
    }

    @Test
    void sameSpanReadTwoWaysKeepsBoth() {
        Entity order = new Entity(Entity.ORDER_NUMBER, "13800138000", 0, 11, "13800138000");
        Entity phone = new Entity(Entity.PHONE, "13800138000", 0, 11, "13800138000");
        assertThat(resolver.resolve(List.of(order, phone))).containsExactlyInAnyOrder(order, phone);
    }

    @Test
    void sameTypeOnOverlappingSpansKeepsOne() {
        Entity a = new Entity(Entity.AMOUNT, "1.5万元", 0, 5, "15000.00");
        Entity b = new Entity(Entity.AMOUNT, "1.5万", 0, 4, "15000.00");
        assertThat(resolver.resolve(List.of(b, a))).containsExactly(a);
    }

    @Test
    void disjointEntitiesAreSortedByPosition() {
        Entity second = new Entity(Entity.EMAIL, "a@b.cn", 10, 16, "a@b.cn");
        Entity first = new Entity(Entity.PHONE, "13800138000", 0, 11 - 2, "1");
        assertThat(resolver.resolve(List.of(second, first))).containsExactly(first, second);
    }
}
