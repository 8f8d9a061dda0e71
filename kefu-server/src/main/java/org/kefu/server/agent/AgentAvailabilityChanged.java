package org.kefu.server.agent;

/**
 * Published when an agent's presence or capacity changed, so the queue can try to route again.
 *
 * @param agentId the agent
 */
public record AgentAvailabilityChanged(String agentId) {}
