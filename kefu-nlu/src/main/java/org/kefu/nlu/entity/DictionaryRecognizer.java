package org.kefu.nlu.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kefu.nlu.Entity;
import org.kefu.nlu.TrainingData;
import org.kefu.nlu.text.AnalyzedText;
import org.kefu.nlu.text.TextPipeline;

/**
 * Recognises the bot's dictionary entities: every value and synonym, normalised by the same
 * {@link TextPipeline} as the messages ({@code iPhone 15 Pro} and {@code ＩＰＨＯＮＥ１５ＰＲＯ} are one key),
 * found by longest match at each position of the message. The value is the entry's canonical value.
 *
 * <p>Spaces are ignored while matching, so {@code iphone15} finds the synonym {@code iphone 15}. A key that
 * begins or ends with a Latin letter or digit must not touch another one in the text, so {@code pro} is
 * not found inside {@code product}; Chinese keys need no such boundary.
 */
final class DictionaryRecognizer implements Recognizer {
    private final Node root = new Node();

    DictionaryRecognizer(List<TrainingData.DictionaryEntry> entries, TextPipeline pipeline) {
        for (TrainingData.DictionaryEntry entry : entries) {
            Hit hit = new Hit(entry.type(), entry.value());
            add(pipeline.normalize(entry.value()), hit);
            for (String synonym : entry.synonyms()) {
                add(pipeline.normalize(synonym), hit);
            }
        }
    }

    boolean isEmpty() {
        return root.children.isEmpty();
    }

    private void add(String key, Hit hit) {
        Node node = root;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c != ' ') {
                node = node.children.computeIfAbsent(c, k -> new Node());
            }
        }
        if (node != root && !node.hits.contains(hit)) {
            node.hits.add(hit);
        }
    }

    @Override
    public void recognize(AnalyzedText text, List<Entity> out) {
        String s = text.normalized();
        for (int start = 0; start < s.length(); start++) {
            char first = s.charAt(start);
            if (first == ' ' || (isWordChar(first) && start > 0 && isWordChar(s.charAt(start - 1)))) {
                continue;
            }
            Node node = root;
            Node best = null;
            int bestEnd = -1;
            for (int i = start; i < s.length() && node != null; i++) {
                char c = s.charAt(i);
                if (c == ' ') {
                    continue;
                }
                node = node.children.get(c);
                if (node != null && !node.hits.isEmpty()
                        && !(isWordChar(c) && i + 1 < s.length() && isWordChar(s.charAt(i + 1)))) {
                    best = node;
                    bestEnd = i + 1;
                }
            }
            if (best != null) {
                String matched = s.substring(start, bestEnd);
                for (Hit hit : best.hits) {
                    out.add(new Entity(hit.type, matched, start, bestEnd, hit.value));
                }
            }
        }
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private record Hit(String type, String value) {
    }

    private static final class Node {
        final Map<Character, Node> children = new HashMap<>(4);
        final List<Hit> hits = new ArrayList<>(1);
    }
}
