package org.kefu.server.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Picks the inbox's questions out of a bot's conversations: customer messages the bot fell back on or answered
 * with low confidence, those followed by "没用" / "not helpful", a thumbs-down on the answer or a request for a
 * person, each with the agent's answer when the conversation was handed off.
 */
final class InboxCollector {

    private static final Pattern NOT_HELPFUL = Pattern.compile(
            "(没用|没有用|没帮助|没有帮助|不对|答非所问|不是这个|not helpful|useless|that'?s wrong|wrong answer|didn'?t help|doesn'?t help)");
    private static final Pattern PERSON = Pattern.compile(
            "(人工|真人|客服|human|agent|person|representative|operator|someone)");
    private static final int SHORT = 12;

    private final double lowConfidence;

    InboxCollector(double lowConfidence) {
        this.lowConfidence = lowConfidence;
    }

    /**
     * A customer question picked for the inbox.
     *
     * @param question the message
     * @param draftAnswer the first agent answer after it, if the conversation was handed off
     */
    record Candidate(InboxCluster.Question question, @Nullable String draftAnswer) {}

    List<Candidate> collect(List<InboxStore.Row> rows, List<InboxStore.BadRating> badRatings) {
        Map<String, TreeMap<Long, InboxStore.Row>> conversations = new LinkedHashMap<>();
        for (InboxStore.Row r : rows) {
            conversations.computeIfAbsent(r.conversationId(), c -> new TreeMap<>()).put(r.seq(), r);
        }
        Map<String, Set<String>> reasons = new LinkedHashMap<>();
        Map<String, InboxStore.Row> byKey = new HashMap<>();
        for (TreeMap<Long, InboxStore.Row> messages : conversations.values()) {
            InboxStore.Row previous = null;
            for (InboxStore.Row m : messages.values()) {
                if (!m.sender().equals("customer") || m.button() || m.text().isBlank()) {
                    continue;
                }
                String text = m.text().strip().toLowerCase(Locale.ROOT);
                boolean complaint = text.length() <= SHORT && NOT_HELPFUL.matcher(text).find();
                boolean person = text.length() <= SHORT && PERSON.matcher(text).find();
                if (complaint && previous != null) {
                    add(reasons, byKey, previous, "not_helpful");
                } else if (person && previous != null) {
                    add(reasons, byKey, previous, "handoff");
                } else if (!complaint && !person) {
                    if ("fallback".equals(m.outcome())) {
                        add(reasons, byKey, m, "fallback");
                    } else if ("handoff".equals(m.outcome())) {
                        add(reasons, byKey, m, "handoff");
                    } else if ("answered".equals(m.outcome()) && m.confidence() < lowConfidence) {
                        add(reasons, byKey, m, "low_confidence");
                    }
                    previous = m;
                }
            }
        }
        for (InboxStore.BadRating b : badRatings) {
            InboxStore.Row m = conversations.getOrDefault(b.conversationId(), new TreeMap<>()).get(b.questionSeq());
            if (m != null && m.sender().equals("customer")) {
                add(reasons, byKey, m, "bad_rating");
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : reasons.entrySet()) {
            InboxStore.Row m = byKey.get(e.getKey());
            if (m.resolved()) {
                continue;
            }
            String draft = conversations.get(m.conversationId()).tailMap(m.seq(), false).values().stream()
                    .filter(r -> r.sender().equals("agent")).map(InboxStore.Row::text).findFirst().orElse(null);
            candidates.add(new Candidate(new InboxCluster.Question(m.conversationId(), m.seq(), m.text().strip(),
                    List.copyOf(e.getValue())), draft));
        }
        candidates.sort(Comparator.comparing((Candidate c) -> c.question().conversationId())
                .thenComparingLong(c -> c.question().seq()));
        return candidates;
    }

    private static void add(Map<String, Set<String>> reasons, Map<String, InboxStore.Row> byKey, InboxStore.Row m,
            String reason) {
        String key = m.conversationId() + "#" + m.seq();
        reasons.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(reason);
        byKey.put(key, m);
    }
}
