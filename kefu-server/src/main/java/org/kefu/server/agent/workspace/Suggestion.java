package org.kefu.server.agent.workspace;

import org.jspecify.annotations.Nullable;

/**
 * A knowledge-base entry that may answer the customer's last question.
 *
 * @param faqId the FAQ entry
 * @param question the stored question that matched
 * @param answer the entry's answer in the conversation's language, when the bot exposes it
 * @param confidence how sure the knowledge base is, 0..1
 */
record Suggestion(String faqId, String question, @Nullable String answer, double confidence) {}
