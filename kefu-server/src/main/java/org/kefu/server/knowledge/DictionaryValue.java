package org.kefu.server.knowledge;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A dictionary entity value and its synonyms.
 *
 * @param type the entity type, e.g. {@code product}
 * @param value the canonical value a slot receives
 * @param synonyms the other words customers use for it
 * @param origin {@code files} or {@code admin}
 */
public record DictionaryValue(String type, String value, List<String> synonyms, String origin) {
    public DictionaryValue {
        requireNonNull(type, "type");
        requireNonNull(value, "value");
        synonyms = List.copyOf(synonyms);
        requireNonNull(origin, "origin");
    }
}
