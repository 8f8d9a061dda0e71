package org.kefu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kefu.nlu.TrainingData.LabeledText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Readers of the intent data sets in {@code ../shared/data} (formats described in its README). */
final class IntentDatasets {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private IntentDatasets() {}

    /** Banking77 CSV ({@code text,category} with a header; quoted fields may contain commas and newlines). */
    static List<LabeledText> banking77(Path dataDir, String split) throws IOException {
        List<List<String>> records = csvRecords(
                Files.readString(dataDir.resolve("banking77").resolve(split + ".csv"), StandardCharsets.UTF_8));
        List<LabeledText> examples = new ArrayList<>(records.size());
        for (List<String> fields : records.subList(1, records.size())) {
            if (fields.size() == 2) {
                examples.add(new LabeledText(fields.get(0).strip(), fields.get(1).strip()));
            }
        }
        return examples;
    }

    /**
     * What the DataCLUE CIC benchmark trains on: the train split and one example per label from its description
     * ({@link #cicDescriptions}), as a bot author would write the intent's name as its first example.
     */
    static List<LabeledText> cicTraining(Path dataDir) throws IOException {
        List<LabeledText> examples = new ArrayList<>(cic(dataDir, "train"));
        examples.addAll(cicDescriptions(dataDir));
        return examples;
    }

    /**
     * One example per DataCLUE CIC label, from its description in {@code labels.json} with the leading "买家"
     * (buyer) and reporting verb removed, e.g. "买家咨询退换货运费由谁承担" → "退换货运费由谁承担".
     */
    static List<LabeledText> cicDescriptions(Path dataDir) throws IOException {
        List<LabeledText> examples = new ArrayList<>();
        for (String line : Files.readAllLines(dataDir.resolve("dataclue_cic").resolve("labels.json"),
                StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            String text = node.get("label_des").asString().replaceFirst(
                    "^买家(咨询|表示|要求|表达|发送|催促|抱怨|反馈|确认|需要)?", "");
            examples.add(new LabeledText(text, node.get("label").asString()));
        }
        return examples;
    }

    static List<List<String>> csvRecords(String content) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>(2);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                if (!(fields.size() == 1 && fields.getFirst().isEmpty())) {
                    records.add(fields);
                }
                fields = new ArrayList<>(2);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        if (!(fields.size() == 1 && fields.getFirst().isEmpty())) {
            records.add(fields);
        }
        return records;
    }

    /** CLINC150 {@code data_full.json}: every split by name ({@code train}, {@code oos_val}, …). */
    static Map<String, List<LabeledText>> clinc150(Path dataDir) {
        JsonNode root = JSON.readTree(dataDir.resolve("clinc150").resolve("data_full.json").toFile());
        Map<String, List<LabeledText>> splits = new LinkedHashMap<>();
        for (String split : root.propertyNames()) {
            List<LabeledText> examples = new ArrayList<>();
            for (JsonNode pair : root.get(split)) {
                examples.add(new LabeledText(pair.get(0).asString(), pair.get(1).asString()));
            }
            splits.put(split, examples);
        }
        return splits;
    }

    /** DataCLUE CIC JSON lines ({@code sentence}, {@code label}). */
    static List<LabeledText> cic(Path dataDir, String split) throws IOException {
        List<LabeledText> examples = new ArrayList<>();
        for (String line : Files.readAllLines(dataDir.resolve("dataclue_cic").resolve(split + ".json"),
                StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            examples.add(new LabeledText(node.get("sentence").asString(), node.get("label").asString()));
        }
        return examples;
    }
}
