package org.kefu.dialogue.connector;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.kefu.dialogue.definition.ConnectorDef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One declarative HTTP connector: renders the request, calls with a per-attempt timeout, retries
 * timeouts, I/O errors and 5xx with exponential backoff, and counts logical calls in a circuit breaker.
 * Logs name the connector only: URLs and bodies may carry customer data or secrets.
 */
final class HttpConnector {

    private static final Logger LOG = LoggerFactory.getLogger(HttpConnector.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConnectorDef def;
    private final Map<String, String> settings;
    private final HttpClient client;
    private final Retry retry;
    private final CircuitBreaker breaker;

    /** A failure worth another attempt. */
    static final class RetryableFailure extends Exception {
        RetryableFailure(String message, Throwable cause) {
            super(message, cause, false, false);
        }

        RetryableFailure(String message) {
            super(message, null, false, false);
        }
    }

    /** A failure another attempt will not fix (unmapped 4xx, unreadable body). */
    static final class PermanentFailure extends Exception {
        PermanentFailure(String message) {
            super(message, null, false, false);
        }
    }

    HttpConnector(ConnectorDef def, Map<String, String> settings, HttpClient client) {
        this.def = def;
        this.settings = Map.copyOf(settings);
        this.client = client;
        this.retry = Retry.of(def.id(), RetryConfig.custom()
                .maxAttempts(def.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(def.backoff(), def.backoffMultiplier()))
                .retryOnException(e -> e instanceof RetryableFailure)
                .build());
        this.breaker = CircuitBreaker.of(def.id(), CircuitBreakerConfig.custom()
                .failureRateThreshold(def.failureRateThreshold())
                .minimumNumberOfCalls(def.minimumCalls())
                .slidingWindowSize(Math.max(def.minimumCalls(), 10))
                .waitDurationInOpenState(def.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
    }

    CircuitBreaker.State circuitState() {
        return breaker.getState();
    }

    ActionResult call(Map<String, String> slots) {
        CheckedSupplier<ActionResult> attempt = () -> attempt(slots);
        CheckedSupplier<ActionResult> guarded =
                CircuitBreaker.decorateCheckedSupplier(breaker, Retry.decorateCheckedSupplier(retry, attempt));
        try {
            return guarded.get();
        } catch (CallNotPermittedException e) {
            LOG.warn("connector {}: circuit open, call refused", def.id());
            return ActionResult.failure("circuit open");
        } catch (Throwable e) {
            LOG.warn("connector {} failed: {}", def.id(), e.getMessage());
            return ActionResult.failure(String.valueOf(e.getMessage()));
        }
    }

    private ActionResult attempt(Map<String, String> slots) throws RetryableFailure, PermanentFailure {
        HttpRequest request = request(slots);
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new RetryableFailure("timeout after " + def.timeout().toMillis() + " ms", e);
        } catch (IOException e) {
            throw new RetryableFailure("I/O error: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PermanentFailure("interrupted");
        }
        int status = response.statusCode();
        if (status >= 500) {
            throw new RetryableFailure("HTTP " + status);
        }
        String outcome = def.outcomes().get(status);
        if (outcome == null) {
            if (status < 200 || status >= 300) {
                throw new PermanentFailure("unexpected HTTP " + status);
            }
            outcome = ActionResult.OK;
        }
        return new ActionResult(outcome, map(response.body(), status, outcome), "HTTP " + status);
    }

    private Map<String, String> map(String body, int status, String outcome) throws PermanentFailure {
        if (def.mapping().isEmpty() || !outcome.equals(ActionResult.OK)) {
            return Map.of();
        }
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || root.isMissingNode() || !root.isContainer()) {
                throw new PermanentFailure("HTTP " + status + " body is not a JSON object or array");
            }
            return JsonMapping.apply(def.mapping(), root);
        } catch (JacksonException e) {
            throw new PermanentFailure("HTTP " + status + " body is not JSON");
        }
    }

    private HttpRequest request(Map<String, String> slots) throws PermanentFailure {
        String url = Templates.render(def.url(), slots, settings, Templates::url);
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(url)).timeout(def.timeout());
        } catch (IllegalArgumentException e) {
            throw new PermanentFailure("invalid URL after filling the template");
        }
        def.headers().forEach((name, template) ->
                builder.header(name, Templates.render(template, slots, settings, v -> v)));
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (def.body() != null) {
            body = HttpRequest.BodyPublishers.ofString(Templates.render(def.body(), slots, settings, Templates::json),
                    StandardCharsets.UTF_8);
            builder.header("Content-Type", "application/json");
        }
        builder.header("Accept", "application/json");
        return builder.method(def.method(), body).build();
    }
}
