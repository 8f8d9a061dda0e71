package org.kefu.server.handoff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kefu.server.conversation.Conversation;
import org.kefu.server.conversation.ConversationService;
import org.kefu.server.security.Visitor;
import org.kefu.server.channel.CustomerApi;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/conversations/{id}/leave-message}: the customer leaves a message when nobody can
 * answer now (visitor token, like every call on a conversation). It becomes a ticket for the team.
 */
@CustomerApi
@RestController
class LeaveMessageController {

    private final ConversationService conversations;
    private final Tickets tickets;

    LeaveMessageController(ConversationService conversations, Tickets tickets) {
        this.conversations = conversations;
        this.tickets = tickets;
    }

    /**
     * The form.
     *
     * @param name how to address the customer (optional)
     * @param contact phone number or e-mail
     * @param message what the customer wants
     */
    record LeaveMessageRequest(
            @Nullable @Size(max = 100) String name,
            @NotBlank @Size(max = 200) String contact,
            @NotBlank @Size(max = 4000) String message) {}


    @PostMapping("/api/v1/conversations/{id}/leave-message")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> leave(@PathVariable String id, @Valid @RequestBody LeaveMessageRequest request,
            @AuthenticationPrincipal Visitor visitor) {
        Conversation c = conversations.findForCustomer(id, visitor.customerId());
        Ticket ticket = tickets.leave(c, request.name(), request.contact().strip(), request.message().strip());
        return Map.of("ticketId", ticket.id());
    }
}
