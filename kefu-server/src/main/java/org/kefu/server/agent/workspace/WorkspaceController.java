package org.kefu.server.agent.workspace;

import java.security.Principal;
import org.kefu.server.agent.Agent;
import org.kefu.server.agent.AgentStatus;
import org.kefu.server.handoff.Tickets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The workspace pages: {@code /agent} and the fragments htmx loads into it (conversation lists and the
 * conversation pane).
 */
@Controller
class WorkspaceController {

    private final CurrentAgent current;
    private final WorkspaceService workspace;
    private final Tickets tickets;

    WorkspaceController(CurrentAgent current, WorkspaceService workspace, Tickets tickets) {
        this.current = current;
        this.workspace = workspace;
        this.tickets = tickets;
    }

    @GetMapping("/agent")
    String workspace(Principal principal, Model model) {
        Agent agent = current.of(principal);
        model.addAttribute("agent", agent);
        model.addAttribute("statuses", AgentStatus.values());
        return "agent/workspace";
    }

    @GetMapping("/agent/lists")
    String lists(Principal principal, Model model) {
        Agent agent = current.of(principal);
        model.addAttribute("agent", agent);
        model.addAttribute("mine", workspace.mine(agent));
        model.addAttribute("queue", workspace.queue(agent));
        model.addAttribute("team", workspace.team(agent));
        model.addAttribute("tickets", tickets.open(workspace.visibleTeams(agent).stream().map(t -> t.id()).toList()));
        return "agent/lists :: lists";
    }

    @GetMapping("/agent/conversations/{id}")
    String conversation(@PathVariable String id, Principal principal, Model model) {
        Agent agent = current.of(principal);
        model.addAttribute("agent", agent);
        model.addAttribute("view", workspace.conversation(agent, id));
        return "agent/conversation :: pane";
    }
}
