package org.kefu.server.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kefu.server.agent.Agent;
import org.kefu.server.agent.AgentRole;
import org.kefu.server.agent.AgentStatus;
import org.junit.jupiter.api.Test;

final class RouterTest {

    private static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

    private static Agent agent(String name, AgentStatus status, int capacity, @Nullable Instant lastAssigned, String... teams) {
        return new Agent(name, name, name, AgentRole.AGENT, capacity, status, T0, lastAssigned, Set.of(teams));
    }

    @Test
    void picksTheLeastLoadedOnlineAgentOfTheTeam() {
        Agent busy = agent("busy", AgentStatus.ONLINE, 3, null, "shop");
        Agent free = agent("free", AgentStatus.ONLINE, 3, null, "shop");

        assertThat(Router.choose(List.of(busy, free), Map.of("busy", 2, "free", 1), "shop")).contains(free);
    }

    @Test
    void skipsAgentsWhoAreAwayOrOffline() {
        Agent away = agent("away", AgentStatus.AWAY, 3, null, "shop");
        Agent offline = agent("offline", AgentStatus.OFFLINE, 3, null, "shop");
        Agent online = agent("online", AgentStatus.ONLINE, 3, null, "shop");

        assertThat(Router.choose(List.of(away, offline, online), Map.of("online", 2), "shop")).contains(online);
        assertThat(Router.choose(List.of(away, offline), Map.of(), "shop")).isEmpty();
    }

    @Test
    void skipsAgentsWithoutTheSkillsTeam() {
        Agent bank = agent("bank", AgentStatus.ONLINE, 3, null, "bank");

        assertThat(Router.choose(List.of(bank), Map.of(), "shop")).isEmpty();
    }

    @Test
    void skipsAgentsAtFullCapacity() {
        Agent full = agent("full", AgentStatus.ONLINE, 2, null, "shop");
        Agent zero = agent("zero", AgentStatus.ONLINE, 0, null, "shop");

        assertThat(Router.choose(List.of(full, zero), Map.of("full", 2), "shop")).isEmpty();
    }

    @Test
    void breaksTiesInFavourOfTheLongestIdleAgent() {
        Agent recent = agent("recent", AgentStatus.ONLINE, 3, T0.plusSeconds(600), "shop");
        Agent idle = agent("idle", AgentStatus.ONLINE, 3, T0.plusSeconds(60), "shop");

        assertThat(Router.choose(List.of(recent, idle), Map.of("recent", 1, "idle", 1), "shop")).contains(idle);
    }

    @Test
    void loadWinsOverIdleTime() {
        Agent idleButBusier = agent("idle", AgentStatus.ONLINE, 3, T0.plusSeconds(1), "shop");
        Agent recentButFree = agent("recent", AgentStatus.ONLINE, 3, T0.plusSeconds(900), "shop");

        assertThat(Router.choose(List.of(idleButBusier, recentButFree), Map.of("idle", 2), "shop"))
                .contains(recentButFree);
    }
}
