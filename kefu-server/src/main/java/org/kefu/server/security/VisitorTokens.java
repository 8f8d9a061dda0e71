package org.kefu.server.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Issues and checks visitor tokens: {@code v1.<customer id, base64url>.<issued at, epoch seconds>.<HMAC>}.
 * Stateless: any node with the same {@code kefu.security.token-secret} accepts them.
 */
@Component
public final class VisitorTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAX_TOKEN_LENGTH = 512;

    private final Hmac hmac;
    private final Duration ttl;
    private final Clock clock;

    VisitorTokens(SecurityProperties properties, Clock clock) {
        this.hmac = new Hmac(properties.tokenSecret());
        this.ttl = properties.tokenTtl();
        this.clock = clock;
    }

    /** A fresh token for the customer. */
    public String issue(String customerId) {
        String body = "v1." + ENCODER.encodeToString(customerId.getBytes(StandardCharsets.UTF_8)) + "."
                + clock.instant().getEpochSecond();
        return body + "." + ENCODER.encodeToString(hmac.sign(body));
    }

    /** The visitor a token names, if the token is well formed, correctly signed and not expired. */
    public Optional<Visitor> verify(String token) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("v1")) {
            return Optional.empty();
        }
        try {
            String body = parts[0] + "." + parts[1] + "." + parts[2];
            if (!hmac.matches(body, DECODER.decode(parts[3]))) {
                return Optional.empty();
            }
            Instant issuedAt = Instant.ofEpochSecond(Long.parseLong(parts[2]));
            if (issuedAt.plus(ttl).isBefore(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(new Visitor(new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) { // bad base64 or number: a forged or mangled token
            return Optional.empty();
        }
    }
}
