package org.kefu.server.agent.workspace;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kefu.server.agent.Agent;
import org.kefu.server.agent.AgentDirectory;
import org.kefu.server.agent.AgentStatus;
import org.kefu.server.conversation.ConversationService;
import org.kefu.server.conversation.Message;
import org.kefu.server.conversation.Sender;
import org.kefu.server.handoff.Handoff;
import org.kefu.server.handoff.HandoffException;
import org.kefu.server.handoff.HandoffService;
import org.kefu.server.handoff.Tickets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The workspace's actions under {@code /api/v1/agent}: presence, claim, reply, notes, typing, transfer,
 * close, canned responses and tickets. Session login with CSRF header; see {@code AgentSecurityConfiguration}.
 */
@RestController
@RequestMapping("/api/v1/agent")
class AgentApiController {

    private final CurrentAgent current;
    private final AgentDirectory directory;
    private final WorkspaceService workspace;
    private final HandoffService handoffs;
    private final ConversationService conversations;
    private final Tickets tickets;

    AgentApiController(CurrentAgent current, AgentDirectory directory, WorkspaceService workspace,
            HandoffService handoffs, ConversationService conversations, Tickets tickets) {
        this.current = current;
        this.directory = directory;
        this.workspace = workspace;
        this.handoffs = handoffs;
        this.conversations = conversations;
        this.tickets = tickets;
    }

    /** @param status {@code ONLINE}, {@code AWAY} or {@code OFFLINE} */
    record StatusRequest(@NotNull AgentStatus status) {}

    /** @param text what to send or note */
    record TextRequest(@NotBlank @Size(max = 4000) String text) {}

    /**
     * Where to transfer: exactly one of the two.
     *
     * @param teamId another team's queue
     * @param agentId another agent directly
     */
    record TransferRequest(@Nullable String teamId, @Nullable String agentId) {}

    /** @param backToBot true to hand back to the bot, false to close the conversation */
    record CloseRequest(@Nullable Boolean backToBot) {}

    @GetMapping("/me")
    Map<String, Object> me(Principal principal) {
        Agent a = current.of(principal);
        return Map.of("id", a.id(), "username", a.username(), "displayName", a.displayName(), "role", a.role(),
                "status", a.status(), "capacity", a.capacity(), "teams", a.teams());
    }

    @PostMapping("/status")
    Map<String, Object> status(@Valid @RequestBody StatusRequest request, Principal principal) {
        Agent a = current.of(principal);
        directory.setStatus(a.id(), request.status());
        return Map.of("status", request.status());
    }

    @PostMapping("/conversations/{id}/claim")
    Map<String, Object> claim(@PathVariable String id, Principal principal) {
        Handoff h = handoffs.claim(current.of(principal), id);
        return Map.of("conversationId", h.conversationId(), "status", "agent");
    }

    @PostMapping("/conversations/{id}/messages")
    Map<String, Object> send(@PathVariable String id, @Valid @RequestBody TextRequest request, Principal principal) {
        Agent a = current.of(principal);
        requireOwn(a, id);
        Message m = conversations.appendAgentMessage(id, a.id(), a.displayName(), request.text().strip());
        return Map.of("seq", m.seq(), "id", m.id());
    }

    @GetMapping("/conversations/{id}/messages")
    List<Map<String, Object>> messages(@PathVariable String id, @RequestParam(defaultValue = "0") long afterSeq,
            Principal principal) {
        return workspace.messagesAfter(current.of(principal), id, afterSeq).stream()
                .map(AgentApiController::json)
                .toList();
    }

    @PostMapping("/conversations/{id}/typing")
    ResponseEntity<Void> typing(@PathVariable String id, Principal principal) {
        requireOwn(current.of(principal), id);
        conversations.typing(id, Sender.AGENT);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/conversations/{id}/notes")
    ResponseEntity<Void> note(@PathVariable String id, @Valid @RequestBody TextRequest request, Principal principal) {
        workspace.addNote(current.of(principal), id, request.text().strip());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/conversations/{id}/transfer")
    ResponseEntity<Void> transfer(@PathVariable String id, @RequestBody TransferRequest request, Principal principal) {
        Agent a = current.of(principal);
        if ((request.teamId() == null) == (request.agentId() == null)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "give exactly one of teamId and agentId");
        }
        if (request.teamId() != null) {
            handoffs.transferToTeam(a, id, request.teamId());
        } else {
            handoffs.transferToAgent(a, id, request.agentId());
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/conversations/{id}/close")
    ResponseEntity<Void> close(@PathVariable String id, @RequestBody(required = false) @Nullable CloseRequest request,
            Principal principal) {
        boolean backToBot = request == null || request.backToBot() == null || request.backToBot();
        handoffs.close(current.of(principal), id, backToBot);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/conversations/{id}/canned")
    List<Map<String, String>> canned(@PathVariable String id, Principal principal) {
        return workspace.canned(current.of(principal), id);
    }

    @PostMapping("/tickets/{id}/handled")
    ResponseEntity<Void> ticketHandled(@PathVariable String id, Principal principal) {
        Agent a = current.of(principal);
        var ticket = tickets.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no ticket " + id));
        if (!a.supervises() && !a.teams().contains(ticket.teamId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "ticket of another team");
        }
        tickets.markHandled(id, a.id());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(HandoffException.class)
    ResponseEntity<Map<String, String>> conflict(HandoffException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "handoff", "message", e.getMessage()));
    }

    private void requireOwn(Agent agent, String conversationId) {
        boolean own = handoffs.open(conversationId).map(h -> agent.id().equals(h.assignedAgentId())).orElse(false);
        if (!own) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only the assigned agent may write here");
        }
    }

    static Map<String, Object> json(Message m) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("conversationId", m.conversationId());
        out.put("seq", m.seq());
        out.put("from", m.sender().wireName());
        out.put("senderName", m.senderName());
        out.put("text", m.text());
        out.put("ts", m.createdAt().toString());
        return out;
    }
}
