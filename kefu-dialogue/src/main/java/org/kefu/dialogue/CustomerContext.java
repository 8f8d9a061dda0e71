package org.kefu.dialogue;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who the bot is talking to.
 *
 * @param customerId the server's customer id (anonymous visitor or known customer)
 * @param verifiedPhone the phone number whose identity has been verified (HMAC-signed identity from the
 *     host site, or a one-time code), or null when unverified
 * @param attributes further profile attributes the host site signed (name, member level…)
 */
public record CustomerContext(String customerId, @Nullable String verifiedPhone, Map<String, String> attributes) {
    public CustomerContext {
        requireNonNull(customerId, "customerId");
        attributes = Map.copyOf(attributes);
    }

    /** True when the customer's identity has been verified. */
    public boolean verified() {
        return verifiedPhone != null;
    }
}
