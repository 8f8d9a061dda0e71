package org.kefu.server.agent.workspace;

import org.kefu.server.agent.Agent;

/**
 * One agent's line on the supervisor board.
 *
 * @param agent the agent
 * @param load conversations they have now
 */
record AgentLoad(Agent agent, int load) {

    /** Load as a share of capacity, 0..100. */
    public int percent() {
        return agent.capacity() == 0 ? 100 : Math.min(100, load * 100 / agent.capacity());
    }
}
