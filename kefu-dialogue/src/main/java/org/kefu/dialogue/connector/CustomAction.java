package org.kefu.dialogue.connector;

import java.util.Map;

/**
 * A Java action a flow calls with {@code call: custom:<name>}, for what a declarative HTTP call cannot
 * express. Implementations are found with {@link java.util.ServiceLoader} (list them in
 * {@code META-INF/services/org.kefu.dialogue.connector.CustomAction}) or passed to the engine builder.
 * They must be thread-safe.
 */
public interface CustomAction {

    /** The name flows call it by. */
    String name();

    /**
     * Runs the action. Throwing is allowed: the engine turns it into the outcome {@code failure}.
     *
     * @param slots the conversation's slot values
     * @param settings the engine's configuration settings (base URLs, secrets)
     * @return the outcome and values to store as slots
     */
    ActionResult call(Map<String, String> slots, Map<String, String> settings) throws Exception;
}
