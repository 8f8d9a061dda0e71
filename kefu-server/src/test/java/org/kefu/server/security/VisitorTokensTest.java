package org.kefu.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

final class VisitorTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static VisitorTokens tokens(String secret, Instant now) {
        return new VisitorTokens(new SecurityProperties(secret, Duration.ofDays(30), List.of("*")),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aTokenNamesTheCustomerItWasIssuedFor() {
        VisitorTokens tokens = tokens(SecurityProperties.DEV_TOKEN_SECRET, NOW);

        assertThat(tokens.verify(tokens.issue("customer-1"))).contains(new Visitor("customer-1"));
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRejected() {
        String foreign = tokens("another-secret-of-enough-length", NOW).issue("customer-1");

        assertThat(tokens(SecurityProperties.DEV_TOKEN_SECRET, NOW).verify(foreign)).isEmpty();
    }

    @Test
    void aTokenWithAChangedCustomerIsRejected() {
        VisitorTokens tokens = tokens(SecurityProperties.DEV_TOKEN_SECRET, NOW);
        String token = tokens.issue("customer-1");
        String[] parts = token.split("\\.");
        String other = tokens.issue("customer-2").split("\\.")[1];

        assertThat(tokens.verify(parts[0] + "." + other + "." + parts[2] + "." + parts[3])).isEmpty();
    }

    @Test
    void anExpiredTokenIsRejected() {
        String token = tokens(SecurityProperties.DEV_TOKEN_SECRET, NOW).issue("customer-1");

        assertThat(tokens(SecurityProperties.DEV_TOKEN_SECRET, NOW.plus(Duration.ofDays(31))).verify(token)).isEmpty();
        assertThat(tokens(SecurityProperties.DEV_TOKEN_SECRET, NOW.plus(Duration.ofDays(29))).verify(token)).isPresent();
    }

    @Test
    void garbageIsRejectedWithoutThrowing() {
        VisitorTokens tokens = tokens(SecurityProperties.DEV_TOKEN_SECRET, NOW);

        for (String garbage : List.of("", ".", "v1...", "v1.!!.x.y", "v2.YQ.1.AA", "v1.YQ.notanumber.AA",
                "x".repeat(10_000), "v1.YQ.1.%%%")) {
            assertThat(tokens.verify(garbage)).as(garbage).isEmpty();
        }
    }
}
