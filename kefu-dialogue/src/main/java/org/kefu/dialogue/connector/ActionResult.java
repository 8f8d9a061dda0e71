package org.kefu.dialogue.connector;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * What a connector or custom action returned.
 *
 * @param outcome {@link #OK}, a connector-defined outcome such as {@code not_found}, or {@link #FAILURE}
 * @param values values to store as slots (mapped from the response)
 * @param detail a short technical reason for logs (never shown to the customer, holds no customer data)
 */
public record ActionResult(String outcome, Map<String, String> values, String detail) {
    /** The outcome of a successful call. */
    public static final String OK = "ok";
    /** The outcome of a call that did not work: timeout, 5xx, unreadable response, open circuit. */
    public static final String FAILURE = "failure";

    public ActionResult {
        requireNonNull(outcome, "outcome");
        values = Map.copyOf(values);
        requireNonNull(detail, "detail");
    }

    /** A successful result with values. */
    public static ActionResult ok(Map<String, String> values) {
        return new ActionResult(OK, values, "");
    }

    /** A failed call. */
    public static ActionResult failure(String detail) {
        return new ActionResult(FAILURE, Map.of(), detail);
    }

    /** True when the call did not work. */
    public boolean failed() {
        return FAILURE.equals(outcome);
    }
}
