package org.kefu.dialogue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a conversation stands, as an immutable value the caller stores between turns (as JSON, see
 * {@link #toJson()}).
 *
 * @param activeFlow the flow in progress, or null
 * @param awaitingSlot the slot the bot last asked for, or null
 * @param slots values collected so far, by slot name; kept after a flow ends for follow-up questions
 * @param repromptCount how often the bot re-asked for {@code awaitingSlot}
 * @param fallbackCount consecutive turns the bot did not understand
 * @param lastIntent the intent or FAQ id of the previous turn, for follow-ups such as "那运费呢?"
 * @param context free-form values: verification attempts, last order shown, etc.
 */
public record DialogueState(
        @Nullable String activeFlow,
        @Nullable String awaitingSlot,
        Map<String, String> slots,
        int repromptCount,
        int fallbackCount,
        @Nullable String lastIntent,
        Map<String, String> context) {

    // Lenient on purpose: states stored by an older or newer version must still load.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public DialogueState {
        // Null maps come from JSON stored before a field existed; they mean "nothing yet".
        slots = slots == null ? Map.of() : Map.copyOf(slots);
        context = context == null ? Map.of() : Map.copyOf(context);
    }

    /** The state of a conversation that has just started. */
    public static DialogueState initial() {
        return new DialogueState(null, null, Map.of(), 0, 0, null, Map.of());
    }

    /** This state as JSON, for storage. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /**
     * Reads a state stored by {@link #toJson()}.
     *
     * @throws DialogueException if the JSON is not a dialogue state
     */
    public static DialogueState fromJson(String json) {
        try {
            return JSON.readValue(json, DialogueState.class);
        } catch (RuntimeException e) {
            throw new DialogueException("stored dialogue state is unreadable", e);
        }
    }

    /** A copy with one slot set. */
    public DialogueState withSlot(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(slots);
        copy.put(name, value);
        return new DialogueState(activeFlow, awaitingSlot, copy, repromptCount, fallbackCount, lastIntent, context);
    }

    /** A copy with several slots set. */
    public DialogueState withSlots(Map<String, String> values) {
        Map<String, String> copy = new LinkedHashMap<>(slots);
        copy.putAll(values);
        return new DialogueState(activeFlow, awaitingSlot, copy, repromptCount, fallbackCount, lastIntent, context);
    }

    /** A copy without one slot. */
    public DialogueState withoutSlot(String name) {
        Map<String, String> copy = new LinkedHashMap<>(slots);
        copy.remove(name);
        return new DialogueState(activeFlow, awaitingSlot, copy, repromptCount, fallbackCount, lastIntent, context);
    }

    /** A copy in a flow (or none), awaiting a slot (or nothing), with the re-prompt count reset. */
    public DialogueState withFlow(@Nullable String flow, @Nullable String awaiting) {
        return new DialogueState(flow, awaiting, slots, 0, fallbackCount, lastIntent, context);
    }

    /** A copy with another re-prompt count. */
    public DialogueState withRepromptCount(int count) {
        return new DialogueState(activeFlow, awaitingSlot, slots, count, fallbackCount, lastIntent, context);
    }

    /** A copy with another count of consecutive not-understood turns. */
    public DialogueState withFallbackCount(int count) {
        return new DialogueState(activeFlow, awaitingSlot, slots, repromptCount, count, lastIntent, context);
    }

    /** A copy with another last intent (intent, FAQ id or flow id). */
    public DialogueState withLastIntent(@Nullable String intent) {
        return new DialogueState(activeFlow, awaitingSlot, slots, repromptCount, fallbackCount, intent, context);
    }

    /** A copy with one context value set, or removed when {@code value} is null. */
    public DialogueState withContext(String key, @Nullable String value) {
        Map<String, String> copy = new LinkedHashMap<>(context);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return new DialogueState(activeFlow, awaitingSlot, slots, repromptCount, fallbackCount, lastIntent, copy);
    }
}
