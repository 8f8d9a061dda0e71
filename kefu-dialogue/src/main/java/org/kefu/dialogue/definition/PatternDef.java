package org.kefu.dialogue.definition;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * A regular-expression entity type from {@code entities.yml}.
 *
 * @param type the entity type
 * @param regex the compiled expression
 */
public record PatternDef(String type, Pattern regex) {
    public PatternDef {
        requireNonNull(type, "type");
        requireNonNull(regex, "regex");
    }
}
