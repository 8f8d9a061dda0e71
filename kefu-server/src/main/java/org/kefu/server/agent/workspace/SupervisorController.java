package org.kefu.server.agent.workspace;

import java.security.Principal;
import java.util.Map;
import org.kefu.server.agent.Agent;
import org.kefu.server.agent.AgentDirectory;
import org.kefu.server.handoff.HandoffException;
import org.kefu.server.handoff.HandoffService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The supervisor view: {@code /supervisor} with live queues, every agent's load and waiting times, and
 * {@code POST /api/v1/supervisor/conversations/{id}/reassign} (form field {@code agentId}) to move a conversation to another agent.
 */
@Controller
class SupervisorController {

    private final CurrentAgent current;
    private final AgentDirectory directory;
    private final HandoffService handoffs;
    private final WorkspaceService workspace;

    SupervisorController(CurrentAgent current, AgentDirectory directory, HandoffService handoffs,
            WorkspaceService workspace) {
        this.current = current;
        this.directory = directory;
        this.handoffs = handoffs;
        this.workspace = workspace;
    }

    @GetMapping("/supervisor")
    String page(Principal principal, Model model) {
        model.addAttribute("agent", current.of(principal));
        return "agent/supervisor";
    }

    @GetMapping("/supervisor/board")
    String board(Principal principal, Model model) {
        Agent supervisor = current.of(principal);
        Map<String, Integer> load = handoffs.load();
        model.addAttribute("agent", supervisor);
        model.addAttribute("queue", workspace.queue(supervisor));
        model.addAttribute("active", workspace.team(supervisor));
        model.addAttribute("mine", workspace.mine(supervisor));
        model.addAttribute("agents", directory.all().stream()
                .map(a -> new AgentLoad(a, load.getOrDefault(a.id(), 0)))
                .toList());
        return "agent/board :: board";
    }

    @PostMapping("/api/v1/supervisor/conversations/{id}/reassign")
    @ResponseBody
    ResponseEntity<Void> reassign(@PathVariable String id, @RequestParam String agentId, Principal principal) {
        Agent supervisor = current.of(principal);
        if (handoffs.open(id).map(h -> h.waiting()).orElse(false)) {
            Agent target = directory.agent(agentId).orElseThrow(() -> new HandoffException("no such agent"));
            handoffs.claim(target, id);
        } else {
            handoffs.transferToAgent(supervisor, id, agentId);
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(HandoffException.class)
    ResponseEntity<Map<String, String>> conflict(HandoffException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "handoff", "message", e.getMessage()));
    }
}
