package org.kefu.dialogue.connector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Maps a JSON response into slot values with JSON pointers ({@code /shipment/carrier}); a {@code *}
 * segment walks every element of an array and the values are joined with {@code ", "}.
 */
final class JsonMapping {

    private JsonMapping() {
    }

    static Map<String, String> apply(Map<String, String> mapping, JsonNode root) {
        Map<String, String> out = new LinkedHashMap<>();
        mapping.forEach((slot, pointer) -> {
            List<String> values = new ArrayList<>();
            collect(root, segments(pointer), 0, values);
            if (!values.isEmpty()) {
                out.put(slot, String.join(", ", values));
            }
        });
        return out;
    }

    private static List<String> segments(String pointer) {
        List<String> out = new ArrayList<>();
        for (String s : pointer.substring(1).split("/", -1)) {
            if (!s.isEmpty()) {
                out.add(s.replace("~1", "/").replace("~0", "~"));
            }
        }
        return out;
    }

    private static void collect(JsonNode node, List<String> segments, int index, List<String> out) {
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        if (index == segments.size()) {
            out.add(node.isValueNode() ? node.asString() : node.toString());
            return;
        }
        String segment = segments.get(index);
        if (node.isArray()) {
            if (segment.equals("*")) {
                for (JsonNode element : node.values()) {
                    collect(element, segments, index + 1, out);
                }
            } else if (segment.chars().allMatch(Character::isDigit)) {
                collect(node.path(Integer.parseInt(segment)), segments, index + 1, out);
            }
            return;
        }
        collect(node.path(segment), segments, index + 1, out);
    }
}
