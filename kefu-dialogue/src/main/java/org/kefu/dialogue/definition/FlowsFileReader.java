package org.kefu.dialogue.definition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads {@code flows.yml} and checks its references to intents, responses, connectors and types. */
final class FlowsFileReader {

    private static final Pattern SLOT = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final Fields f;
    private final Set<String> intents;
    private final Set<String> responses;
    private final Set<String> connectors;
    private final Set<String> types;

    FlowsFileReader(Fields fields, Set<String> intents, Set<String> responses, Set<String> connectors, Set<String> types) {
        this.f = fields;
        this.intents = intents;
        this.responses = responses;
        this.connectors = connectors;
        this.types = types;
    }

    List<FlowDef> read(@Nullable YamlNode root) {
        List<FlowDef> out = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        Map<String, String> triggerOwners = new HashMap<>();
        for (YamlNode.Mapping m : ContentReaders.rootList(f, root, "flows")) {
            f.allowOnly(m, "a flow", Set.of("id", "trigger", "verify", "slots", "confirm", "call", "results"));
            String id = f.string(m, "id", "a flow", true);
            ContentReaders.checkName(f, m, "id", id, ids);
            String what = "flow " + id;
            List<String> triggers = f.strings(m, "trigger", what);
            if (triggers.isEmpty()) {
                f.problem(m.line(), what + " needs at least one trigger intent");
            }
            for (String t : triggers) {
                if (!intents.contains(t)) {
                    f.problem(f.line(m, "trigger"), what + " is triggered by unknown intent '" + t + "'");
                }
                String owner = triggerOwners.putIfAbsent(t, String.valueOf(id));
                if (owner != null) {
                    f.problem(f.line(m, "trigger"), "intent '" + t + "' triggers both flow " + owner + " and " + what);
                }
            }
            boolean verify = f.bool(m, "verify", what);
            List<SlotDef> slots = slots(m, what);
            String confirm = ref(m, "confirm", what, responses, "response");
            String call = f.string(m, "call", what, false);
            if (call != null && !call.startsWith("custom:") && !connectors.contains(call)) {
                f.problem(f.line(m, "call"), what + " calls unknown connector '" + call
                        + "' (use a connector id or custom:<name>)");
            }
            List<FlowDef.Result> results = results(m, what);
            if (results.isEmpty()) {
                f.problem(m.line(), what + " needs at least one entry in results");
            }
            if (id != null) {
                out.add(new FlowDef(id, triggers, verify, slots, confirm, call, results));
            }
        }
        return out;
    }

    private List<SlotDef> slots(YamlNode.Mapping flow, String what) {
        List<SlotDef> out = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (YamlNode.Mapping s : f.mappings(flow, "slots", what)) {
            f.allowOnly(s, "a slot of " + what, Set.of("name", "type", "pattern", "prompt", "reprompt", "carryOver", "carried",
                    "options"));
            String name = f.string(s, "name", "a slot of " + what, true);
            String slotWhat = "slot '" + name + "' of " + what;
            if (name != null && !SLOT.matcher(name).matches()) {
                f.problem(f.line(s, "name"), slotWhat + ": name must match [A-Za-z][A-Za-z0-9_]*");
            }
            if (name != null) {
                Integer first = names.putIfAbsent(name, f.line(s, "name"));
                if (first != null) {
                    f.problem(f.line(s, "name"), "duplicate slot '" + name + "' in " + what + " (first on line " + first + ")");
                }
            }
            String type = f.string(s, "type", slotWhat, true);
            if (type != null && !types.contains(type)) {
                f.problem(f.line(s, "type"), "slot '" + name + "' has unknown type '" + type + "' (known: "
                        + String.join(", ", types.stream().sorted().toList()) + ")");
            }
            Pattern pattern = f.regex(s, "pattern", slotWhat, false);
            String prompt = ref(s, "prompt", slotWhat, responses, "response");
            if (prompt == null && !s.entries().containsKey("prompt")) {
                f.problem(s.line(), slotWhat + " is missing required 'prompt'");
            }
            String reprompt = ref(s, "reprompt", slotWhat, responses, "response");
            boolean carry = f.bool(s, "carryOver", slotWhat);
            String carried = ref(s, "carried", slotWhat, responses, "response");
            List<ButtonDef> options = f.buttons(s, "options", slotWhat, "value");
            if (name != null && type != null && prompt != null) {
                out.add(new SlotDef(name, type, pattern, prompt, reprompt == null ? prompt : reprompt, carry, carried,
                        options));
            }
        }
        return out;
    }

    private @Nullable String ref(YamlNode.Mapping m, String key, String what, Set<String> known, String kind) {
        String value = f.string(m, key, what, false);
        if (value != null && !known.contains(value)) {
            f.problem(f.line(m, key), what + " " + key + " refers to unknown " + kind + " '" + value + "'");
            return null;
        }
        return value;
    }

    private List<FlowDef.Result> results(YamlNode.Mapping flow, String what) {
        List<FlowDef.Result> out = new ArrayList<>();
        for (YamlNode.Mapping r : f.mappings(flow, "results", what)) {
            f.allowOnly(r, "a result of " + what, Set.of("when", "response"));
            String response = ref(r, "response", "a result of " + what, responses, "response");
            if (response == null && !r.entries().containsKey("response")) {
                f.problem(r.line(), "a result of " + what + " is missing required 'response'");
            }
            Map<String, String> when = new LinkedHashMap<>();
            YamlNode.Mapping w = f.mapping(r.entries().get("when"), "when");
            if (w != null) {
                for (String key : w.entries().keySet()) {
                    String value = f.string(w, key, "when", true);
                    if (value != null) {
                        when.put(key, value);
                    }
                }
            }
            if (response != null) {
                out.add(new FlowDef.Result(when, response));
            }
        }
        return out;
    }
}
