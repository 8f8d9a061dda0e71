package org.kefu.dialogue.definition;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A flow from {@code flows.yml}.
 *
 * @param id the flow id
 * @param triggers intents that start it
 * @param verify whether the customer's identity must be verified first
 * @param slots slots to fill, in order
 * @param confirm response asking yes/no before the call, or null
 * @param call connector id or {@code custom:<name>}, or null
 * @param results the result responses, first match wins
 */
public record FlowDef(String id, List<String> triggers, boolean verify, List<SlotDef> slots,
        @Nullable String confirm, @Nullable String call, List<Result> results) {
    public FlowDef {
        requireNonNull(id, "id");
        triggers = List.copyOf(triggers);
        slots = List.copyOf(slots);
        results = List.copyOf(results);
    }

    /**
     * One possible ending of the flow.
     *
     * @param when conditions: {@code outcome} and/or slot values that must all match; empty matches always
     * @param response the response to give
     */
    public record Result(Map<String, String> when, String response) {
        public Result {
            when = Map.copyOf(when);
            requireNonNull(response, "response");
        }
    }
}
