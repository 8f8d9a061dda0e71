package org.kefu.bench.afqmc;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * One AFQMC example.
 *
 * @param first the first question
 * @param second the second question
 * @param same whether they mean the same (label {@code "1"})
 */
record AfqmcPair(String first, String second, boolean same) {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    AfqmcPair {
        requireNonNull(first, "first");
        requireNonNull(second, "second");
    }

    /** Reads a split ({@code train}, {@code dev}, {@code test_public}): JSON lines {@code {sentence1, sentence2, label}}. */
    static List<AfqmcPair> read(Path dataDir, String split) throws IOException {
        Path file = dataDir.resolve("dataclue_afqmc").resolve(split + ".json");
        List<AfqmcPair> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            pairs.add(new AfqmcPair(node.get("sentence1").asString(), node.get("sentence2").asString(),
                    "1".equals(node.get("label").asString())));
        }
        return pairs;
    }
}
