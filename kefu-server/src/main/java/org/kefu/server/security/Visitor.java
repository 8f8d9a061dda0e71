package org.kefu.server.security;

import static java.util.Objects.requireNonNull;

/**
 * The authenticated customer behind a visitor token; the principal of REST calls on conversations.
 *
 * @param customerId our customer id
 */
public record Visitor(String customerId) {
    public Visitor {
        requireNonNull(customerId, "customerId");
    }
}
