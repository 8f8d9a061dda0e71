package org.kefu.dialogue.definition;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Typed, validating reads from one YAML file's nodes. Every problem is recorded with the file and line;
 * reads then return a harmless default so the rest of the file is still checked.
 */
final class Fields {

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

    final String file;
    private final Problems problems;

    Fields(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    void problem(int line, String message) {
        problems.add(file, line, message);
    }

    int line(YamlNode.Mapping map, String key) {
        Integer line = map.keyLines().get(key);
        return line == null ? map.line() : line;
    }

    YamlNode.@Nullable Mapping mapping(@Nullable YamlNode node, String what) {
        if (node instanceof YamlNode.Mapping m) {
            return m;
        }
        if (node != null) {
            problem(node.line(), what + " must be a mapping, found " + node.kind());
        }
        return null;
    }

    void allowOnly(YamlNode.Mapping map, String what, Set<String> known) {
        for (String key : map.entries().keySet()) {
            if (!known.contains(key)) {
                problem(line(map, key), "unknown key '" + key + "' in " + what + " (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    @Nullable String string(YamlNode.Mapping map, String key, String what, boolean required) {
        YamlNode node = map.entries().get(key);
        if (node == null || node instanceof YamlNode.Scalar s && s.value() == null) {
            if (required) {
                problem(line(map, key), what + " is missing required '" + key + "'");
            }
            return null;
        }
        if (node instanceof YamlNode.Scalar s) {
            if (required && s.value().isBlank()) {
                problem(s.line(), what + " has an empty '" + key + "'");
                return null;
            }
            return s.value();
        }
        problem(node.line(), "'" + key + "' in " + what + " must be a text, found " + node.kind());
        return null;
    }

    /** A required or optional {@code {zh, en}} text; both languages are required when present. */
    @Nullable LocalizedText text(YamlNode.Mapping map, String key, String what, boolean required) {
        YamlNode node = map.entries().get(key);
        if (node == null) {
            if (required) {
                problem(map.line(), what + " is missing required '" + key + "' (with zh and en)");
            }
            return null;
        }
        YamlNode.Mapping m = mapping(node, "'" + key + "' in " + what);
        if (m == null) {
            return null;
        }
        allowOnly(m, "'" + key + "' in " + what, Set.of("zh", "en"));
        String zh = string(m, "zh", "'" + key + "' in " + what, true);
        String en = string(m, "en", "'" + key + "' in " + what, true);
        return zh == null || en == null ? null : new LocalizedText(zh, en);
    }

    /** Texts per language; each language may be one text or a list. */
    LocalizedList localizedList(YamlNode.Mapping map, String key, String what) {
        YamlNode.Mapping m = mapping(map.entries().get(key), "'" + key + "' in " + what);
        if (m == null) {
            return new LocalizedList(List.of(), List.of());
        }
        allowOnly(m, "'" + key + "' in " + what, Set.of("zh", "en"));
        return new LocalizedList(strings(m, "zh", what), strings(m, "en", what));
    }

    /** One text or a list of texts; blank entries are problems. */
    List<String> strings(YamlNode.Mapping map, String key, String what) {
        YamlNode node = map.entries().get(key);
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        List<YamlNode> items = node instanceof YamlNode.Sequence s ? s.items() : List.of(node);
        for (YamlNode item : items) {
            if (item instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank()) {
                out.add(s.value().strip());
            } else {
                problem(item.line(), "'" + key + "' in " + what + " must hold non-empty texts, found "
                        + (item instanceof YamlNode.Scalar ? "an empty value" : item.kind())
                        + (item instanceof YamlNode.Mapping ? " (quote a text that contains ': ')" : ""));
            }
        }
        return out;
    }

    /** The mappings of a list under {@code key}; a missing key is an empty list. */
    List<YamlNode.Mapping> mappings(YamlNode.Mapping map, String key, String what) {
        YamlNode node = map.entries().get(key);
        List<YamlNode.Mapping> out = new ArrayList<>();
        if (node == null || node instanceof YamlNode.Scalar s && s.value() == null) {
            return out;
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            problem(node.line(), "'" + key + "' in " + what + " must be a list, found " + node.kind());
            return out;
        }
        for (YamlNode item : seq.items()) {
            YamlNode.Mapping m = mapping(item, "an entry of '" + key + "'");
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    boolean bool(YamlNode.Mapping map, String key, String what) {
        String value = string(map, key, what, false);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problem(line(map, key), "'" + key + "' in " + what + " must be true or false: " + value);
                yield false;
            }
        };
    }

    int integer(YamlNode.Mapping map, String key, String what, int fallback, int min, int max) {
        String value = string(map, key, what, false);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                problem(line(map, key), "'" + key + "' in " + what + " must be between " + min + " and " + max + ": " + n);
                return fallback;
            }
            return n;
        } catch (NumberFormatException e) {
            problem(line(map, key), "'" + key + "' in " + what + " must be a whole number: " + value);
            return fallback;
        }
    }

    double number(YamlNode.Mapping map, String key, String what, double fallback, double min, double max) {
        String value = string(map, key, what, false);
        if (value == null) {
            return fallback;
        }
        try {
            double n = Double.parseDouble(value.strip());
            if (!(n >= min && n <= max)) {
                problem(line(map, key), "'" + key + "' in " + what + " must be between " + min + " and " + max + ": " + n);
                return fallback;
            }
            return n;
        } catch (NumberFormatException e) {
            problem(line(map, key), "'" + key + "' in " + what + " must be a number: " + value);
            return fallback;
        }
    }

    /** A duration such as {@code 200ms}, {@code 3s}, {@code 1m} or ISO-8601 {@code PT3S}. */
    Duration duration(YamlNode.Mapping map, String key, String what, Duration fallback) {
        String value = string(map, key, what, false);
        if (value == null) {
            return fallback;
        }
        var m = DURATION.matcher(value.strip());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            problem(line(map, key), "'" + key + "' in " + what + " must be a duration like 500ms, 3s or 1m: " + value);
            return fallback;
        }
    }

    @Nullable Pattern regex(YamlNode.Mapping map, String key, String what, boolean required) {
        String value = string(map, key, what, required);
        if (value == null) {
            return null;
        }
        try {
            return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            problem(line(map, key), "'" + key + "' in " + what + " is not a valid regular expression: "
                    + e.getDescription());
            return null;
        }
    }

    /** Buttons: each entry has a {@code title: {zh, en}} and a target under {@code targetKey}. */
    List<ButtonDef> buttons(YamlNode.Mapping map, String key, String what, String targetKey) {
        List<ButtonDef> out = new ArrayList<>();
        for (YamlNode.Mapping m : mappings(map, key, what)) {
            String inner = "an entry of '" + key + "' in " + what;
            allowOnly(m, inner, Set.of("title", targetKey));
            LocalizedText title = text(m, "title", inner, true);
            String target = string(m, targetKey, inner, true);
            if (title != null && target != null) {
                out.add(new ButtonDef(title, target));
            }
        }
        return out;
    }
}
