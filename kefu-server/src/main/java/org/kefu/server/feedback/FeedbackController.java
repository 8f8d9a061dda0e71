package org.kefu.server.feedback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.kefu.server.conversation.Conversation;
import org.kefu.server.conversation.ConversationService;
import org.kefu.server.conversation.Message;
import org.kefu.server.conversation.Sender;
import org.kefu.server.handoff.Handoff;
import org.kefu.server.handoff.HandoffService;
import org.kefu.server.security.Visitor;
import org.kefu.server.channel.CustomerApi;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The customer's ratings, authenticated with the visitor token like every call on a conversation:
 * {@code POST /api/v1/conversations/{id}/survey} and {@code POST /api/v1/conversations/{id}/messages/{seq}/rating}.
 */
@CustomerApi
@RestController
class FeedbackController {

    private final ConversationService conversations;
    private final HandoffService handoffs;
    private final FeedbackStore store;
    private final Clock clock;

    FeedbackController(ConversationService conversations, HandoffService handoffs, FeedbackStore store, Clock clock) {
        this.conversations = conversations;
        this.handoffs = handoffs;
        this.store = store;
        this.clock = clock;
    }

    /**
     * The survey after an agent served the customer.
     *
     * @param stars 1 to 5
     * @param comment optional, at most 1000 characters
     */
    record SurveyRequest(@NotNull @Min(1) @Max(5) Integer stars, @Nullable @Size(max = 1000) String comment) {}

    /**
     * A vote on one bot answer.
     *
     * @param helpful true for helpful
     */
    record RatingRequest(@NotNull Boolean helpful) {}


    @PostMapping("/api/v1/conversations/{id}/survey")
    ResponseEntity<Void> survey(@PathVariable String id, @Valid @RequestBody SurveyRequest request,
            @AuthenticationPrincipal Visitor visitor) {
        Conversation c = conversations.findForCustomer(id, visitor.customerId());
        String agentId = handoffs.history(c.id()).stream()
                .map(Handoff::assignedAgentId)
                .filter(java.util.Objects::nonNull)
                .reduce((a, b) -> b)
                .orElse(null);
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        store.addSurvey(c.id(), agentId, request.stars(), comment, clock.instant());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/conversations/{id}/messages/{seq}/rating")
    ResponseEntity<Void> rate(@PathVariable String id, @PathVariable long seq, @Valid @RequestBody RatingRequest request,
            @AuthenticationPrincipal Visitor visitor) {
        Conversation c = conversations.findForCustomer(id, visitor.customerId());
        Message rated = conversations.messagesAfter(c.id(), seq - 1).stream()
                .filter(m -> m.seq() == seq)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no message " + seq));
        if (rated.sender() != Sender.BOT) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "only bot answers can be rated: " + seq);
        }
        store.rate(c.id(), seq, request.helpful(), clock.instant());
        return ResponseEntity.noContent().build();
    }
}
