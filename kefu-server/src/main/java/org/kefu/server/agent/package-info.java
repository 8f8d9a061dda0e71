/**
 * Human agents: accounts with hashed passwords and roles (agent, supervisor, admin), teams with skills,
 * per-agent capacity and presence, the login and its security filter chain, and the agent workspace at
 * {@code /agent} with its live-update WebSocket.
 *
 * <p>A <em>skill</em> is what a bot's handoff asks for ({@code shop-orders}, {@code bank-cards}); each skill
 * belongs to one team, and an agent can take a conversation when one of the agent's teams owns its skill.
 */
@org.jspecify.annotations.NullMarked
package org.kefu.server.agent;
