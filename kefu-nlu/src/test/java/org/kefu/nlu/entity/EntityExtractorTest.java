package org.kefu.nlu.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kefu.nlu.entity.Extraction.entities;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefu.nlu.Entity;
import org.kefu.nlu.NluException;
import org.kefu.nlu.TrainingData;
import org.kefu.nlu.text.TextPipeline;

final class EntityExtractorTest {

    @Test
    void returnsEntitiesSortedByPosition() {
        List<Entity> found = entities("明天下午三点前把20261124001的1299元退到6222021234567890128");
        assertThat(found).extracting(Entity::type).containsExactly(
                Entity.DATE_TIME, Entity.ORDER_NUMBER, Entity.AMOUNT, Entity.BANK_CARD);
        assertThat(found).isSortedAccordingTo(java.util.Comparator.comparingInt(Entity::start));
    }

    @Test
    void aLongerEntityWinsOverTheEntitiesInsideIt() {
        // the ID card number contains a valid-looking 11-digit run and a date-like run
        List<Entity> found = entities("11010519491231002X");
        assertThat(found).extracting(Entity::type).containsExactly(Entity.ID_CARD);
    }

    @Test
    void botPatternsMatchCaseInsensitivelyAndValuesAreUpperCased() {
        EntityExtractor extractor = EntityExtractor.builder()
                .patterns(List.of(new TrainingData.EntityPattern("tracking", "SF\\d{10}")))
                .build();
        assertThat(extractor.extract(TextPipeline.standard().analyze("单号ＳＦ１２３４５６７８９０")))
                .extracting(Entity::type, Entity::text, Entity::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tracking", "sf1234567890", "SF1234567890"));
    }

    @Test
    void emptyMessageHasNoEntities() {
        assertThat(entities("")).isEmpty();
        assertThat(entities("   ")).isEmpty();
    }

    @Test
    void invalidPatternIsRejectedWithItsType() {
        assertThatThrownBy(() -> EntityExtractor.builder()
                        .patterns(List.of(new TrainingData.EntityPattern("order_number", "\\d{11")))
                        .build())
                .isInstanceOf(NluException.class)
                .hasMessageContaining("order_number");
    }

    @Test
    void aBacktrackingBotPatternIsCutShortInsteadOfHangingTheRequest() {
        EntityExtractor extractor = EntityExtractor.builder()
                .patterns(List.of(new TrainingData.EntityPattern("evil", "(\\d+)+x")))
                .personAndPlaceNames(false)
                .build();
        var text = TextPipeline.standard().analyze("13800138000 " + "1".repeat(5_000));

        long start = System.nanoTime();
        List<Entity> found = extractor.extract(text);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).isLessThan(1_000);
        assertThat(found).extracting(Entity::type).contains(Entity.PHONE).doesNotContain("evil");
    }

    @Test
    void extractorIsSafeToShareBetweenThreads() throws Exception {
        List<String> messages = List.of("明天下午三点前退款1299元", "13800138000", "next friday 3pm",
                "收件人刘德华，地址广州天河区", "我的苹果15坏了", "11010519491231002X", "two weeks ago $30");
        List<List<Entity>> expected = messages.stream().map(Extraction::entities).toList();
        try (var executor = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(executor.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        int k = i % messages.size();
                        if (!entities(messages.get(k)).equals(expected.get(k))) {
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
    void clock_setTwice() {
        assertThatThrownBy(() -> EntityExtractor.builder().clock(Clock.systemUTC()).clock(Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clock was already set");
    }

    @Test
    void zone_setTwice() {
        assertThatThrownBy(() -> EntityExtractor.builder().zone(ZoneId.of("UTC")).zone(ZoneId.of("UTC")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("zone was already set");
    }

    @Test
    void patterns_setTwice() {
        assertThatThrownBy(() -> EntityExtractor.builder().patterns(List.of()).patterns(List.of()))
                .isInstanceOf(IllegalStateException.class);
    }
}
