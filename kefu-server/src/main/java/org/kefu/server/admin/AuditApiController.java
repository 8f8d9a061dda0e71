package org.kefu.server.admin;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log as JSON: the latest changes, optionally of one kind. */
@RestController
final class AuditApiController {

    private final AuditLog audit;

    AuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/admin/audit")
    List<AuditEntry> latest(@RequestParam(required = false) @Nullable String action,
            @RequestParam(defaultValue = "200") int limit) {
        return audit.latest(action, limit);
    }
}
