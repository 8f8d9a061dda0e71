package org.kefu.server.agent;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agents and teams: the one entry point other packages (handoff, admin) use to read and change them.
 * Presence and capacity changes publish {@link AgentAvailabilityChanged} so waiting conversations can be
 * routed at once.
 */
@Service
public class AgentDirectory {

    private final AgentStore agents;
    private final TeamStore teams;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgentDirectory(AgentStore agents, TeamStore teams, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events, Clock clock) {
        this.agents = agents;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** The enabled agent with this id. */
    public Optional<Agent> agent(String id) {
        return agents.findById(id);
    }

    /** The enabled agent with this login name. */
    public Optional<Agent> byUsername(String username) {
        return agents.findByUsername(username);
    }

    /** Every enabled account, by username. */
    public List<Agent> all() {
        return agents.all();
    }

    /** The enabled members of a team. */
    public List<Agent> members(String teamId) {
        return agents.inTeam(teamId);
    }

    /** Every team. */
    public List<Team> teams() {
        return teams.all();
    }

    /** One team. */
    public Optional<Team> team(String id) {
        return teams.find(id);
    }

    /** The team that owns a skill, e.g. {@code shop-orders → shop}. */
    public Optional<String> teamOfSkill(String skill) {
        return teams.teamOfSkill(skill);
    }

    /**
     * Creates an account.
     *
     * @param rawPassword the password, hashed here before it is stored
     * @throws IllegalArgumentException if the username is taken or the password shorter than 6 characters
     */
    @Transactional
    public Agent create(String username, String displayName, AgentRole role, int capacity, Set<String> teamIds,
            String rawPassword) {
        if (agents.usernameTaken(username)) {
            throw new IllegalArgumentException("username is already taken: " + username);
        }
        if (rawPassword.length() < 6) {
            throw new IllegalArgumentException("password must have at least 6 characters: " + rawPassword.length());
        }
        Agent agent = new Agent(UUID.randomUUID().toString(), username, displayName, role, capacity,
                AgentStatus.OFFLINE, clock.instant(), null, teamIds);
        agents.insert(agent, passwordEncoder.encode(rawPassword), clock.instant());
        return agent;
    }

    /** Replaces an account's password. */
    public void changePassword(String agentId, String rawPassword) {
        agents.updatePasswordHash(agentId, passwordEncoder.encode(rawPassword));
    }

    /** Creates a team with its skills. */
    @Transactional
    public Team createTeam(String id, String nameZh, String nameEn, Set<String> skills) {
        Team team = new Team(id, nameZh, nameEn, skills);
        teams.insert(team, clock.instant());
        return team;
    }

    /** Gives a team the skills no team owns yet; skills another team owns stay with it. */
    @Transactional
    public void addSkills(String teamId, Set<String> skills) {
        for (String skill : skills) {
            if (teams.teamOfSkill(skill).isEmpty()) {
                teams.addSkill(teamId, skill);
            }
        }
    }

    /** Sets an agent's presence; going online or away may let waiting conversations move. */
    public void setStatus(String agentId, AgentStatus status) {
        agents.updateStatus(agentId, status, clock.instant());
        events.publishEvent(new AgentAvailabilityChanged(agentId));
    }

    /**
     * Sets how many conversations an agent takes at once.
     *
     * @throws IllegalArgumentException if capacity is outside 0..50
     */
    public void setCapacity(String agentId, int capacity) {
        if (capacity < 0 || capacity > 50) {
            throw new IllegalArgumentException("capacity must be between 0 and 50: " + capacity);
        }
        agents.updateCapacity(agentId, capacity);
        events.publishEvent(new AgentAvailabilityChanged(agentId));
    }

    /** Records that the agent just received a conversation (for the longest-idle tie break). */
    public void markAssigned(String agentId) {
        agents.markAssigned(agentId, clock.instant());
    }

    /** True when an enabled account with this role exists. */
    public boolean anyWithRole(AgentRole role) {
        return agents.anyWithRole(role);
    }
}
