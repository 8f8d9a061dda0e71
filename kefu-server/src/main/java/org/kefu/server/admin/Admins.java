package org.kefu.server.admin;

import java.security.Principal;
import org.jspecify.annotations.Nullable;

/** Who is making an admin request, for the audit log. */
public final class Admins {

    private Admins() {}

    /** The logged-in admin's username; the security chain guarantees there is one on admin paths. */
    public static String name(@Nullable Principal principal) {
        if (principal == null) {
            throw new IllegalStateException("admin request without a logged-in user: check the staff security chain");
        }
        return principal.getName();
    }
}
