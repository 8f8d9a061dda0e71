package org.kefu.dialogue.definition;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A declarative HTTP call from {@code connectors.yml}.
 *
 * @param id the connector id
 * @param method HTTP method
 * @param url URL template
 * @param headers header templates
 * @param body JSON body template, or null
 * @param timeout per-attempt timeout
 * @param maxAttempts attempts including the first
 * @param backoff wait before the first retry
 * @param backoffMultiplier growth of the wait per retry
 * @param failureRateThreshold percentage of failed calls that opens the circuit
 * @param minimumCalls calls before the failure rate counts
 * @param openFor how long an open circuit refuses calls
 * @param outcomes outcome name per HTTP status
 * @param mapping slot name to JSON pointer into the response body (a {@code *} segment walks an array)
 */
public record ConnectorDef(String id, String method, String url, Map<String, String> headers, @Nullable String body,
        Duration timeout, int maxAttempts, Duration backoff, double backoffMultiplier, float failureRateThreshold,
        int minimumCalls, Duration openFor, Map<Integer, String> outcomes, Map<String, String> mapping) {
    public ConnectorDef {
        requireNonNull(id, "id");
        requireNonNull(method, "method");
        requireNonNull(url, "url");
        headers = Map.copyOf(headers);
        requireNonNull(timeout, "timeout");
        requireNonNull(backoff, "backoff");
        requireNonNull(openFor, "openFor");
        outcomes = Map.copyOf(outcomes);
        mapping = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mapping));
    }
}
