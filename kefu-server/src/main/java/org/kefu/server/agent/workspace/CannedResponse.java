package org.kefu.server.agent.workspace;

import java.util.Locale;
import java.util.Map;

/**
 * A prepared reply an agent inserts with {@code /shortcut}.
 *
 * @param shortcut what the agent types after the slash
 * @param locale {@code zh-CN} or {@code en}
 * @param text the reply, with placeholders such as {@code {customerName}} and {@code {agentName}}
 */
record CannedResponse(String shortcut, String locale, String text) {

    /** The text with each {@code {name}} replaced by its value; unknown placeholders stay as they are. */
    String render(Map<String, String> values) {
        String out = text;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }

    boolean inLanguage(Locale wanted) {
        return Locale.forLanguageTag(locale).getLanguage().equals(wanted.getLanguage());
    }
}
