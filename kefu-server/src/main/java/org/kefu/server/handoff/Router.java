package org.kefu.server.handoff;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kefu.server.agent.Agent;
import org.kefu.server.agent.AgentStatus;

/**
 * Picks the agent for a waiting conversation: online, in the team that owns the conversation's skill, with
 * free capacity; the least loaded wins, and between equally loaded agents the one idle the longest.
 */
final class Router {

    private static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::load)
            .thenComparing(c -> c.agent().idleSince())
            .thenComparing(c -> c.agent().username());

    private Router() {}

    /**
     * The chosen agent, or empty when nobody can take one more conversation now.
     *
     * @param agents the team's members
     * @param load open conversations per agent id (absent means none)
     * @param teamId the team the conversation waits for
     */
    static Optional<Agent> choose(List<Agent> agents, Map<String, Integer> load, String teamId) {
        return agents.stream()
                .filter(a -> a.status() == AgentStatus.ONLINE)
                .filter(a -> a.teams().contains(teamId))
                .map(a -> new Candidate(a, load.getOrDefault(a.id(), 0)))
                .filter(c -> c.load() < c.agent().capacity())
                .min(ORDER)
                .map(Candidate::agent);
    }

    private record Candidate(Agent agent, int load) {}
}
