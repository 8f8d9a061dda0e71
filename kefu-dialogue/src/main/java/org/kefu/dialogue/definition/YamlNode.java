package org.kefu.dialogue.definition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A YAML value with the line it starts on, so validation can name {@code file:line}. */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    /** 1-based line of the value in its file. */
    int line();

    /** What this node is, for messages such as "expected a list but found a text". */
    String kind();

    /** A text, number or boolean; null YAML values are {@code value == null}. */
    record Scalar(@Nullable String value, int line) implements YamlNode {
        @Override
        public String kind() {
            return "a text";
        }
    }

    /** A mapping whose keys keep their order; each key knows its own line. */
    record Mapping(Map<String, YamlNode> entries, Map<String, Integer> keyLines, int line) implements YamlNode {
        public Mapping {
            entries = new LinkedHashMap<>(entries);
            keyLines = Map.copyOf(keyLines);
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** A list. */
    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }
}
