package org.kefu.server.training;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.definition.LocalizedList;
import org.kefu.dialogue.definition.LocalizedText;
import org.kefu.nlu.Understanding;
import org.kefu.nlu.faq.QuestionCluster;
import org.kefu.nlu.faq.QuestionSimilarity;
import org.kefu.server.admin.AdminException;
import org.kefu.server.admin.AuditLog;
import org.kefu.server.bot.Bot;
import org.kefu.server.bot.BotRegistry;
import org.kefu.server.knowledge.FaqEntry;
import org.kefu.server.knowledge.KnowledgeService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The unanswered-question inbox: collects the questions the bot failed on, groups similar ones (ranked by how
 * often they were asked) with the bot's best guesses, and turns the admin's decision into training data:
 * a question assigned to a FAQ becomes a paraphrase, to an intent an example; or a new FAQ is made of them.
 */
public final class InboxService {

    /** At most this many distinct questions are clustered (the most recent). */
    static final int MAX_QUESTIONS = 1000;
    private static final int MAX_MESSAGES = 20_000;
    private static final int GUESSES = 3;

    private final InboxStore store;
    private final AnnotationStore annotations;
    private final KnowledgeService knowledge;
    private final BotRegistry bots;
    private final QuestionSimilarity similarity;
    private final TrainingProperties properties;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    InboxService(InboxStore store, AnnotationStore annotations, KnowledgeService knowledge, BotRegistry bots,
            QuestionSimilarity similarity, TrainingProperties properties, AuditLog audit, TransactionTemplate tx,
            Clock clock) {
        this.store = store;
        this.annotations = annotations;
        this.knowledge = knowledge;
        this.bots = bots;
        this.similarity = similarity;
        this.properties = properties;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** The open questions of the bot's recent conversations, clustered, most frequent first. */
    public List<InboxCluster> clusters(String bot) {
        knowledge.requireBot(bot);
        var since = clock.instant().minus(properties.inboxWindow());
        List<InboxCollector.Candidate> candidates = new InboxCollector(properties.lowConfidence())
                .collect(store.messages(bot, since, MAX_MESSAGES), store.badRatings(bot, since));
        Map<String, List<InboxCollector.Candidate>> byText = new LinkedHashMap<>();
        for (InboxCollector.Candidate c : candidates) {
            byText.computeIfAbsent(c.question().text().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(c);
        }
        List<String> texts = byText.values().stream().map(l -> l.getFirst().question().text()).limit(MAX_QUESTIONS)
                .toList();
        List<List<InboxCollector.Candidate>> groups = new ArrayList<>(byText.values());
        Bot runtime = bots.find(bot).orElse(null);
        List<InboxCluster> clusters = new ArrayList<>();
        for (QuestionCluster cluster : similarity.cluster(texts)) {
            List<InboxCluster.Question> questions = new ArrayList<>();
            String draft = null;
            for (int member : cluster.members()) {
                for (InboxCollector.Candidate c : groups.get(member)) {
                    questions.add(c.question());
                    draft = draft == null ? c.draftAnswer() : draft;
                }
            }
            String representative = texts.get(cluster.representative());
            clusters.add(new InboxCluster(representative, questions.size(), questions,
                    runtime == null ? List.of() : guesses(bot, runtime.understander().understand(representative)),
                    draft));
        }
        clusters.sort(Comparator.comparingInt(InboxCluster::count).reversed());
        return clusters;
    }

    private List<InboxCluster.Guess> guesses(String bot, Understanding u) {
        List<InboxCluster.Guess> guesses = new ArrayList<>();
        u.faqHits().stream().limit(GUESSES).forEach(h -> guesses.add(new InboxCluster.Guess("faq:" + h.faqId(),
                knowledge.faq(bot, h.faqId()).map(FaqEntry::title).orElse(h.matchedQuestion()), h.confidence())));
        u.intents().stream().limit(GUESSES).forEach(i -> guesses.add(
                new InboxCluster.Guess("intent:" + i.intent(), i.intent(), i.confidence())));
        guesses.sort(Comparator.comparingDouble(InboxCluster.Guess::confidence).reversed());
        return guesses.subList(0, Math.min(GUESSES, guesses.size()));
    }

    /**
     * A customer message in the inbox.
     *
     * @param conversationId the conversation
     * @param seq the message's sequence number
     */
    public record QuestionRef(String conversationId, long seq) {}

    /**
     * Assigns questions to a FAQ (they become its paraphrases) or an intent (they become its examples).
     *
     * @param label {@code faq:<id>} or {@code intent:<name>}
     * @return how many questions were assigned
     */
    public int assign(String actor, String bot, List<QuestionRef> refs, String label) {
        List<String> texts = texts(bot, refs);
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < refs.size(); i++) {
                String text = texts.get(i);
                if (label.startsWith("faq:")) {
                    knowledge.addParaphrase(actor, bot, label.substring(4), text);
                } else if (label.startsWith("intent:")) {
                    knowledge.addExample(actor, bot, label.substring(7), text, "inbox");
                } else {
                    throw AdminException.badRequest("bad_label", label);
                }
                annotations.resolve(refs.get(i).conversationId(), refs.get(i).seq(), bot, text, "assigned", label, actor,
                        clock.instant());
            }
            audit.record(actor, "inbox.assign", bot, label, null, texts);
        });
        return refs.size();
    }

    /**
     * Makes a new FAQ of questions: the first is its question, the others its paraphrases.
     *
     * @param answer the answer per language (one may be empty)
     * @param category optional category
     */
    public FaqEntry createFaq(String actor, String bot, List<QuestionRef> refs, LocalizedText answer,
            @Nullable String category) {
        List<String> texts = texts(bot, refs);
        String first = texts.getFirst();
        boolean zh = first.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        List<String> zhParaphrases = new ArrayList<>();
        List<String> enParaphrases = new ArrayList<>();
        for (String t : texts.subList(1, texts.size())) {
            boolean tZh = t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            if (!t.equals(first)) {
                (tZh ? zhParaphrases : enParaphrases).add(t);
            }
        }
        FaqEntry entry = new FaqEntry(knowledge.newFaqId(), category, zh ? new LocalizedText(first, "")
                : new LocalizedText("", first), new LocalizedList(zhParaphrases.stream().distinct().toList(),
                enParaphrases.stream().distinct().toList()), answer, List.of(), List.of(), true, "admin", true);
        return java.util.Objects.requireNonNull(tx.execute(s -> {
            FaqEntry saved = knowledge.saveFaq(actor, bot, entry);
            for (int i = 0; i < refs.size(); i++) {
                annotations.resolve(refs.get(i).conversationId(), refs.get(i).seq(), bot, texts.get(i), "created",
                        "faq:" + saved.id(), actor, clock.instant());
            }
            return saved;
        }));
    }

    /** Removes questions from the inbox without learning from them. */
    public void dismiss(String actor, String bot, List<QuestionRef> refs) {
        List<String> texts = texts(bot, refs);
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < refs.size(); i++) {
                annotations.resolve(refs.get(i).conversationId(), refs.get(i).seq(), bot, texts.get(i), "dismissed",
                        null, actor, clock.instant());
            }
            audit.record(actor, "inbox.dismiss", bot, null, null, texts);
        });
    }

    private List<String> texts(String bot, List<QuestionRef> refs) {
        knowledge.requireBot(bot);
        if (refs.isEmpty()) {
            throw AdminException.badRequest("missing_field", "questions");
        }
        return refs.stream().map(r -> store.customerText(bot, r.conversationId(), r.seq())
                .map(String::strip)
                .orElseThrow(() -> AdminException.notFound("unknown_question", r.conversationId() + "#" + r.seq())))
                .toList();
    }
}
