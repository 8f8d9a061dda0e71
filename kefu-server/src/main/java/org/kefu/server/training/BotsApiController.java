package org.kefu.server.training;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kefu.server.bot.BotRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bots this server serves, each with whether it is loaded and its live model version. */
@RestController
final class BotsApiController {

    private final BotRegistry bots;
    private final TrainingService training;

    BotsApiController(BotRegistry bots, TrainingService training) {
        this.bots = bots;
        this.training = training;
    }

    /**
     * A bot as the admin API lists it.
     *
     * @param id the bot id
     * @param loaded whether it is serving
     * @param liveVersion its live model version, if any
     */
    record BotStatus(String id, boolean loaded, @Nullable String liveVersion) {}

    @GetMapping("/api/v1/admin/bots")
    List<BotStatus> bots() {
        return bots.ids().stream().map(id -> new BotStatus(id, bots.find(id).isPresent(), training.versions(id).stream()
                .filter(v -> v.status().equals("live")).map(ModelVersion::id).findFirst().orElse(null))).toList();
    }
}
