package org.kefu.server.agent.workspace;

import org.kefu.server.agent.Agent;
import org.kefu.server.agent.AgentDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Looks up the logged-in account; a session whose account was disabled meanwhile gets 401. */
@Component
class CurrentAgent {

    private final AgentDirectory directory;

    CurrentAgent(AgentDirectory directory) {
        this.directory = directory;
    }

    Agent of(java.security.Principal principal) {
        return directory.byUsername(principal.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "account no longer exists"));
    }
}
