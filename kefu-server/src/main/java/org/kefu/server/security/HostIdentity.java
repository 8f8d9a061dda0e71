package org.kefu.server.security;

import org.jspecify.annotations.Nullable;

/**
 * A customer identity signed by the host site, as sent in {@code POST /api/v1/conversations}.
 * The signature is lower-case hex HMAC-SHA256, keyed with {@code kefu.identity.secret}, over
 * {@code customerId + "\n" + phone + "\n" + name + "\n" + ts} (absent values as empty strings).
 *
 * @param customerId the host site's customer id
 * @param phone the customer's phone number, vouched for by the host site
 * @param name the customer's display name
 * @param ts when the host site signed it, in seconds since the epoch
 * @param sig the signature
 */
public record HostIdentity(@Nullable String customerId, @Nullable String phone, @Nullable String name, long ts,
        @Nullable String sig) {

    /** The text the signature covers. */
    String signedText() {
        return nullToEmpty(customerId) + "\n" + nullToEmpty(phone) + "\n" + nullToEmpty(name) + "\n" + ts;
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
