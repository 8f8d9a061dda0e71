package org.kefu.server.admin;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log page: the latest changes with who, when, what and the state before and after. */
@Controller
final class AuditPageController {

    private final AuditLog audit;

    AuditPageController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) @Nullable String action, Model model) {
        model.addAttribute("bot", null);
        model.addAttribute("action", action == null ? "" : action);
        model.addAttribute("entries", audit.latest(action == null || action.isBlank() ? null : action, 300));
        return "admin/audit";
    }
}
