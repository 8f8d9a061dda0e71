package org.kefu.dialogue.definition;

import static java.util.Objects.requireNonNull;

/**
 * A quick reply, link or slot option as written in a bot file.
 *
 * @param title the label in both languages
 * @param target the payload (quick replies), URL (links) or slot value (options)
 */
public record ButtonDef(LocalizedText title, String target) {
    public ButtonDef {
        requireNonNull(title, "title");
        requireNonNull(target, "target");
    }
}
