/**
 * Connectors: the flows' way to other systems. Declarative HTTP calls from {@code connectors.yml}
 * (templates, settings and secrets from configuration, JSON-pointer mapping of the response into slots,
 * timeout, retries with backoff, circuit breaker) and {@link org.kefu.dialogue.connector.CustomAction}s
 * found with {@link java.util.ServiceLoader}. {@link org.kefu.dialogue.connector.ActionRunner} runs
 * either and never throws: every failure becomes the outcome {@code failure}.
 */
@NullMarked
package org.kefu.dialogue.connector;

import org.jspecify.annotations.NullMarked;
