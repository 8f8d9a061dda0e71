package org.kefu.server.agent.workspace;

import java.time.Instant;

/**
 * One of the customer's earlier conversations, for the profile panel.
 *
 * @param id conversation id
 * @param bot its bot
 * @param status its status now
 * @param createdAt when it started
 * @param messages how many messages it has
 */
record PastConversation(String id, String bot, String status, Instant createdAt, long messages) {}
