package org.kefu.server.agent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An account that logs in to the workspace.
 *
 * @param id stable id
 * @param username login name
 * @param displayName the name customers see ("客服小王")
 * @param role what the account may do
 * @param capacity how many conversations the agent handles at once
 * @param status presence
 * @param statusChangedAt when {@code status} last changed
 * @param lastAssignedAt when the agent last received a conversation, or null if never
 * @param teams ids of the agent's teams
 */
public record Agent(
        String id,
        String username,
        String displayName,
        AgentRole role,
        int capacity,
        AgentStatus status,
        Instant statusChangedAt,
        @Nullable Instant lastAssignedAt,
        Set<String> teams) {

    public Agent {
        requireNonNull(id, "id");
        requireNonNull(username, "username");
        requireNonNull(displayName, "displayName");
        requireNonNull(role, "role");
        requireNonNull(status, "status");
        requireNonNull(statusChangedAt, "statusChangedAt");
        teams = Set.copyOf(teams);
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
    }

    /** True for supervisors and admins, who may see every team's conversations. */
    public boolean supervises() {
        return role != AgentRole.AGENT;
    }

    /**
     * Since when the agent has had nothing new: the later of the last assignment and coming online.
     * Routing breaks ties between equally loaded agents in favour of the longest idle one.
     */
    public Instant idleSince() {
        return lastAssignedAt == null || lastAssignedAt.isBefore(statusChangedAt) ? statusChangedAt : lastAssignedAt;
    }
}
