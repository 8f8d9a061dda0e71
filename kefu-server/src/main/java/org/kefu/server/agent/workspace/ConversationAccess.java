package org.kefu.server.agent.workspace;

import java.util.List;
import org.kefu.server.agent.Agent;
import org.kefu.server.handoff.Handoff;
import org.kefu.server.handoff.HandoffService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may read a conversation in the workspace: supervisors always; an agent when the conversation was
 * ever assigned to them or its latest handoff is for one of their teams. A conversation that never
 * reached humans is visible to supervisors only.
 */
@Component
class ConversationAccess {

    private final HandoffService handoffs;

    ConversationAccess(HandoffService handoffs) {
        this.handoffs = handoffs;
    }

    boolean mayRead(Agent agent, String conversationId) {
        if (agent.supervises()) {
            return true;
        }
        List<Handoff> history = handoffs.history(conversationId);
        if (history.isEmpty()) {
            return false;
        }
        Handoff latest = history.getLast();
        return agent.teams().contains(latest.teamId())
                || history.stream().anyMatch(h -> agent.id().equals(h.assignedAgentId()));
    }

    /**
     * Fails with 403 unless the agent may read the conversation.
     *
     * @throws ResponseStatusException 403
     */
    void check(Agent agent, String conversationId) {
        if (!mayRead(agent, conversationId)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "conversation is not yours or your team's");
        }
    }
}
