package org.kefu.server.bot;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/** Reports the bots as OUT_OF_SERVICE while loading, DOWN when one failed, UP when all can chat. */
final class BotHealthIndicator implements HealthIndicator {

    private final BotRegistry registry;

    BotHealthIndicator(BotRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Health health() {
        if (registry.isReady()) {
            return Health.up().withDetail("bots", registry.ids()).build();
        }
        if (registry.loadingFinished()) {
            return Health.down().withDetail("error", registry.failure().orElse("not all bots loaded")).build();
        }
        return Health.status(Status.OUT_OF_SERVICE).withDetail("loading", registry.ids()).build();
    }
}
