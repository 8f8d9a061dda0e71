package org.kefu.server.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How host sites vouch for their logged-in customers.
 *
 * @param secret the HMAC-SHA256 key shared with the host site; set your own in production (the default is
 *     public and logged as a warning)
 * @param maxAge how old a signed identity's {@code ts} may be
 */
@ConfigurationProperties("kefu.identity")
public record IdentityProperties(
        @DefaultValue(DEV_SECRET) String secret,
        @DefaultValue("24h") Duration maxAge) {

    /** The development default of {@link #secret()}. */
    public static final String DEV_SECRET = "kefu-dev-identity-secret-change-me";

    public IdentityProperties {
        if (secret.length() < 16) {
            throw new IllegalArgumentException("kefu.identity.secret must have at least 16 characters");
        }
    }
}
