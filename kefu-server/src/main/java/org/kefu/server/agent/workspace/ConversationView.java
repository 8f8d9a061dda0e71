package org.kefu.server.agent.workspace;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kefu.server.agent.Agent;
import org.kefu.server.agent.Team;
import org.kefu.server.conversation.Conversation;
import org.kefu.server.conversation.Customer;
import org.kefu.server.conversation.Message;
import org.kefu.server.handoff.Handoff;

/**
 * Everything the conversation pane of the workspace shows.
 *
 * @param conversation the conversation
 * @param customerName how to call the customer
 * @param customer the customer's profile
 * @param messages the whole transcript, bot part included
 * @param summary what the bot understood
 * @param past the customer's other conversations
 * @param notes internal notes
 * @param handoff the open handoff, or null
 * @param mine true when the viewing agent has it
 * @param canClaim true when it waits and the viewing agent may take it
 * @param suggestions knowledge-base answers for the last question
 * @param teams teams to transfer to
 * @param agents agents to transfer to
 */
record ConversationView(
        Conversation conversation,
        String customerName,
        @Nullable Customer customer,
        List<Message> messages,
        BotSummary summary,
        List<PastConversation> past,
        List<InternalNote> notes,
        @Nullable Handoff handoff,
        boolean mine,
        boolean canClaim,
        List<Suggestion> suggestions,
        List<Team> teams,
        List<Agent> agents) {

    /** The newest sequence number shown, so live updates append only newer messages. */
    public long lastSeq() {
        return messages.isEmpty() ? 0 : messages.getLast().seq();
    }
}
