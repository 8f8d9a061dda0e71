package org.kefu.server.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.DictionaryDef;
import org.kefu.dialogue.definition.FaqDef;
import org.kefu.dialogue.definition.IntentDef;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings the database's knowledge base up to date with a bot's YAML files: entries from the files are added,
 * follow later changes of the files, and go when the files drop them, unless an admin edited them. Entries
 * created in the console are never touched. The first sync of a bot is its seeding.
 */
final class KnowledgeSync {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KnowledgeStore store;
    private final TransactionTemplate tx;
    private final Clock clock;

    KnowledgeSync(KnowledgeStore store, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.tx = tx;
        this.clock = clock;
    }

    synchronized void sync(BotDefinition files) {
        try {
            syncOnce(files);
        } catch (DuplicateKeyException e) {
            // another node synced the same rows at the same moment; now they exist, so once more finds them
            syncOnce(files);
        }
    }

    private void syncOnce(BotDefinition files) {
        tx.executeWithoutResult(s -> {
            syncFaqs(files);
            syncExamples(files);
            syncDictionary(files);
        });
    }

    private void syncFaqs(BotDefinition files) {
        String bot = files.id();
        Map<String, KnowledgeStore.StoredFaq> stored = new HashMap<>();
        store.faqs(bot).forEach(f -> stored.put(f.entry().id(), f));
        Set<String> inFiles = new HashSet<>();
        for (FaqDef def : files.faqs()) {
            inFiles.add(def.id());
            FaqEntry entry = FaqEntry.fromFiles(def);
            String hash = hash(entry);
            KnowledgeStore.StoredFaq existing = stored.get(def.id());
            if (existing == null) {
                store.insertFaq(bot, entry, hash, null, clock.instant());
            } else if (isFollowingFiles(existing) && !hash.equals(existing.filesHash())) {
                store.updateFaq(bot, entry.withEnabled(existing.entry().enabled()), hash, null, clock.instant());
            }
        }
        for (KnowledgeStore.StoredFaq f : stored.values()) {
            if (!inFiles.contains(f.entry().id()) && isFollowingFiles(f)) {
                store.deleteFaq(bot, f.entry().id());
            }
        }
    }

    private static boolean isFollowingFiles(KnowledgeStore.StoredFaq f) {
        return f.entry().origin().equals("files") && !f.entry().edited();
    }

    private void syncExamples(BotDefinition files) {
        String bot = files.id();
        Set<String> stored = new HashSet<>();
        Set<String> storedFromFiles = new HashSet<>();
        for (IntentExample e : store.examples(bot, true)) {
            stored.add(e.intent() + "\n" + e.text());
            if (e.origin().equals("files")) {
                storedFromFiles.add(e.intent() + "\n" + e.text());
            }
        }
        Set<String> inFiles = new HashSet<>();
        for (IntentDef intent : files.intents()) {
            for (String locale : List.of("zh", "en")) {
                for (String text : locale.equals("zh") ? intent.examples().zh() : intent.examples().en()) {
                    String key = intent.name() + "\n" + text;
                    inFiles.add(key);
                    if (!stored.contains(key)) {
                        store.addExample(bot, intent.name(), locale, text, "files", null, clock.instant());
                        stored.add(key);
                    }
                }
            }
        }
        for (String key : storedFromFiles) {
            if (!inFiles.contains(key)) {
                int cut = key.indexOf('\n');
                store.dropFilesExample(bot, key.substring(0, cut), key.substring(cut + 1));
            }
        }
    }

    private void syncDictionary(BotDefinition files) {
        String bot = files.id();
        Map<String, KnowledgeStore.StoredValue> stored = new HashMap<>();
        store.dictionary(bot).forEach(v -> stored.put(v.value().type() + "\n" + v.value().value(), v));
        Set<String> inFiles = new HashSet<>();
        for (DictionaryDef d : files.dictionaries()) {
            for (DictionaryDef.Value v : d.values()) {
                String key = d.type() + "\n" + v.value();
                inFiles.add(key);
                KnowledgeStore.StoredValue existing = stored.get(key);
                if (existing == null || (!existing.edited() && !existing.value().synonyms().equals(v.synonyms()))) {
                    store.saveValue(bot, new DictionaryValue(d.type(), v.value(), v.synonyms(), "files"), false,
                            clock.instant());
                }
            }
        }
        for (Map.Entry<String, KnowledgeStore.StoredValue> e : stored.entrySet()) {
            DictionaryValue v = e.getValue().value();
            if (!inFiles.contains(e.getKey()) && v.origin().equals("files") && !e.getValue().edited()) {
                store.deleteValue(bot, v.type(), v.value());
            }
        }
    }

    static String hash(FaqEntry entry) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeValueAsString(List.of(entry.category() == null ? "" : entry.category(),
                            entry.question(), entry.paraphrases(), entry.answer(), entry.quickReplies(), entry.links()))
                            .getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
