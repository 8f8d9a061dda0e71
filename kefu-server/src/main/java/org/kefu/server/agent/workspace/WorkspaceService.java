package org.kefu.server.agent.workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kefu.server.agent.Agent;
import org.kefu.server.agent.AgentDirectory;
import org.kefu.server.agent.Team;
import org.kefu.server.conversation.Conversation;
import org.kefu.server.conversation.ConversationNotFoundException;
import org.kefu.server.conversation.ConversationService;
import org.kefu.server.conversation.Customer;
import org.kefu.server.conversation.Customers;
import org.kefu.server.conversation.Message;
import org.kefu.server.handoff.Handoff;
import org.kefu.server.handoff.HandoffService;
import org.springframework.stereotype.Service;

/** Assembles what the workspace pages show, from the conversation core, the queue and the workspace's own stores. */
@Service
class WorkspaceService {

    private static final int TRANSCRIPT_PAGES = 20;

    private final ConversationService conversations;
    private final Customers customers;
    private final HandoffService handoffs;
    private final AgentDirectory directory;
    private final WorkspaceReadStore reads;
    private final InternalNoteStore notes;
    private final CannedResponseStore canned;
    private final Suggestions suggestions;
    private final ConversationAccess access;
    private final Clock clock;

    WorkspaceService(ConversationService conversations, Customers customers, HandoffService handoffs,
            AgentDirectory directory, WorkspaceReadStore reads, InternalNoteStore notes, CannedResponseStore canned,
            Suggestions suggestions, ConversationAccess access, Clock clock) {
        this.conversations = conversations;
        this.customers = customers;
        this.handoffs = handoffs;
        this.directory = directory;
        this.reads = reads;
        this.notes = notes;
        this.canned = canned;
        this.suggestions = suggestions;
        this.access = access;
        this.clock = clock;
    }

    /** The agent's own conversations. */
    List<ConversationRow> mine(Agent agent) {
        return rows(handoffs.activeFor(agent.id()));
    }

    /** Conversations waiting for the agent's teams (all teams for supervisors), with their places. */
    List<ConversationRow> queue(Agent agent) {
        List<Handoff> waiting = new ArrayList<>();
        for (Team team : visibleTeams(agent)) {
            waiting.addAll(handoffs.waiting(team.id()));
        }
        return rows(waiting);
    }

    /** Conversations other agents of the same teams have now (all for supervisors). */
    List<ConversationRow> team(Agent agent) {
        List<Handoff> active = agent.supervises() ? handoffs.active(null)
                : agent.teams().stream().flatMap(t -> handoffs.active(t).stream()).toList();
        return rows(active.stream().filter(h -> !agent.id().equals(h.assignedAgentId())).toList());
    }

    List<Team> visibleTeams(Agent agent) {
        return directory.teams().stream().filter(t -> agent.supervises() || agent.teams().contains(t.id())).toList();
    }

    /**
     * The conversation pane.
     *
     * @throws org.springframework.web.server.ResponseStatusException 403 when the agent may not read it
     */
    ConversationView conversation(Agent agent, String conversationId) {
        access.check(agent, conversationId);
        Conversation c = conversations.find(conversationId)
                .orElseThrow(() -> new ConversationNotFoundException(conversationId));
        Customer customer = customers.find(c.customerId()).orElse(null);
        List<Message> transcript = transcript(conversationId);
        Handoff open = handoffs.open(conversationId).orElse(null);
        boolean mine = open != null && agent.id().equals(open.assignedAgentId());
        boolean canClaim = open != null && open.waiting() && (agent.supervises() || agent.teams().contains(open.teamId()));
        List<Agent> others = directory.all().stream().filter(a -> !a.id().equals(agent.id())).toList();
        return new ConversationView(c, customerName(c, customer), customer, transcript,
                reads.botSummary(conversationId, customer != null && customer.verifiedPhone() != null),
                reads.otherConversations(c.customerId(), conversationId), notes.of(conversationId), open, mine,
                canClaim, suggestions.forLastQuestion(c, transcript), directory.teams(), others);
    }

    /** The transcript after {@code afterSeq}. */
    List<Message> messagesAfter(Agent agent, String conversationId, long afterSeq) {
        access.check(agent, conversationId);
        return conversations.messagesAfter(conversationId, afterSeq);
    }

    /** Canned responses in the conversation's language with its placeholders filled. */
    List<Map<String, String>> canned(Agent agent, String conversationId) {
        access.check(agent, conversationId);
        Conversation c = conversations.find(conversationId)
                .orElseThrow(() -> new ConversationNotFoundException(conversationId));
        String name = customerName(c, customers.find(c.customerId()).orElse(null));
        Map<String, String> values = Map.of("customerName", name, "agentName", agent.displayName());
        return canned.all().stream()
                .filter(r -> r.inLanguage(c.locale()))
                .map(r -> Map.of("shortcut", r.shortcut(), "text", r.render(values)))
                .toList();
    }

    void addNote(Agent agent, String conversationId, String text) {
        access.check(agent, conversationId);
        notes.add(conversationId, agent.id(), text, clock.instant());
    }

    private List<Message> transcript(String conversationId) {
        List<Message> all = new ArrayList<>();
        long after = 0;
        for (int page = 0; page < TRANSCRIPT_PAGES; page++) {
            List<Message> next = conversations.messagesAfter(conversationId, after);
            if (next.isEmpty()) {
                break;
            }
            all.addAll(next);
            after = next.getLast().seq();
        }
        return all;
    }

    private List<ConversationRow> rows(List<Handoff> list) {
        Instant now = clock.instant();
        Map<String, Integer> positions = new java.util.HashMap<>();
        List<ConversationRow> rows = new ArrayList<>();
        for (Handoff h : list) {
            Optional<Conversation> c = conversations.find(h.conversationId());
            if (c.isEmpty()) {
                continue;
            }
            int position = h.waiting() ? positions.merge(h.teamId(), 1, Integer::sum) : 0;
            String agentName = h.assignedAgentId() == null ? null
                    : directory.agent(h.assignedAgentId()).map(Agent::displayName).orElse(null);
            rows.add(new ConversationRow(h.conversationId(), c.get().bot(),
                    customerName(c.get(), customers.find(c.get().customerId()).orElse(null)), h.teamId(), h.skill(),
                    agentName, position, h.waited(now), h.reason()));
        }
        return rows;
    }

    static String customerName(Conversation c, @Nullable Customer customer) {
        if (customer != null && customer.name() != null && !customer.name().isBlank()) {
            return customer.name();
        }
        String prefix = "zh".equals(c.locale().getLanguage()) ? "访客" : "Visitor ";
        return prefix + c.customerId().substring(0, Math.min(6, c.customerId().length())).toUpperCase(Locale.ROOT);
    }
}
