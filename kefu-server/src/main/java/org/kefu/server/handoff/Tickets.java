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

    /**
     * Turns the customer's chat message into a ticket, once per message: the customer accepted the bot's offer
     * to leave a message and then wrote it. A phone number or e-mail address in it becomes the contact.
     *
     * @return the ticket, or empty when this message already made one (another node saw it first)
     */
    Optional<Ticket> leaveInChat(Conversation conversation, long seq, String text) {
        String teamId = handoffs.abandonForMessage(conversation);
        Ticket ticket = new Ticket(UUID.randomUUID().toString(), conversation.id(), teamId, null, contactIn(text),
                text, clock.instant(), null, null);
        try {
            if (!store.insert(ticket, seq)) {
                return Optional.empty();
            }
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return Optional.empty(); // the unique index settled a race between nodes
        }
        conversations.appendSystemMessage(conversation.id(),
                messages.getMessage("handoff.message-left", null, conversation.locale()));
        return Optional.of(ticket);
    }

    private static final java.util.regex.Pattern CONTACT = java.util.regex.Pattern.compile(
            "(?<![0-9])1[3-9][0-9]{9}(?![0-9])|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    // where to reach the customer: the first phone number or e-mail address, else back in this chat
    static String contactIn(String text) {
        java.util.regex.Matcher m = CONTACT.matcher(text);
        return m.find() ? m.group() : "chat";
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
