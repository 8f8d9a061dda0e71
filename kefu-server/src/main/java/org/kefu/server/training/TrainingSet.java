package org.kefu.server.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.FaqDef;
import org.kefu.dialogue.definition.IntentDef;
import org.kefu.nlu.TrainingData;

/** The labelled questions of a bot's definition, and the training data of any subset of them. */
final class TrainingSet {

    private TrainingSet() {}

    /**
     * Every intent example and FAQ question of the definition, labelled; those also in {@code annotated}
     * (text and label) are marked real. Annotated questions the definition lacks are added.
     */
    static List<LabeledQuestion> questions(BotDefinition definition, Set<LabeledQuestion> annotated) {
        Set<String> real = new java.util.HashSet<>();
        annotated.forEach(a -> real.add(a.label() + "\n" + a.text()));
        Map<String, LabeledQuestion> questions = new LinkedHashMap<>();
        for (IntentDef intent : definition.intents()) {
            for (String text : intent.examples().all()) {
                add(questions, text, "intent:" + intent.name(), real);
            }
        }
        for (FaqDef faq : definition.faqs()) {
            for (String text : faqQuestions(faq)) {
                add(questions, text, "faq:" + faq.id(), real);
            }
        }
        for (LabeledQuestion a : annotated) {
            if (isKnown(definition, a.label())) {
                add(questions, a.text(), a.label(), real);
            }
        }
        return List.copyOf(questions.values());
    }

    private static boolean isKnown(BotDefinition definition, String label) {
        return label.startsWith("faq:") ? definition.faq(label.substring(4)).isPresent()
                : label.startsWith("intent:") && definition.intent(label.substring(7)).isPresent();
    }

    private static void add(Map<String, LabeledQuestion> questions, String text, String label, Set<String> real) {
        String t = text.strip();
        if (!t.isEmpty()) {
            questions.putIfAbsent(label + "\n" + t, new LabeledQuestion(t, label, real.contains(label + "\n" + t)));
        }
    }

    private static List<String> faqQuestions(FaqDef faq) {
        Set<String> texts = new LinkedHashSet<>();
        texts.add(faq.question().zh());
        texts.add(faq.question().en());
        texts.addAll(faq.paraphrases().all());
        return List.copyOf(texts);
    }

    /** Training data teaching exactly these questions, with the definition's dictionary and patterns. */
    static TrainingData trainingData(BotDefinition definition, List<LabeledQuestion> questions) {
        TrainingData all = definition.trainingData();
        List<TrainingData.LabeledText> examples = new ArrayList<>();
        Map<String, List<String>> faqs = new LinkedHashMap<>();
        for (LabeledQuestion q : questions) {
            if (q.label().startsWith("intent:")) {
                examples.add(new TrainingData.LabeledText(q.text(), q.label().substring(7)));
            } else {
                faqs.computeIfAbsent(q.label().substring(4), k -> new ArrayList<>()).add(q.text());
            }
        }
        List<TrainingData.FaqEntry> entries = faqs.entrySet().stream()
                .map(e -> new TrainingData.FaqEntry(e.getKey(), e.getValue())).toList();
        return new TrainingData(examples, entries, all.dictionary(), all.patterns());
    }
}
