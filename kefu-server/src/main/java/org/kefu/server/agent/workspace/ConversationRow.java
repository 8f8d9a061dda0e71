package org.kefu.server.agent.workspace;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A line in the workspace's conversation lists.
 *
 * @param conversationId the conversation
 * @param bot its bot
 * @param customer how to call the customer (name, or a short id for anonymous visitors)
 * @param teamId the team it is for
 * @param skill the skill it needs
 * @param agentName who has it, or null while waiting
 * @param position place in the queue while waiting (1 = next), else 0
 * @param waited how long the customer waited (so far)
 * @param reason why it came to humans
 */
record ConversationRow(
        String conversationId,
        String bot,
        String customer,
        String teamId,
        String skill,
        @Nullable String agentName,
        int position,
        Duration waited,
        String reason) {

    /** The wait as {@code m:ss}. */
    public String waitedText() {
        long s = waited.toSeconds();
        return (s / 60) + ":" + String.format("%02d", s % 60);
    }
}
