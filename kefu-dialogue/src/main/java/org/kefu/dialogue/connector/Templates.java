package org.kefu.dialogue.connector;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code ${...}} placeholders of connector templates: names with a dot are settings (used as
 * written: base URLs, secrets), names without are slot values (escaped for where they go).
 */
final class Templates {

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}|]+)(?:\\|([a-z]+))?}");

    private Templates() {
    }

    static String render(String template, Map<String, String> slots, Map<String, String> settings,
            UnaryOperator<String> escapeSlot) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).strip();
            String value = name.contains(".") ? settings.getOrDefault(name, "") : escapeSlot.apply(slots.getOrDefault(name, ""));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The setting names a template uses. */
    static Set<String> settingsUsed(String template) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (m.group(1).contains(".")) {
                out.add(m.group(1).strip());
            }
        }
        return out;
    }

    static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String json(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
