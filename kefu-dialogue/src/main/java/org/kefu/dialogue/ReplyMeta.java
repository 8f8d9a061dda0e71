package org.kefu.dialogue;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Why a bot reply was given.
 *
 * @param source the kind of answer
 * @param intent the intent or FAQ id the reply answers, if any
 * @param confidence the understanding's confidence in that intent, 0 when none
 */
public record ReplyMeta(ReplySource source, @Nullable String intent, double confidence) {
    public ReplyMeta {
        requireNonNull(source, "source");
    }
}
