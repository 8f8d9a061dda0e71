package org.kefu.nlu;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kefu.nlu.embed.BgeEmbedders;
import org.kefu.nlu.entity.EntityExtractor;
import org.kefu.nlu.faq.FaqIndex;
import org.kefu.nlu.intent.Classification;
import org.kefu.nlu.intent.IntentClassifier;
import org.kefu.nlu.intent.IntentInput;
import org.kefu.nlu.intent.IntentTrainer;
import org.kefu.nlu.text.AnalyzedText;
import org.kefu.nlu.text.TextPipeline;

/**
 * A bot's trained understanding: text pipeline, entity extraction, intent classifier, FAQ retrieval and
 * out-of-scope decision in one immutable, thread-safe {@link Understander}.
 *
 * <p>Train it with {@link #train}, store it with {@link #save} and read it back with {@link #load}; a loaded
 * model understands exactly as the saved one did. {@link #version()} identifies the model's content.
 */
public final class NluModel implements Understander {

    /** How many ranked intents an {@link Understanding} carries at most. */
    static final int MAX_INTENTS = 10;
    /** How many FAQ hits an {@link Understanding} carries at most. */
    static final int MAX_FAQ_HITS = 5;
    /** A FAQ hit at least this confident means the message is in scope, whatever the intents say. */
    static final double FAQ_IN_SCOPE_CONFIDENCE = 0.5;
    /**
     * The label under which a bot's FAQ questions join its intents' training. Without them the classifier
     * only knows the flow and small-talk intents, so a question about a FAQ topic that shares a word with one
     * of them is forced onto it with high confidence ("电脑屏幕有坏点" is no request for a laptop). Never reported
     * as an intent: a bot's intent names start with a letter, so it cannot clash.
     */
    static final String FAQ_QUESTION = "#faq:";
    /** An intent this probable needs no second look at the message's last clause (bots' default threshold). */
    static final double SURE_INTENT = 0.7;
    /**
     * The classifier's opinion of a FAQ entry counts only for a message at least this much in scope (its
     * {@link Classification#inScopeScore()}): an unanswerable question that shares a few words with one entry's
     * questions ("直播间几点开播" and the service hours) can make it sure of that entry while sitting far from every
     * question it was trained on.
     */
    static final double CLEARLY_IN_SCOPE = 0.75;
    /** A last clause's intent must be among this many best of the whole message to replace its verdict. */
    private static final int AGREEING_INTENTS = 3;

    private final TrainingData knowledge;
    private final @Nullable IntentClassifier classifier;
    private final String version;
    private final TextPipeline pipeline = TextPipeline.standard();
    private final EntityExtractor entities;
    private final @Nullable FaqIndex faqs;

    private NluModel(TrainingData knowledge, @Nullable IntentClassifier classifier, NluOptions options,
            String version) {
        this.knowledge = knowledge;
        this.classifier = classifier;
        this.version = version;
        this.entities = EntityExtractor.builder()
                .clock(options.clock())
                .zone(options.zone())
                .dictionary(knowledge.dictionary())
                .patterns(knowledge.patterns())
                .build();
        this.faqs = knowledge.faqs().isEmpty() ? null : FaqIndex.builder()
                .entries(knowledge.faqs())
                .pipeline(pipeline)
                .embedders(language -> options.embeddings().embedder(
                        language == Language.EN ? BgeEmbedders.EN_MODEL : BgeEmbedders.ZH_MODEL))
                .build();
    }

    /**
     * Trains a model from a bot's data. A bot without intent examples (FAQ only) gets no intent classifier. The
     * FAQ questions of a bot with intents also train its classifier, one label per entry that is never reported
     * (see {@link #FAQ_QUESTION}), so that an intent's probability is its share against the FAQ topics too.
     *
     * @param data the bot's intent examples, FAQs, dictionary and patterns
     * @param options clock, zone, seed, threshold and embedding models
     * @return the trained model
     * @throws NluException if the data cannot be trained on
     */
    public static NluModel train(TrainingData data, NluOptions options) {
        requireNonNull(data, "data");
        requireNonNull(options, "options");
        IntentClassifier classifier = null;
        if (!data.intentExamples().isEmpty()) {
            TextPipeline pipeline = TextPipeline.standard();
            List<IntentTrainer.Example> examples = new ArrayList<>();
            for (TrainingData.LabeledText e : data.intentExamples()) {
                examples.add(new IntentTrainer.Example(intentInput(pipeline.analyze(e.text())), e.label()));
            }
            for (TrainingData.FaqEntry faq : data.faqs()) {
                for (String question : faq.questions()) {
                    examples.add(new IntentTrainer.Example(intentInput(pipeline.analyze(question)),
                            FAQ_QUESTION + faq.id()));
                }
            }
            IntentTrainer.Builder trainer = IntentTrainer.builder()
                    .seed(options.seed())
                    .embeddings(options.embeddings())
                    .dropSuspectLabels(options.labels().suspectBelow())
                    .relabelSuspects(options.labels().relabelFrom())
                    .classWeightPower(options.labels().rareIntentWeight());
            if (options.outOfScopeThreshold() == NluOptions.LEARNED_THRESHOLD) {
                trainer.learnOutOfScopeThreshold();
            } else {
                trainer.outOfScopeThreshold(options.outOfScopeThreshold());
            }
            classifier = trainer.build().train(examples);
        }
        TrainingData knowledge = new TrainingData(List.of(), data.faqs(), data.dictionary(), data.patterns());
        byte[] bytes = serialize(knowledge, classifier);
        return new NluModel(knowledge, classifier, options, versionOf(bytes));
    }

    /**
     * Reads a model written by {@link #save}.
     *
     * @param in the stream; read to its end, not closed
     * @param options clock, zone and embedding models to serve with (seed and threshold are the model's own)
     * @throws NluException if the stream does not hold a model of a supported version
     */
    public static NluModel load(InputStream in, NluOptions options) {
        requireNonNull(options, "options");
        try {
            byte[] bytes = in.readAllBytes();
            DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes));
            if (data.readInt() != NluModelFile.MAGIC) {
                throw new NluException("not a Kefu NLU model file (bad magic number)");
            }
            int formatVersion = data.readInt();
            if (formatVersion != NluModelFile.FORMAT_VERSION) {
                throw new NluException("unsupported NLU model format version " + formatVersion
                        + " (this build reads version " + NluModelFile.FORMAT_VERSION + "); retrain the bot");
            }
            TrainingData knowledge = NluModelFile.readKnowledge(data);
            IntentClassifier classifier = data.readBoolean()
                    ? IntentClassifier.read(data, options.embeddings())
                    : null;
            if (data.read() != -1) {
                throw new NluException("corrupt NLU model file: trailing bytes");
            }
            return new NluModel(knowledge, classifier, options, versionOf(bytes));
        } catch (IOException e) {
            throw new NluException("cannot read NLU model: " + e.getMessage(), e);
        }
    }

    /**
     * Writes this model in its versioned binary format.
     *
     * @param out the stream; flushed, not closed
     * @throws NluException if writing fails
     */
    public void save(OutputStream out) {
        try {
            out.write(serialize(knowledge, classifier));
            out.flush();
        } catch (IOException e) {
            throw new NluException("cannot write NLU model: " + e.getMessage(), e);
        }
    }

    /** Identifies this model's content: equal for models trained from the same data with the same seed. */
    public String version() {
        return version;
    }

    /** The out-of-scope threshold on {@link Understanding#inScopeScore()} (1 when there are no intents). */
    public double outOfScopeThreshold() {
        return classifier == null ? 1 : classifier.outOfScopeThreshold();
    }

    /** The intents this model knows. */
    public List<String> intents() {
        return classifier == null ? List.of()
                : classifier.labels().stream().filter(label -> !isFaqQuestion(label)).toList();
    }

    @Override
    public Understanding understand(String text) {
        requireNonNull(text, "text");
        AnalyzedText analyzed = pipeline.analyze(text);
        Verdict verdict = verdict(analyzed);
        if (!verdict.sure()) {
            // The request may be the last clause, diluted by what came before: judge it alone, and take its
            // verdict when it is sure and sharpens the whole message's rather than contradicting it ("I still
            // have not received my new card, I ordered over a week ago" is not about ordering). Entities still
            // come from the whole message: the order number is often up front.
            Optional<String> clause = LastClause.of(text);
            if (clause.isPresent()) {
                Verdict last = verdict(pipeline.analyze(clause.get()));
                if (last.sure() && last.agreesWith(verdict) && last.confidence() > verdict.confidence()) {
                    verdict = last;
                }
            }
        }
        return new Understanding(text, analyzed.normalized(), analyzed.language(), analyzed.tokens(),
                entities.extract(analyzed), verdict.intents(), verdict.faqHits(), verdict.outOfScope(),
                verdict.inScopeScore());
    }

    private Verdict verdict(AnalyzedText analyzed) {
        Classification classification = classifier == null
                ? new Classification(List.of(), true, 0)
                : classifier.classify(intentInput(analyzed), classifier.labels().size());
        List<FaqHit> hits = faqs == null
                ? List.of()
                : faqs.search(analyzed, faqs.embedderFor(analyzed.language()).embed(analyzed.normalized()),
                        MAX_FAQ_HITS);
        if (classification.inScopeScore() >= CLEARLY_IN_SCOPE) {
            hits = withClassifierOpinion(hits, classification.intents());
        }
        boolean faqAnswers = !hits.isEmpty() && hits.getFirst().confidence() >= FAQ_IN_SCOPE_CONFIDENCE;
        boolean outOfScope = classification.outOfScope() && !faqAnswers;
        return new Verdict(withoutFaqQuestions(classification.intents()), hits, outOfScope,
                classification.inScopeScore());
    }

    /** The message-level part of an understanding: what it is about, and how sure. */
    private record Verdict(List<IntentScore> intents, List<FaqHit> faqHits, boolean outOfScope, double inScopeScore) {

        /** The best intent's or FAQ hit's confidence; 0 out of scope. */
        double confidence() {
            if (outOfScope) {
                return 0;
            }
            double intent = intents.isEmpty() ? 0 : intents.getFirst().confidence();
            double faq = faqHits.isEmpty() ? 0 : faqHits.getFirst().confidence();
            return Math.max(intent, faq);
        }

        /**
         * Whether this sure verdict picks what the whole message already considered: its top intent among the
         * whole's three best, or else its top FAQ entry among the whole's hits.
         */
        boolean agreesWith(Verdict whole) {
            if (sureOfIntent()) {
                String intent = intents.getFirst().intent();
                return whole.intents().stream().limit(AGREEING_INTENTS).anyMatch(i -> i.intent().equals(intent));
            }
            return sureOfFaq() && whole.faqHits().stream().anyMatch(h -> h.faqId().equals(faqHits.getFirst().faqId()));
        }

        /** Confident enough that no part of the message could say more (the default bot thresholds). */
        boolean sure() {
            return !outOfScope && (sureOfIntent() || sureOfFaq());
        }

        private boolean sureOfIntent() {
            return !intents.isEmpty() && intents.getFirst().confidence() >= SURE_INTENT;
        }

        private boolean sureOfFaq() {
            return !faqHits.isEmpty() && faqHits.getFirst().confidence() >= FAQ_IN_SCOPE_CONFIDENCE;
        }
    }

    /**
     * Retrieval's hits, each raised to the classifier's probability of its entry where that is at least
     * {@link #SURE_INTENT}. Retrieval compares a message with each entry's questions one by one; the classifier
     * weighs its words against every intent and entry at once, so it can be sure of an entry whose questions are
     * all worded differently from the message ("打开箱子发现东西裂了" for damaged goods).
     */
    private static List<FaqHit> withClassifierOpinion(List<FaqHit> hits, List<IntentScore> intents) {
        // Probabilities sum to 1, so at most one entry can be this sure.
        Optional<IntentScore> sure = intents.stream()
                .filter(s -> isFaqQuestion(s.intent()) && s.confidence() >= SURE_INTENT)
                .findFirst();
        if (sure.isEmpty()) {
            return hits;
        }
        String faqId = sure.get().intent().substring(FAQ_QUESTION.length());
        double opinion = sure.get().confidence();
        List<FaqHit> raised = new ArrayList<>(hits.size());
        for (FaqHit hit : hits) {
            raised.add(hit.faqId().equals(faqId) && opinion > hit.confidence()
                    ? new FaqHit(faqId, hit.matchedQuestion(), opinion)
                    : hit);
        }
        raised.sort(Comparator.comparingDouble(FaqHit::confidence).reversed());
        return List.copyOf(raised);
    }

    private static List<IntentScore> withoutFaqQuestions(List<IntentScore> intents) {
        return intents.stream().filter(i -> !isFaqQuestion(i.intent())).limit(MAX_INTENTS).toList();
    }

    private static boolean isFaqQuestion(String label) {
        return label.startsWith(FAQ_QUESTION);
    }

    static IntentInput intentInput(AnalyzedText analyzed) {
        return new IntentInput(analyzed.normalized(), analyzed.terms(), analyzed.language());
    }

    private static byte[] serialize(TrainingData knowledge, @Nullable IntentClassifier classifier) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(NluModelFile.MAGIC);
            out.writeInt(NluModelFile.FORMAT_VERSION);
            NluModelFile.writeKnowledge(out, knowledge);
            out.writeBoolean(classifier != null);
            if (classifier != null) {
                classifier.write(out);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new NluException("cannot serialise NLU model: " + e.getMessage(), e);
        }
    }

    private static String versionOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "nlu-" + NluModelFile.FORMAT_VERSION + "-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
