package org.kefu.server.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
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
                .map(i -> new IntentDef(i.name(), new LocalizedList(
                        inFilesOrder(zh.getOrDefault(i.name(), List.of()), i.examples().zh()),
                        inFilesOrder(en.getOrDefault(i.name(), List.of()), i.examples().en())),
                        i.reply(), i.handoff(), i.followUp()))
                .toList();
        Map<String, List<DictionaryDef.Value>> values = new LinkedHashMap<>();
        Map<String, List<String>> filesValues = new LinkedHashMap<>();
        files.dictionaries().forEach(d -> {
            values.put(d.type(), new ArrayList<>());
            filesValues.put(d.type(), d.values().stream().map(DictionaryDef.Value::value).toList());
        });
        for (KnowledgeStore.StoredValue v : store.dictionary(bot)) {
            values.computeIfAbsent(v.value().type(), k -> new ArrayList<>())
                    .add(new DictionaryDef.Value(v.value().value(), v.value().synonyms()));
        }
        values.forEach((type, list) -> {
            List<String> order = filesValues.getOrDefault(type, List.of());
            list.sort(Comparator.comparingInt(v -> rank(order, v.value())));
        });
        List<DictionaryDef> dictionaries = values.entrySet().stream()
                .map(e -> new DictionaryDef(e.getKey(), e.getValue())).toList();
        return new BotDefinition(files.config(), intents, dictionaries, files.patterns(), faqs, files.responses(),
                files.flows(), files.connectors());
    }

    // training is seeded, so an unedited knowledge base must give the files' order to train exactly as they do
    private static List<String> inFilesOrder(List<String> texts, List<String> filesOrder) {
        List<String> sorted = new ArrayList<>(texts);
        sorted.sort(Comparator.comparingInt(t -> rank(filesOrder, t)));
        return sorted;
    }

    private static int rank(List<String> order, String item) {
        int i = order.indexOf(item);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
