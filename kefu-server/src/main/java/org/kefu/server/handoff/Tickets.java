package org.kefu.server.handoff;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.kefu.server.conversation.Conversation;
import org.kefu.server.conversation.ConversationService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Leave-a-message tickets: created by customers, listed for and handled by the team's agents. */
@Service
public class Tickets {

    private final TicketStore store;
    private final HandoffService handoffs;
    private final ConversationService conversations;
    private final MessageSource messages;
    private final Clock clock;

    Tickets(TicketStore store, HandoffService handoffs, ConversationService conversations, MessageSource messages,
            Clock clock) {
        this.store = store;
        this.handoffs = handoffs;
        this.conversations = conversations;
        this.messages = messages;
        this.clock = clock;
    }

    /** Stores the customer's message for the conversation's team and ends any wait in the queue. */
    Ticket leave(Conversation conversation, @Nullable String name, String contact, String message) {
        String teamId = handoffs.abandonForMessage(conversation);
        Ticket ticket = new Ticket(UUID.randomUUID().toString(), conversation.id(), teamId,
                name == null || name.isBlank() ? null : name.strip(), contact, message, clock.instant(), null, null);
        store.insert(ticket);
        conversations.appendSystemMessage(conversation.id(),
                messages.getMessage("handoff.message-left", null, conversation.locale()));
        return ticket;
    }

    /** Open tickets of these teams, oldest first. */
    public List<Ticket> open(Collection<String> teamIds) {
        return store.open(teamIds);
    }

    /** One ticket. */
    public Optional<Ticket> find(String id) {
        return store.find(id);
    }

    /** Marks a ticket dealt with; false if it already was. */
    public boolean markHandled(String ticketId, String agentId) {
        return store.markHandled(ticketId, agentId, clock.instant());
    }
}
