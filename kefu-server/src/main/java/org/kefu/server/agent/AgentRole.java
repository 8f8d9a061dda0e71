package org.kefu.server.agent;

/** What an account may do; each role includes the ones below it (admin ⊃ supervisor ⊃ agent). */
public enum AgentRole {
    /** Answers customers in the workspace. */
    AGENT,
    /** Also sees every team's queues and agents and can reassign. */
    SUPERVISOR,
    /** Also runs the admin console. */
    ADMIN;

    /** The Spring Security authority for this role, e.g. {@code ROLE_AGENT}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
