/**
 * The agent workspace at {@code /agent} and the supervisor view at {@code /supervisor}: conversation lists,
 * the transcript with what the bot understood, customer profile, replies with canned responses and
 * knowledge-base suggestions, internal notes, transfer and close, and a WebSocket ({@code /agent/ws}) that
 * pushes live updates and carries typing indicators.
 *
 * <p>An agent sees conversations assigned to them and those of their teams; supervisors see all.
 */
@org.jspecify.annotations.NullMarked
package org.kefu.server.agent.workspace;
