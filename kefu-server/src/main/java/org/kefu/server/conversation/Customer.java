package org.kefu.server.conversation;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A customer: an anonymous visitor, or someone the host site identified.
 *
 * @param id our customer id, the subject of visitor tokens
 * @param externalId the host site's customer id when identified, else null
 * @param verifiedPhone the phone number the host site vouched for, else null
 * @param name the name the host site gave, else null
 */
public record Customer(String id, @Nullable String externalId, @Nullable String verifiedPhone, @Nullable String name) {
    public Customer {
        requireNonNull(id, "id");
    }
}
