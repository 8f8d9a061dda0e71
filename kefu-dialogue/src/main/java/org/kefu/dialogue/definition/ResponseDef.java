package org.kefu.dialogue.definition;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A named response from {@code responses.yml}.
 *
 * @param name the response name
 * @param variants the variants per language, with {@code ${...}} placeholders
 * @param quickReplies buttons shown with it
 */
public record ResponseDef(String name, LocalizedList variants, List<ButtonDef> quickReplies) {
    public ResponseDef {
        requireNonNull(name, "name");
        requireNonNull(variants, "variants");
        quickReplies = List.copyOf(quickReplies);
    }
}
