package org.kefu.dialogue.definition;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kefu.nlu.Entity;
import org.kefu.nlu.TrainingData;

/**
 * A validated bot: everything from its folder of YAML files (see {@code docs/bot-format.md}).
 * Build it with {@link BotDefinitionLoader}.
 *
 * @param config settings from {@code bot.yml}
 * @param intents intents from {@code intents.yml}
 * @param dictionaries dictionary entities from {@code entities.yml}
 * @param patterns pattern entities from {@code entities.yml}
 * @param faqs FAQ entries from {@code faq.yml}
 * @param responses named responses from {@code responses.yml}
 * @param flows flows from {@code flows.yml}
 * @param connectors HTTP connectors from {@code connectors.yml}
 */
public record BotDefinition(
        BotConfig config,
        List<IntentDef> intents,
        List<DictionaryDef> dictionaries,
        List<PatternDef> patterns,
        List<FaqDef> faqs,
        Map<String, ResponseDef> responses,
        List<FlowDef> flows,
        Map<String, ConnectorDef> connectors) {

    /** Slot types every bot knows besides its own dictionary and pattern types. */
    public static final Set<String> BUILT_IN_TYPES = Set.of(Entity.ORDER_NUMBER, Entity.PHONE, Entity.EMAIL,
            Entity.ID_CARD, Entity.BANK_CARD, Entity.AMOUNT, Entity.DATE_TIME, Entity.PERSON, Entity.PLACE,
            "text", "code");

    public BotDefinition {
        requireNonNull(config, "config");
        intents = List.copyOf(intents);
        dictionaries = List.copyOf(dictionaries);
        patterns = List.copyOf(patterns);
        faqs = List.copyOf(faqs);
        responses = Map.copyOf(responses);
        flows = List.copyOf(flows);
        connectors = Map.copyOf(connectors);
    }

    /** The bot id. */
    public String id() {
        return config.id();
    }

    /**
     * What the bot teaches its understanding: every intent example, every FAQ question and paraphrase in
     * both languages, dictionary values with synonyms, and pattern entities.
     */
    public TrainingData trainingData() {
        List<TrainingData.LabeledText> examples = new ArrayList<>();
        for (IntentDef intent : intents) {
            intent.examples().all().forEach(text -> examples.add(new TrainingData.LabeledText(text, intent.name())));
        }
        List<TrainingData.FaqEntry> faqEntries = faqs.stream().map(faq -> {
            List<String> questions = new ArrayList<>();
            questions.add(faq.question().zh());
            questions.add(faq.question().en());
            questions.addAll(faq.paraphrases().all());
            return new TrainingData.FaqEntry(faq.id(), questions.stream().distinct().toList());
        }).toList();
        List<TrainingData.DictionaryEntry> dictionary = dictionaries.stream()
                .flatMap(d -> d.values().stream().map(v -> new TrainingData.DictionaryEntry(d.type(), v.value(), v.synonyms())))
                .toList();
        List<TrainingData.EntityPattern> entityPatterns = patterns.stream()
                .map(p -> new TrainingData.EntityPattern(p.type(), p.regex().pattern()))
                .toList();
        return new TrainingData(examples, faqEntries, dictionary, entityPatterns);
    }

    /** The intent with this name. */
    public Optional<IntentDef> intent(String name) {
        return intents.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** The FAQ entry with this id. */
    public Optional<FaqDef> faq(String id) {
        return faqs.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The flow with this id. */
    public Optional<FlowDef> flow(String id) {
        return flows.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The flow an intent starts. */
    public Optional<FlowDef> flowTriggeredBy(String intent) {
        return flows.stream().filter(f -> f.triggers().contains(intent)).findFirst();
    }

    /** Dictionary entity types by name. */
    public Map<String, DictionaryDef> dictionariesByType() {
        return dictionaries.stream().collect(Collectors.toUnmodifiableMap(DictionaryDef::type, Function.identity()));
    }

    /** Pattern entity types by name. */
    public Map<String, PatternDef> patternsByType() {
        return patterns.stream().collect(Collectors.toUnmodifiableMap(PatternDef::type, Function.identity()));
    }
}
