package org.kefu.server.agent.workspace;

import java.time.Instant;

/**
 * A note agents keep about a conversation; never sent to the customer.
 *
 * @param id note id
 * @param conversationId the conversation
 * @param agentName who wrote it
 * @param text the note
 * @param createdAt when
 */
record InternalNote(String id, String conversationId, String agentName, String text, Instant createdAt) {}
