package org.kefu.server.knowledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.IntentDef;
import org.kefu.dialogue.definition.LocalizedList;
import org.kefu.server.admin.AdminException;
import org.kefu.server.admin.AuditLog;
import org.kefu.server.bot.BotAssembly;
import org.kefu.server.bot.BotRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads and changes a bot's knowledge base; every change is written to the audit log in the same transaction.
 * A bot's rows are synced with its files on first use. Changes reach customers with the next promoted model
 * version (see {@code org.kefu.server.training}).
 */
public final class KnowledgeService {

    static final Pattern FAQ_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    static final int MAX_TEXT = 1000;
    static final int MAX_ANSWER = 4000;

    private final KnowledgeStore store;
    private final KnowledgeSync sync;
    private final KnowledgeOverlay overlay;
    private final BotAssembly assembly;
    private final BotRegistry bots;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Set<String> synced = ConcurrentHashMap.newKeySet();

    KnowledgeService(KnowledgeStore store, KnowledgeSync sync, KnowledgeOverlay overlay, BotAssembly assembly,
            BotRegistry bots, AuditLog audit, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.sync = sync;
        this.overlay = overlay;
        this.assembly = assembly;
        this.bots = bots;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** The bot's definition with its current knowledge base: what a newly trained version learns from. */
    public BotDefinition effectiveDefinition(String bot) {
        requireBot(bot);
        BotDefinition files = assembly.filesDefinition(bot);
        sync.sync(files);
        synced.add(bot);
        return overlay.compose(files);
    }

    /** The bot's FAQ entries in order, only those whose texts contain {@code query} when it is not blank. */
    public List<FaqEntry> faqs(String bot, @Nullable String query) {
        ensureSynced(bot);
        List<FaqEntry> all = store.faqs(bot).stream().map(KnowledgeStore.StoredFaq::entry).toList();
        if (query == null || query.isBlank()) {
            return all;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        return all.stream().filter(f -> searchable(f).contains(q)).toList();
    }

    private static String searchable(FaqEntry f) {
        return String.join("\n", f.id(), f.category() == null ? "" : f.category(), f.question().zh(),
                f.question().en(), String.join("\n", f.paraphrases().all()), f.answer().zh(), f.answer().en())
                .toLowerCase(Locale.ROOT);
    }

    /** One FAQ entry. */
    public Optional<FaqEntry> faq(String bot, String id) {
        ensureSynced(bot);
        return store.faq(bot, id);
    }

    /** A FAQ entry that must exist. */
    public FaqEntry requireFaq(String bot, String id) {
        return faq(bot, id).orElseThrow(() -> AdminException.notFound("unknown_faq", id));
    }

    /** A fresh id for a new FAQ entry. */
    public String newFaqId() {
        return "faq-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Creates or replaces a FAQ entry. An entry from the files is marked edited and stops following them.
     *
     * @throws AdminException when a field is missing or too long
     */
    public FaqEntry saveFaq(String actor, String bot, FaqEntry entry) {
        ensureSynced(bot);
        check(entry);
        return required(tx.execute(s -> {
            Optional<FaqEntry> before = store.faq(bot, entry.id());
            FaqEntry saved;
            if (before.isEmpty()) {
                saved = new FaqEntry(entry.id(), entry.category(), entry.question(), entry.paraphrases(),
                        entry.answer(), entry.quickReplies(), entry.links(), entry.enabled(), "admin", true);
                store.insertFaq(bot, saved, null, actor, clock.instant());
            } else {
                saved = new FaqEntry(entry.id(), entry.category(), entry.question(), entry.paraphrases(),
                        entry.answer(), entry.quickReplies(), entry.links(), entry.enabled(), before.get().origin(), true);
                store.updateFaq(bot, saved, null, actor, clock.instant());
            }
            audit.record(actor, before.isEmpty() ? "faq.create" : "faq.update", bot, entry.id(), before.orElse(null),
                    saved);
            return saved;
        }));
    }

    /** Switches a FAQ entry on or off. */
    public FaqEntry setEnabled(String actor, String bot, String id, boolean enabled) {
        FaqEntry before = requireFaq(bot, id);
        return saveFaq(actor, bot, before.withEnabled(enabled));
    }

    /** Deletes a FAQ entry created in the console; entries from the files can only be disabled. */
    public void deleteFaq(String actor, String bot, String id) {
        FaqEntry before = requireFaq(bot, id);
        if (before.origin().equals("files")) {
            throw AdminException.conflict("faq_from_files", id);
        }
        tx.executeWithoutResult(s -> {
            store.deleteFaq(bot, id);
            audit.record(actor, "faq.delete", bot, id, before, null);
        });
    }

    /** Adds a paraphrase (in its own language) to a FAQ entry, e.g. an annotated customer question. */
    public FaqEntry addParaphrase(String actor, String bot, String id, String text) {
        FaqEntry before = requireFaq(bot, id);
        String t = text.strip();
        if (before.paraphrases().all().contains(t) || before.question().zh().equals(t) || before.question().en().equals(t)) {
            return before;
        }
        List<String> zh = new ArrayList<>(before.paraphrases().zh());
        List<String> en = new ArrayList<>(before.paraphrases().en());
        (KnowledgeTexts.languageOf(t).equals("zh") ? zh : en).add(t);
        return saveFaq(actor, bot, before.withParaphrases(new LocalizedList(zh, en)));
    }

    /**
     * An intent and its examples.
     *
     * @param name the intent name
     * @param examples its examples
     */
    public record IntentView(String name, List<IntentExample> examples) {}

    /** The bot's intents (as its files define them) with their current examples. */
    public List<IntentView> intents(String bot) {
        ensureSynced(bot);
        List<IntentExample> examples = store.examples(bot, false);
        return assembly.filesDefinition(bot).intents().stream().map(IntentDef::name)
                .map(name -> new IntentView(name, examples.stream().filter(e -> e.intent().equals(name)).toList()))
                .toList();
    }

    /**
     * Adds an example to an intent the bot's files define.
     *
     * @param origin {@code admin} or {@code inbox}
     */
    public void addExample(String actor, String bot, String intent, String text, String origin) {
        ensureSynced(bot);
        if (assembly.filesDefinition(bot).intent(intent).isEmpty()) {
            throw AdminException.notFound("unknown_intent", intent);
        }
        String t = requireText(text, "text", MAX_TEXT);
        tx.executeWithoutResult(s -> {
            if (store.addExample(bot, intent, KnowledgeTexts.languageOf(t), t, origin, actor, clock.instant())) {
                audit.record(actor, "intent.example.add", bot, intent, null, t);
            }
        });
    }

    /** Deletes an example. */
    public void deleteExample(String actor, String bot, String exampleId) {
        ensureSynced(bot);
        tx.executeWithoutResult(s -> {
            IntentExample removed = store.deleteExample(bot, exampleId)
                    .orElseThrow(() -> AdminException.notFound("unknown_example", exampleId));
            audit.record(actor, "intent.example.delete", bot, removed.intent(), removed.text(), null);
        });
    }

    /** The bot's dictionary values. */
    public List<DictionaryValue> dictionary(String bot) {
        ensureSynced(bot);
        return store.dictionary(bot).stream().map(KnowledgeStore.StoredValue::value).toList();
    }

    /** Creates or replaces a dictionary value with its synonyms. */
    public void saveValue(String actor, String bot, String type, String value, List<String> synonyms) {
        ensureSynced(bot);
        String t = requireText(type, "type", 64);
        String v = requireText(value, "value", 200);
        tx.executeWithoutResult(s -> {
            Optional<DictionaryValue> before = store.dictionary(bot).stream().map(KnowledgeStore.StoredValue::value)
                    .filter(d -> d.type().equals(t) && d.value().equals(v)).findFirst();
            DictionaryValue after = new DictionaryValue(t, v, synonyms.stream().map(String::strip)
                    .filter(x -> !x.isEmpty()).distinct().toList(), before.map(DictionaryValue::origin).orElse("admin"));
            store.saveValue(bot, after, true, clock.instant());
            audit.record(actor, "dictionary.save", bot, t + ":" + v, before.orElse(null), after);
        });
    }

    /** Deletes a dictionary value. */
    public void deleteValue(String actor, String bot, String type, String value) {
        ensureSynced(bot);
        tx.executeWithoutResult(s -> {
            DictionaryValue before = store.dictionary(bot).stream().map(KnowledgeStore.StoredValue::value)
                    .filter(d -> d.type().equals(type) && d.value().equals(value)).findFirst()
                    .orElseThrow(() -> AdminException.notFound("unknown_value", type, value));
            store.deleteValue(bot, type, value);
            audit.record(actor, "dictionary.delete", bot, type + ":" + value, before, null);
        });
    }

    /** Fails with 404 unless this server serves the bot. */
    public void requireBot(String bot) {
        if (!bots.isConfigured(bot)) {
            throw AdminException.notFound("unknown_bot", bot);
        }
    }

    private void ensureSynced(String bot) {
        requireBot(bot);
        if (!synced.contains(bot)) {
            sync.sync(assembly.filesDefinition(bot));
            synced.add(bot);
        }
    }

    static void check(FaqEntry e) {
        if (!FAQ_ID.matcher(e.id()).matches()) {
            throw AdminException.badRequest("invalid_faq_id", e.id());
        }
        if (e.question().zh().isBlank() && e.question().en().isBlank()) {
            throw AdminException.badRequest("missing_field", "question");
        }
        if (e.answer().zh().isBlank() && e.answer().en().isBlank()) {
            throw AdminException.badRequest("missing_field", "answer");
        }
        for (String q : List.of(e.question().zh(), e.question().en())) {
            if (q.length() > MAX_TEXT) {
                throw AdminException.badRequest("too_long", "question", MAX_TEXT);
            }
        }
        for (String a : List.of(e.answer().zh(), e.answer().en())) {
            if (a.length() > MAX_ANSWER) {
                throw AdminException.badRequest("too_long", "answer", MAX_ANSWER);
            }
        }
    }

    private static String requireText(@Nullable String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw AdminException.badRequest("missing_field", field);
        }
        if (text.strip().length() > max) {
            throw AdminException.badRequest("too_long", field, max);
        }
        return text.strip();
    }

    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("transaction returned nothing");
        }
        return value;
    }
}
