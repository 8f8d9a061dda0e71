package org.kefu.dialogue.definition;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a YAML document into {@link YamlNode}s that remember their lines. Jackson's tree model drops
 * locations, so this walks the token stream itself.
 */
final class YamlTreeReader {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final String file;
    private final Problems problems;

    YamlTreeReader(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The document's root, or null when it is empty or not valid YAML (a problem is recorded). */
    @Nullable YamlNode read(InputStream in) {
        try (JsonParser parser = YAML.createParser(in)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return null;
            }
            return node(parser, token);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(file, line, "invalid YAML: " + summary(e.getOriginalMessage()));
            return null;
        }
    }

    /** The YAML parser's message without its multi-line source excerpt, with a hint for a common mistake. */
    static String summary(String message) {
        StringBuilder out = new StringBuilder();
        for (String line : message.split("\\R")) {
            String trimmed = line.strip();
            if (!line.startsWith(" ") && !trimmed.isEmpty() && !trimmed.startsWith("in reader") && !trimmed.equals("^")) {
                out.append(out.isEmpty() ? "" : "; ").append(trimmed);
            }
        }
        String text = out.isEmpty() ? message.strip() : out.toString();
        if (text.contains("got {")) {
            text += " (a text holding ${...} inside [ ] must be quoted)";
        }
        return text;
    }

    private YamlNode node(JsonParser parser, JsonToken token) {
        int line = parser.currentTokenLocation().getLineNr();
        return switch (token) {
            case START_OBJECT -> mapping(parser, line);
            case START_ARRAY -> sequence(parser, line);
            case VALUE_NULL -> new YamlNode.Scalar(null, line);
            default -> new YamlNode.Scalar(parser.getString(), line);
        };
    }

    private YamlNode mapping(JsonParser parser, int line) {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new HashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            int keyLine = parser.currentTokenLocation().getLineNr();
            YamlNode value = node(parser, parser.nextToken());
            if (entries.containsKey(key)) {
                problems.add(file, keyLine, "duplicate key '" + key + "' (first on line " + keyLines.get(key) + ")");
                continue;
            }
            entries.put(key, value);
            keyLines.put(key, keyLine);
        }
        return new YamlNode.Mapping(entries, keyLines, line);
    }

    private YamlNode sequence(JsonParser parser, int line) {
        List<YamlNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(node(parser, token));
        }
        return new YamlNode.Sequence(items, line);
    }
}
