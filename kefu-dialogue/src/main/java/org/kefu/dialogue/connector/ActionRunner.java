package org.kefu.dialogue.connector;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.kefu.dialogue.DialogueException;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.ConnectorDef;
import org.kefu.dialogue.definition.FlowDef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a flow's {@code call}: a connector id or {@code custom:<name>}. Thread-safe; never throws for a
 * failing call, which becomes {@link ActionResult#FAILURE}.
 */
public final class ActionRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ActionRunner.class);

    private final Map<String, HttpConnector> connectors;
    private final Map<String, CustomAction> custom;
    private final Map<String, String> settings;

    private ActionRunner(Map<String, HttpConnector> connectors, Map<String, CustomAction> custom,
            Map<String, String> settings) {
        this.connectors = Map.copyOf(connectors);
        this.custom = Map.copyOf(custom);
        this.settings = Map.copyOf(settings);
    }

    /**
     * Builds the runner for a bot.
     *
     * @param definition the bot
     * @param settings configuration settings the connector templates use ({@code kefu.demo.base-url}…)
     * @param client the HTTP client to call with
     * @param extraActions custom actions besides those found with {@link ServiceLoader}
     * @throws DialogueException naming every setting or custom action the bot uses but which is missing
     */
    public static ActionRunner create(BotDefinition definition, Map<String, String> settings, HttpClient client,
            List<CustomAction> extraActions) {
        Map<String, CustomAction> custom = new HashMap<>();
        ServiceLoader.load(CustomAction.class).forEach(a -> custom.put(a.name(), a));
        extraActions.forEach(a -> custom.put(a.name(), a));
        List<String> problems = new ArrayList<>();
        Map<String, HttpConnector> connectors = new HashMap<>();
        for (ConnectorDef def : definition.connectors().values()) {
            Set<String> used = new TreeSet<>(Templates.settingsUsed(def.url()));
            def.headers().values().forEach(h -> used.addAll(Templates.settingsUsed(h)));
            if (def.body() != null) {
                used.addAll(Templates.settingsUsed(def.body()));
            }
            used.stream().filter(s -> !settings.containsKey(s))
                    .forEach(s -> problems.add("connector " + def.id() + " uses setting '" + s + "' which is not configured"));
            connectors.put(def.id(), new HttpConnector(def, settings, client));
        }
        Map<String, String> calls = new java.util.LinkedHashMap<>();
        for (FlowDef flow : definition.flows()) {
            if (flow.call() != null) {
                calls.put("flow " + flow.id(), flow.call());
            }
        }
        var verification = definition.config().verification();
        if (verification != null) {
            if (verification.sendCode() != null) {
                calls.put("verification.sendCode", verification.sendCode());
            }
            calls.put("verification.checkCode", verification.checkCode());
        }
        calls.forEach((who, call) -> {
            if (call.startsWith("custom:") && !custom.containsKey(call.substring(7))) {
                problems.add(who + " calls custom action '" + call.substring(7)
                        + "' but no CustomAction with that name is registered (META-INF/services/"
                        + CustomAction.class.getName() + ")");
            }
        });
        if (!problems.isEmpty()) {
            throw new DialogueException("bot " + definition.id() + " cannot run:\n  " + String.join("\n  ", problems));
        }
        return new ActionRunner(connectors, custom, settings);
    }

    /**
     * Runs a call.
     *
     * @param call a connector id or {@code custom:<name>}
     * @param slots the conversation's slot values
     * @return the result; {@link ActionResult#FAILURE} when the call did not work
     */
    public ActionResult run(String call, Map<String, String> slots) {
        if (call.startsWith("custom:")) {
            CustomAction action = custom.get(call.substring(7));
            if (action == null) {
                return ActionResult.failure("no custom action " + call);
            }
            try {
                ActionResult result = action.call(Map.copyOf(slots), settings);
                return result == null ? ActionResult.failure("custom action returned nothing") : result;
            } catch (Exception e) {
                LOG.warn("custom action {} failed: {}", call, e.getClass().getSimpleName());
                return ActionResult.failure(e.getClass().getSimpleName());
            }
        }
        HttpConnector connector = connectors.get(call);
        return connector == null ? ActionResult.failure("no connector " + call) : connector.call(slots);
    }
}
