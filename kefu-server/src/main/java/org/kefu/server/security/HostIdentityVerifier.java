package org.kefu.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Checks identities host sites sign for their logged-in customers, and signs them for our own demo pages. */
@Component
public final class HostIdentityVerifier {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final HexFormat HEX = HexFormat.of();

    private final Hmac hmac;
    private final Duration maxAge;
    private final Clock clock;

    HostIdentityVerifier(IdentityProperties properties, Clock clock) {
        this.hmac = new Hmac(properties.secret());
        this.maxAge = properties.maxAge();
        this.clock = clock;
    }

    /**
     * Checks an identity.
     *
     * @return the identity, known to be signed with our secret and fresh
     * @throws InvalidIdentityException when it is incomplete, wrongly signed or too old
     */
    public HostIdentity verify(HostIdentity identity) {
        if (identity.customerId() == null || identity.customerId().isBlank() || identity.sig() == null) {
            throw new InvalidIdentityException("incomplete");
        }
        byte[] signature;
        try {
            signature = HEX.parseHex(identity.sig());
        } catch (IllegalArgumentException e) {
            throw new InvalidIdentityException("signature");
        }
        if (!hmac.matches(identity.signedText(), signature)) {
            throw new InvalidIdentityException("signature");
        }
        Instant signedAt = Instant.ofEpochSecond(identity.ts());
        Instant now = clock.instant();
        if (signedAt.isBefore(now.minus(maxAge)) || signedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidIdentityException("expired");
        }
        return identity;
    }

    /** Signs an identity now, as a host site would (for the demo pages and tests). */
    public HostIdentity sign(String customerId, @Nullable String phone, @Nullable String name) {
        HostIdentity unsigned = new HostIdentity(customerId, phone, name, clock.instant().getEpochSecond(), null);
        String sig = HEX.formatHex(hmac.sign(unsigned.signedText()));
        return new HostIdentity(customerId, phone, name, unsigned.ts(), sig);
    }
}
