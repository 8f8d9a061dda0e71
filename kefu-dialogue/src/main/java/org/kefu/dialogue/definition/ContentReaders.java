package org.kefu.dialogue.definition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads the knowledge files: {@code entities.yml}, {@code responses.yml}, {@code faq.yml}, {@code intents.yml}. */
final class ContentReaders {

    static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]*");

    private ContentReaders() {
    }

    /** The root mapping holding one list under {@code key}, or an empty list. */
    static List<YamlNode.Mapping> rootList(Fields f, @Nullable YamlNode root, String key) {
        YamlNode.Mapping map = f.mapping(root, "the file");
        if (map == null) {
            return List.of();
        }
        f.allowOnly(map, f.file, Set.of(key));
        return f.mappings(map, key, f.file);
    }

    static void checkName(Fields f, YamlNode.Mapping m, String key, @Nullable String name, Map<String, Integer> seen) {
        if (name == null) {
            return;
        }
        int line = f.line(m, key);
        if (!NAME.matcher(name).matches()) {
            f.problem(line, key + " must start with a letter and hold only letters, digits, _ . -: " + name);
        }
        Integer first = seen.putIfAbsent(name, line);
        if (first != null) {
            f.problem(line, "duplicate " + key + " '" + name + "' (first on line " + first + ")");
        }
    }

    record Entities(List<DictionaryDef> dictionaries, List<PatternDef> patterns) {
    }

    static Entities entities(Fields f, @Nullable YamlNode root) {
        YamlNode.Mapping map = f.mapping(root, "the file");
        if (map == null) {
            return new Entities(List.of(), List.of());
        }
        f.allowOnly(map, "entities.yml", Set.of("dictionaries", "patterns"));
        Map<String, Integer> types = new HashMap<>();
        List<DictionaryDef> dictionaries = new ArrayList<>();
        for (YamlNode.Mapping d : f.mappings(map, "dictionaries", "entities.yml")) {
            f.allowOnly(d, "a dictionary", Set.of("type", "values"));
            String type = f.string(d, "type", "a dictionary", true);
            checkName(f, d, "type", type, types);
            List<DictionaryDef.Value> values = new ArrayList<>();
            for (YamlNode.Mapping v : f.mappings(d, "values", "dictionary " + type)) {
                f.allowOnly(v, "a dictionary value", Set.of("value", "synonyms"));
                String value = f.string(v, "value", "a value of dictionary " + type, true);
                if (value != null) {
                    values.add(new DictionaryDef.Value(value, f.strings(v, "synonyms", "value " + value)));
                }
            }
            if (values.isEmpty()) {
                f.problem(d.line(), "dictionary " + type + " has no values");
            }
            if (type != null) {
                dictionaries.add(new DictionaryDef(type, values));
            }
        }
        List<PatternDef> patterns = new ArrayList<>();
        for (YamlNode.Mapping p : f.mappings(map, "patterns", "entities.yml")) {
            f.allowOnly(p, "a pattern", Set.of("type", "regex"));
            String type = f.string(p, "type", "a pattern", true);
            checkName(f, p, "type", type, types);
            Pattern regex = f.regex(p, "regex", "pattern " + type, true);
            if (type != null && regex != null) {
                patterns.add(new PatternDef(type, regex));
            }
        }
        return new Entities(dictionaries, patterns);
    }

    static Map<String, ResponseDef> responses(Fields f, @Nullable YamlNode root) {
        Map<String, ResponseDef> out = new LinkedHashMap<>();
        YamlNode.Mapping map = f.mapping(root, "the file");
        if (map == null) {
            return out;
        }
        f.allowOnly(map, "responses.yml", Set.of("responses"));
        YamlNode.Mapping all = f.mapping(map.entries().get("responses"), "responses");
        if (all == null) {
            return out;
        }
        for (var entry : all.entries().entrySet()) {
            String name = entry.getKey();
            String what = "response " + name;
            YamlNode.Mapping r = f.mapping(entry.getValue(), what);
            if (r == null) {
                continue;
            }
            if (!NAME.matcher(name).matches()) {
                f.problem(f.line(all, name), "response name must start with a letter: " + name);
            }
            f.allowOnly(r, what, Set.of("zh", "en", "quickReplies"));
            LocalizedList variants = new LocalizedList(f.strings(r, "zh", what), f.strings(r, "en", what));
            if (variants.zh().isEmpty() || variants.en().isEmpty()) {
                f.problem(r.line(), what + " needs at least one text in zh and one in en");
            }
            out.put(name, new ResponseDef(name, variants, f.buttons(r, "quickReplies", what, "payload")));
        }
        return out;
    }

    static List<FaqDef> faqs(Fields f, @Nullable YamlNode root) {
        List<FaqDef> out = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (YamlNode.Mapping m : rootList(f, root, "faqs")) {
            f.allowOnly(m, "an FAQ", Set.of("id", "category", "question", "paraphrases", "answer", "quickReplies", "links"));
            String id = f.string(m, "id", "an FAQ", true);
            checkName(f, m, "id", id, ids);
            String what = "FAQ " + id;
            LocalizedText question = f.text(m, "question", what, true);
            LocalizedList paraphrases = f.localizedList(m, "paraphrases", what);
            LocalizedText answer = f.text(m, "answer", what, true);
            List<ButtonDef> quick = f.buttons(m, "quickReplies", what, "payload");
            List<ButtonDef> links = f.buttons(m, "links", what, "url");
            if (id != null && question != null && answer != null) {
                out.add(new FaqDef(id, f.string(m, "category", what, false), question, paraphrases, answer, quick, links));
            }
        }
        return out;
    }

    static List<IntentDef> intents(Fields f, @Nullable YamlNode root, Set<String> responses) {
        List<IntentDef> out = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (YamlNode.Mapping m : rootList(f, root, "intents")) {
            f.allowOnly(m, "an intent", Set.of("name", "examples", "reply", "handoff", "followUp"));
            String name = f.string(m, "name", "an intent", true);
            checkName(f, m, "name", name, names);
            String what = "intent " + name;
            LocalizedList examples = f.localizedList(m, "examples", what);
            if (examples.all().isEmpty()) {
                f.problem(m.line(), what + " has no examples");
            }
            String reply = f.string(m, "reply", what, false);
            if (reply != null && !responses.contains(reply)) {
                f.problem(f.line(m, "reply"), what + " replies with unknown response '" + reply + "'");
            }
            String handoff = f.string(m, "handoff", what, false);
            if (handoff != null && !BotFileReader.HANDOFF_REASONS.contains(handoff)) {
                f.problem(f.line(m, "handoff"), what + " has unknown handoff reason '" + handoff + "' (known: "
                        + String.join(", ", BotFileReader.HANDOFF_REASONS.stream().sorted().toList()) + ")");
            }
            String followUp = f.string(m, "followUp", what, false);
            if (followUp != null && !followUp.equals("other")) {
                f.problem(f.line(m, "followUp"), what + " has unknown followUp '" + followUp + "' (known: other)");
            }
            if ((reply != null ? 1 : 0) + (handoff != null ? 1 : 0) + (followUp != null ? 1 : 0) > 1) {
                f.problem(m.line(), what + " may have only one of reply, handoff, followUp");
            }
            if (name != null) {
                out.add(new IntentDef(name, examples, reply, handoff, followUp));
            }
        }
        return out;
    }
}
