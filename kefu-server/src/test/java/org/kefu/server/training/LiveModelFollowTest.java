package org.kefu.server.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.kefu.server.admin.AdminServerTest;
import org.kefu.server.bot.Bot;
import org.kefu.server.bot.BotRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A node loads the version another node promoted, once, without a restart. */
@AdminServerTest
final class LiveModelFollowTest {

    @Autowired ModelVersionStore store;
    @Autowired TrainingService training;
    @Autowired BotRegistry bots;
    @Autowired LiveVersions live;
    @Autowired TransactionTemplate tx;
    @Autowired Clock clock;

    @Test
    void aVersionPromotedOnAnotherNodeIsSwappedInHere() {
        training.followPromotions();
        Bot before = bots.find("shop").orElseThrow();
        ModelVersion current = store.live("shop").orElseThrow();
        assertThat(live.running("shop")).contains(current.id());

        // another node trains a version (here: the same model's bytes) and promotes it
        ModelVersion other = store.insert("shop", "training", "training", "node-b", clock.instant());
        store.finish(other.id(), "ready", store.model(current.id()).orElseThrow(), "copied", null, null,
                clock.instant());
        tx.executeWithoutResult(s -> store.makeLive("shop", other.id(), clock.instant()));

        training.followPromotions();
        Bot after = bots.find("shop").orElseThrow();
        assertThat(after).isNotSameAs(before);
        assertThat(live.running("shop")).contains(other.id());
        training.followPromotions();
        assertThat(bots.find("shop").orElseThrow()).as("nothing new, nothing swapped").isSameAs(after);
    }
}
