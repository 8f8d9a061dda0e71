package org.kefu.server.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.DictionaryDef;
import org.kefu.dialogue.definition.FaqDef;
import org.kefu.dialogue.definition.IntentDef;
import org.kefu.dialogue.definition.LocalizedList;
import org.kefu.server.bot.DefinitionOverlay;

/**
 * Makes a bot run with its knowledge base: syncs the database with the bot's files, then replaces the
 * definition's FAQs (only enabled ones), intent examples and dictionary values with the database's. Flows,
 * responses, connectors and settings stay as the files say.
 */
final class KnowledgeOverlay implements DefinitionOverlay {

    private final KnowledgeStore store;
    private final KnowledgeSync sync;

    KnowledgeOverlay(KnowledgeStore store, KnowledgeSync sync) {
        this.store = store;
        this.sync = sync;
    }

    @Override
    public BotDefinition apply(BotDefinition files) {
        sync.sync(files);
        return compose(files);
    }

    /** The definition with the database's knowledge, without syncing first. */
    BotDefinition compose(BotDefinition files) {
        String bot = files.id();
        List<FaqDef> faqs = store.faqs(bot).stream().map(KnowledgeStore.StoredFaq::entry)
                .filter(FaqEntry::enabled).map(FaqEntry::toDefinition).toList();
        Map<String, List<String>> zh = new LinkedHashMap<>();
        Map<String, List<String>> en = new LinkedHashMap<>();
        for (IntentExample e : store.examples(bot, false)) {
            (e.locale().equals("zh") ? zh : en).computeIfAbsent(e.intent(), k -> new ArrayList<>()).add(e.text());
        }
        List<IntentDef> intents = files.intents().stream()
                .map(i -> new IntentDef(i.name(), new LocalizedList(zh.getOrDefault(i.name(), List.of()),
                        en.getOrDefault(i.name(), List.of())), i.reply(), i.handoff(), i.followUp()))
                .toList();
        Map<String, List<DictionaryDef.Value>> values = new LinkedHashMap<>();
        files.dictionaries().forEach(d -> values.put(d.type(), new ArrayList<>()));
        for (KnowledgeStore.StoredValue v : store.dictionary(bot)) {
            values.computeIfAbsent(v.value().type(), k -> new ArrayList<>())
                    .add(new DictionaryDef.Value(v.value().value(), v.value().synonyms()));
        }
        List<DictionaryDef> dictionaries = values.entrySet().stream()
                .map(e -> new DictionaryDef(e.getKey(), e.getValue())).toList();
        return new BotDefinition(files.config(), intents, dictionaries, files.patterns(), faqs, files.responses(),
                files.flows(), files.connectors());
    }
}
