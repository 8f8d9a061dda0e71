package org.kefu.server.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.kefu.dialogue.definition.LocalizedList;
import org.kefu.dialogue.definition.LocalizedText;

/**
 * What importing rows into a bot's FAQs would do. A row joins the entry with its id, else the entry whose
 * question in the row's language is the row's question, else starts a new entry; it replaces that language's
 * question, paraphrases and answer (and the category, links and enabled flag when given).
 */
final class ImportPlan {

    /**
     * What happens to one row.
     *
     * @param row the row
     * @param action {@code create}, {@code update}, {@code unchanged} or {@code error}
     * @param faqId the entry it goes to, null for rows with problems
     */
    record Step(FaqRow row, String action, @org.jspecify.annotations.Nullable String faqId) {}

    private final List<Step> steps;
    private final Map<String, FaqEntry> changed;

    private ImportPlan(List<Step> steps, Map<String, FaqEntry> changed) {
        this.steps = List.copyOf(steps);
        this.changed = changed;
    }

    static ImportPlan of(List<FaqRow> rows, List<FaqEntry> current, Supplier<String> newId) {
        Map<String, FaqEntry> working = new LinkedHashMap<>();
        current.forEach(f -> working.put(f.id(), f));
        Map<String, FaqEntry> changed = new LinkedHashMap<>();
        List<Step> steps = new ArrayList<>();
        for (FaqRow row : rows) {
            if (!row.valid()) {
                steps.add(new Step(row, "error", null));
                continue;
            }
            String id = row.id() != null ? row.id() : byQuestion(working, row).orElseGet(newId);
            FaqEntry base = working.get(id);
            FaqEntry merged = merge(base, id, row);
            String action = base == null ? "create" : merged.equals(base) ? "unchanged" : "update";
            if (changed.containsKey(id) && action.equals("unchanged")) {
                action = "update";
            }
            if (!merged.equals(base)) {
                changed.put(id, merged);
                working.put(id, merged);
            }
            steps.add(new Step(row, action, id));
        }
        return new ImportPlan(steps, changed);
    }

    private static Optional<String> byQuestion(Map<String, FaqEntry> entries, FaqRow row) {
        return entries.values().stream()
                .filter(f -> (row.locale().equals("zh") ? f.question().zh() : f.question().en()).equals(row.question()))
                .map(FaqEntry::id).findFirst();
    }

    private static FaqEntry merge(@org.jspecify.annotations.Nullable FaqEntry base, String id, FaqRow row) {
        boolean zh = row.locale().equals("zh");
        LocalizedText question = base == null ? new LocalizedText("", "") : base.question();
        LocalizedText answer = base == null ? new LocalizedText("", "") : base.answer();
        LocalizedList paraphrases = base == null ? new LocalizedList(List.of(), List.of()) : base.paraphrases();
        return new FaqEntry(id,
                row.category() != null ? row.category() : base == null ? null : base.category(),
                zh ? new LocalizedText(row.question(), question.en()) : new LocalizedText(question.zh(), row.question()),
                zh ? new LocalizedList(row.paraphrases(), paraphrases.en()) : new LocalizedList(paraphrases.zh(), row.paraphrases()),
                zh ? new LocalizedText(row.answer(), answer.en()) : new LocalizedText(answer.zh(), row.answer()),
                base == null ? List.of() : base.quickReplies(),
                row.links() != null ? row.links() : base == null ? List.of() : base.links(),
                row.enabled(),
                base == null ? "admin" : base.origin(),
                base == null ? true : base.edited() || !merged(base, row));
    }

    // whether the row leaves the entry's content as it is (then an unedited files entry stays unedited)
    private static boolean merged(FaqEntry base, FaqRow row) {
        boolean zh = row.locale().equals("zh");
        return (zh ? base.question().zh() : base.question().en()).equals(row.question())
                && (zh ? base.answer().zh() : base.answer().en()).equals(row.answer())
                && (zh ? base.paraphrases().zh() : base.paraphrases().en()).equals(row.paraphrases())
                && base.enabled() == row.enabled()
                && (row.category() == null || row.category().equals(base.category()))
                && (row.links() == null || row.links().equals(base.links()));
    }

    List<Step> steps() {
        return steps;
    }

    /** The entries the import creates or changes, by id. */
    Map<String, FaqEntry> changed() {
        return changed;
    }
}
