package org.kefu.server.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.kefu.nlu.SwappableUnderstander;
import org.kefu.server.testbot.EchoBot;
import org.springframework.boot.health.contributor.Status;

final class BotRegistryTest {

    @Test
    void healthIsOutOfServiceWhileLoadingAndUpOnceEveryBotIsLoaded() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BotRegistry registry = new BotRegistry(List.of("shop", "bank"), id -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return EchoBot.bot(id);
        });
        BotHealthIndicator health = new BotHealthIndicator(registry);
        Thread loader = Thread.ofPlatform().start(registry::loadAll);

        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(registry.isConfigured("shop")).isTrue();
        assertThat(registry.find("shop")).isEmpty();

        release.countDown();
        loader.join();

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(registry.find("bank")).isPresent();
    }

    @Test
    void aBotThatFailsToLoadMakesHealthDownWithTheReason() {
        BotRegistry registry = new BotRegistry(List.of("shop", "broken"), id -> {
            if (id.equals("broken")) {
                throw new IllegalStateException("bot.yml: required file is missing");
            }
            return EchoBot.bot(id);
        });

        registry.loadAll();

        assertThat(registry.isReady()).isFalse();
        assertThat(registry.find("shop")).isPresent();
        assertThat(new BotHealthIndicator(registry).health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(registry.failure()).get().asString().contains("broken", "bot.yml");
    }

    @Test
    void aSwappableUnderstanderIsOfferedForModelSwaps() {
        SwappableUnderstander swappable = new SwappableUnderstander(EchoBot.bot("shop").understander());
        BotRegistry registry = BotRegistry.loaded(List.of(
                new Bot("shop", swappable, EchoBot.bot("shop").engine()), EchoBot.bot("bank")));

        assertThat(registry.swappableUnderstander("shop")).containsSame(swappable);
        assertThat(registry.swappableUnderstander("bank")).isEmpty();
    }
}
