package org.kefu.server.admin;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change.
 *
 * @param id the entry id
 * @param actor the username of the admin who made it
 * @param action what was done, e.g. {@code faq.update}
 * @param bot the bot it concerns, if any
 * @param target what was changed, e.g. the FAQ id
 * @param before the state before as JSON, null when it did not exist
 * @param after the state after as JSON, null when it was removed
 * @param at when
 */
public record AuditEntry(String id, String actor, String action, @Nullable String bot, @Nullable String target,
        @Nullable String before, @Nullable String after, Instant at) {
    public AuditEntry {
        requireNonNull(id, "id");
        requireNonNull(actor, "actor");
        requireNonNull(action, "action");
        requireNonNull(at, "at");
    }
}
