package org.kefu.server.channel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kefu.server.conversation.AppendResult;
import org.kefu.server.conversation.Conversation;
import org.kefu.server.conversation.ConversationService;
import org.kefu.server.conversation.Customer;
import org.kefu.server.conversation.Customers;
import org.kefu.server.security.HostIdentity;
import org.kefu.server.security.HostIdentityVerifier;
import org.kefu.server.security.Visitor;
import org.kefu.server.security.VisitorTokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The chat REST API: the same conversations and semantics as the WebSocket, for integrations. */
@CustomerApi
@RestController
@RequestMapping(path = "/api/v1/conversations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Conversations", description = "Chat with a bot (or the agent who took over) over plain HTTP")
final class ConversationController {

    private final ConversationService conversations;
    private final Customers customers;
    private final VisitorTokens tokens;
    private final HostIdentityVerifier identities;
    private final InboundCheck check;
    private final RateLimits rateLimits;

    ConversationController(ConversationService conversations, Customers customers, VisitorTokens tokens,
            HostIdentityVerifier identities, InboundCheck check, RateLimits rateLimits) {
        this.conversations = conversations;
        this.customers = customers;
        this.tokens = tokens;
        this.identities = identities;
        this.check = check;
        this.rateLimits = rateLimits;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a conversation",
            description = "Returns the conversation id and a visitor token. Send an existing token as "
                    + "'Authorization: Bearer' to stay the same customer; send a host-signed identity to be "
                    + "a verified customer. The bot's welcome is message 1.")
    ResponseEntity<ChatApi.CreatedConversation> create(@RequestBody ChatApi.CreateConversation request,
            @AuthenticationPrincipal @Nullable Visitor visitor, HttpServletRequest http) {
        rateLimits.newConversation(http.getRemoteAddr());
        if (request.bot() == null || request.bot().isBlank()) {
            throw new ChannelException(HttpStatus.BAD_REQUEST, "missing_bot");
        }
        Locale locale = ChatLocales.parse(request.locale());
        Customer customer = customer(request.identity(), visitor);
        Conversation c = conversations.create(customer.id(), request.bot(), locale);
        return ResponseEntity.created(URI.create("/api/v1/conversations/" + c.id()))
                .body(new ChatApi.CreatedConversation(c.id(), tokens.issue(customer.id())));
    }

    private Customer customer(@Nullable HostIdentity identity, @Nullable Visitor visitor) {
        if (identity != null) {
            HostIdentity verified = identities.verify(identity);
            return customers.identified(verified.customerId(), verified.phone(), verified.name());
        }
        return visitor != null ? customers.visitor(visitor.customerId()) : customers.newVisitor();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a conversation", security = @SecurityRequirement(name = "visitorToken"))
    ChatApi.ConversationView get(@PathVariable String id, @AuthenticationPrincipal Visitor visitor) {
        return ChatApi.ConversationView.of(conversations.findForCustomer(id, visitor.customerId()));
    }

    @PostMapping(path = "/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send a customer message",
            description = "Stores the message (idempotent on clientMsgId) and returns its sequence number with "
                    + "the bot's replies, each carrying meta.source, meta.intent and meta.confidence.",
            security = @SecurityRequirement(name = "visitorToken"))
    ChatApi.SentMessage send(@PathVariable String id, @RequestBody ChatApi.SendMessage request,
            @AuthenticationPrincipal Visitor visitor) {
        conversations.findForCustomer(id, visitor.customerId());
        rateLimits.message(visitor.customerId());
        AppendResult result = conversations.appendCustomerMessage(
                check.inbound(id, visitor.customerId(), request.clientMsgId(), request.text(), request.payload()));
        return new ChatApi.SentMessage(result.seq(), result.replies().stream().map(MessageView::of).toList());
    }

    @GetMapping("/{id}/messages")
    @Operation(summary = "Read messages after a sequence number, in order",
            security = @SecurityRequirement(name = "visitorToken"))
    List<MessageView> messages(@PathVariable String id, @RequestParam(defaultValue = "0") long afterSeq,
            @AuthenticationPrincipal Visitor visitor) {
        if (afterSeq < 0) {
            throw new ChannelException(HttpStatus.BAD_REQUEST, "invalid_parameter");
        }
        conversations.findForCustomer(id, visitor.customerId());
        return conversations.messagesAfter(id, afterSeq).stream().map(MessageView::of).toList();
    }
}
