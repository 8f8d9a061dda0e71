package org.kefu.dialogue.definition;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A slot of a flow.
 *
 * @param name the slot name
 * @param type the value type: built-in entity type, {@code text}, {@code code}, or a bot entity type
 * @param pattern an extra full-match check of the value, or null
 * @param prompt response that asks for it
 * @param reprompt response that asks again after an invalid answer
 * @param carryOver reuse a value from earlier in the conversation instead of asking
 * @param carried response said before the next question when the value was carried over (so the customer
 *     can correct it), or null for the engine's generic text
 * @param options quick replies offered with the prompt; their target is the slot value
 */
public record SlotDef(String name, String type, @Nullable Pattern pattern, String prompt, String reprompt,
        boolean carryOver, @Nullable String carried, List<ButtonDef> options) {
    public SlotDef {
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        requireNonNull(prompt, "prompt");
        requireNonNull(reprompt, "reprompt");
        options = List.copyOf(options);
    }
}
