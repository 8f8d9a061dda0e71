package org.kefu.dialogue.definition;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A dictionary entity type from {@code entities.yml}.
 *
 * @param type the entity type, usable as a slot type
 * @param values the canonical values with their synonyms
 */
public record DictionaryDef(String type, List<Value> values) {
    public DictionaryDef {
        requireNonNull(type, "type");
        values = List.copyOf(values);
    }

    /**
     * One canonical value.
     *
     * @param value what a slot receives
     * @param synonyms words customers use for it
     */
    public record Value(String value, List<String> synonyms) {
        public Value {
            requireNonNull(value, "value");
            synonyms = List.copyOf(synonyms);
        }
    }
}
