package org.kefu.dialogue.definition;

import java.util.ArrayList;
import java.util.List;

/** Collects everything wrong with a bot definition, so the author sees all problems at once. */
final class Problems {

    private final List<String> messages = new ArrayList<>();

    void add(String file, int line, String problem) {
        messages.add(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    List<String> messages() {
        return List.copyOf(messages);
    }
}
