package org.kefu.server.agent;

/** An agent's presence. Only online agents receive conversations automatically. */
public enum AgentStatus {
    ONLINE,
    AWAY,
    OFFLINE
}
