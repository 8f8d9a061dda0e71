package org.kefu.server.training;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Which model version each bot runs on this node, so a node can notice that another node promoted one. */
final class LiveVersions {

    private final Map<String, String> running = new ConcurrentHashMap<>();

    void running(String bot, String versionId) {
        running.put(bot, versionId);
    }

    Optional<String> running(String bot) {
        return Optional.ofNullable(running.get(bot));
    }
}
