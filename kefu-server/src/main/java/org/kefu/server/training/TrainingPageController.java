package org.kefu.server.training;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.definition.LocalizedText;
import org.kefu.server.admin.AdminException;
import org.kefu.server.admin.Admins;
import org.kefu.server.admin.PageJson;
import org.kefu.server.knowledge.FaqEntry;
import org.kefu.server.knowledge.KnowledgeService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The console pages of model versions, evaluations, the unanswered-question inbox and conversation review. */
@Controller
final class TrainingPageController {

    private final TrainingService training;
    private final InboxService inbox;
    private final ConversationReview review;
    private final KnowledgeService knowledge;

    TrainingPageController(TrainingService training, InboxService inbox, ConversationReview review,
            KnowledgeService knowledge) {
        this.training = training;
        this.inbox = inbox;
        this.review = review;
        this.knowledge = knowledge;
    }

    @GetMapping("/admin/bots/{bot}/models")
    String models(@PathVariable String bot, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        List<ModelVersion> versions = training.versions(bot);
        model.addAttribute("bot", bot);
        model.addAttribute("versions", versions);
        model.addAttribute("training", versions.stream().anyMatch(ModelVersion::training));
        return htmx != null ? "admin/models :: versions" : "admin/models";
    }

    @PostMapping("/admin/bots/{bot}/models")
    String train(@PathVariable String bot, Principal principal) {
        training.startTraining(Admins.name(principal), bot);
        return "redirect:/admin/bots/" + bot + "/models";
    }

    @PostMapping("/admin/bots/{bot}/models/{id}/promote")
    String promote(@PathVariable String bot, @PathVariable String id, Principal principal) {
        training.promote(Admins.name(principal), bot, id);
        return "redirect:/admin/bots/" + bot + "/models";
    }

    @PostMapping("/admin/bots/{bot}/models/{id}/discard")
    String discard(@PathVariable String bot, @PathVariable String id, Principal principal) {
        training.discard(Admins.name(principal), bot, id);
        return "redirect:/admin/bots/" + bot + "/models";
    }

    @GetMapping("/admin/bots/{bot}/models/{id}")
    String evaluation(@PathVariable String bot, @PathVariable String id, Model model) {
        Evaluation evaluation = training.evaluation(bot, id)
                .orElseThrow(() -> AdminException.notFound("no_evaluation", id));
        model.addAttribute("bot", bot);
        model.addAttribute("version", training.version(bot, id));
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("labels", LabelRow.of(evaluation));
        model.addAttribute("confusionJson", PageJson.of(evaluation.candidate().confusion()));
        return "admin/evaluation";
    }

    /**
     * A label's figures for the new and the live version side by side.
     *
     * @param label the label
     * @param candidate the new version's figures
     * @param live the live version's, or null
     */
    record LabelRow(String label, Evaluation.LabelFigures candidate, Evaluation.@Nullable LabelFigures live) {
        static List<LabelRow> of(Evaluation e) {
            return e.candidate().perLabel().stream().map(c -> new LabelRow(c.label(), c, e.live() == null ? null
                    : e.live().perLabel().stream().filter(l -> l.label().equals(c.label())).findFirst().orElse(null)))
                    .toList();
        }
    }

    @GetMapping("/admin/bots/{bot}/inbox")
    String inbox(@PathVariable String bot, Model model) {
        model.addAttribute("bot", bot);
        model.addAttribute("clusters", inbox.clusters(bot));
        model.addAttribute("faqs", knowledge.faqs(bot, null));
        model.addAttribute("intents", knowledge.intents(bot).stream().map(KnowledgeService.IntentView::name).toList());
        return "admin/inbox";
    }

    @PostMapping("/admin/bots/{bot}/inbox/assign")
    String assign(@PathVariable String bot, @RequestParam List<String> question, @RequestParam String label,
            Principal principal) {
        inbox.assign(Admins.name(principal), bot, refs(question), label);
        return "redirect:/admin/bots/" + bot + "/inbox";
    }

    @PostMapping("/admin/bots/{bot}/inbox/faq")
    String createFaq(@PathVariable String bot, @RequestParam List<String> question,
            @RequestParam(defaultValue = "") String answerZh, @RequestParam(defaultValue = "") String answerEn,
            @RequestParam(defaultValue = "") String category, Principal principal) {
        FaqEntry created = inbox.createFaq(Admins.name(principal), bot, refs(question),
                new LocalizedText(answerZh.strip(), answerEn.strip()), category.isBlank() ? null : category.strip());
        return "redirect:/admin/bots/" + bot + "/faqs/" + created.id();
    }

    @PostMapping("/admin/bots/{bot}/inbox/dismiss")
    String dismiss(@PathVariable String bot, @RequestParam List<String> question, Principal principal) {
        inbox.dismiss(Admins.name(principal), bot, refs(question));
        return "redirect:/admin/bots/" + bot + "/inbox";
    }

    // questions are posted as "<conversationId>#<seq>"
    private static List<InboxService.QuestionRef> refs(List<String> values) {
        return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty())
                .map(v -> {
                    int hash = v.lastIndexOf('#');
                    try {
                        return new InboxService.QuestionRef(v.substring(0, hash), Long.parseLong(v.substring(hash + 1)));
                    } catch (RuntimeException e) {
                        throw AdminException.badRequest("unknown_question", v);
                    }
                }).toList();
    }

    @GetMapping("/admin/conversations")
    String conversations(@RequestParam(required = false) @Nullable String bot,
            @RequestParam(required = false) @Nullable String outcome, @RequestParam(required = false) @Nullable String q,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        model.addAttribute("bot", null);
        model.addAttribute("bots", knowledgeBots());
        model.addAttribute("filterBot", bot == null ? "" : bot);
        model.addAttribute("outcome", outcome == null ? "" : outcome);
        model.addAttribute("outcomes", ConversationReview.OUTCOMES);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("conversations", review.search(bot, outcome, q));
        return htmx != null ? "admin/conversations :: list" : "admin/conversations";
    }

    @GetMapping("/admin/conversations/{id}")
    String conversation(@PathVariable String id, Model model) {
        model.addAttribute("bot", null);
        model.addAttribute("detail", review.conversation(id));
        return "admin/conversation";
    }

    private List<String> knowledgeBots() {
        return training.botIds();
    }
}
