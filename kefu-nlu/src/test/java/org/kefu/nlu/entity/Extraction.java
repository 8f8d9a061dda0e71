package org.kefu.nlu.entity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.kefu.nlu.Entity;
import org.kefu.nlu.TrainingData;
import org.kefu.nlu.text.TextPipeline;

/** Test harness: analyses a message with the standard pipeline and extracts its entities. */
final class Extraction {
    /** Tuesday 2026-11-24, 10:00 in Shanghai. */
    static final Clock TUESDAY_MORNING = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneId.of("UTC"));

    static final EntityExtractor SHOP = EntityExtractor.builder()
            .clock(TUESDAY_MORNING)
            .zone(ZoneId.of("Asia/Shanghai"))
            .patterns(List.of(new TrainingData.EntityPattern(Entity.ORDER_NUMBER, "\\d{11}")))
            .dictionary(List.of(
                    new TrainingData.DictionaryEntry("product", "iPhone 15", List.of("苹果15", "iphone15", "i15")),
                    new TrainingData.DictionaryEntry("product", "iPhone 15 Pro", List.of("15pro")),
                    new TrainingData.DictionaryEntry("city", "北京", List.of("京城", "Beijing"))))
            .build();

    private Extraction() {
    }

    static List<Entity> entities(String message) {
        return SHOP.extract(TextPipeline.standard().analyze(message));
    }

    static List<Entity> entities(String message, String type) {
        return entities(message).stream().filter(e -> e.type().equals(type)).toList();
    }

    static List<String> values(String message, String type) {
        return entities(message, type).stream().map(Entity::value).toList();
    }
}
