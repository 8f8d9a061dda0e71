package org.kefu.server.training;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A model version of a bot.
 *
 * @param id the version id, e.g. {@code shop-v3}
 * @param bot the bot
 * @param number 1, 2, 3… per bot
 * @param status {@code training}, {@code ready}, {@code live}, {@code retired}, {@code discarded} or {@code failed}
 * @param progress percent done while training
 * @param stage what the job is doing, e.g. {@code cross-validating}
 * @param message why it failed, or a note
 * @param nluVersion the model's content hash ({@code NluModel.version()})
 * @param createdBy who started it ({@code system} for the version a bot first started with)
 * @param createdAt when it was started
 * @param finishedAt when training finished
 * @param promotedAt when it last went live
 * @param evaluated whether it has an evaluation (the version a bot first started with has none)
 */
public record ModelVersion(String id, String bot, int number, String status, int progress, String stage,
        @Nullable String message, @Nullable String nluVersion, String createdBy, Instant createdAt,
        @Nullable Instant finishedAt, @Nullable Instant promotedAt, boolean evaluated) {
    public ModelVersion {
        requireNonNull(id, "id");
        requireNonNull(bot, "bot");
        requireNonNull(status, "status");
        requireNonNull(stage, "stage");
        requireNonNull(createdBy, "createdBy");
        requireNonNull(createdAt, "createdAt");
    }

    /** Whether the job is still running. */
    public boolean training() {
        return status.equals("training");
    }
}
