package org.kefu.server.training;

import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.definition.LocalizedText;
import org.kefu.server.admin.AdminException;
import org.kefu.server.admin.Admins;
import org.kefu.server.knowledge.FaqEntry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admin API of model versions and the unanswered-question inbox. */
@RestController
@RequestMapping("/api/v1/admin/bots/{bot}")
final class TrainingApiController {

    private final TrainingService training;
    private final InboxService inbox;

    TrainingApiController(TrainingService training, InboxService inbox) {
        this.training = training;
        this.inbox = inbox;
    }

    @GetMapping("/models")
    List<ModelVersion> versions(@PathVariable String bot) {
        return training.versions(bot);
    }

    /** Starts a training job; answers 202 with the new version, whose progress {@code GET} reports. */
    @PostMapping("/models")
    ResponseEntity<ModelVersion> train(@PathVariable String bot, Principal principal) {
        return ResponseEntity.accepted().body(training.startTraining(Admins.name(principal), bot));
    }

    @GetMapping("/models/{id}")
    ModelVersion version(@PathVariable String bot, @PathVariable String id) {
        return training.version(bot, id);
    }

    @GetMapping("/models/{id}/evaluation")
    Evaluation evaluation(@PathVariable String bot, @PathVariable String id) {
        return training.evaluation(bot, id).orElseThrow(() -> AdminException.notFound("no_evaluation", id));
    }

    @PostMapping("/models/{id}/promote")
    ModelVersion promote(@PathVariable String bot, @PathVariable String id, Principal principal) {
        return training.promote(Admins.name(principal), bot, id);
    }

    @PostMapping("/models/{id}/discard")
    ModelVersion discard(@PathVariable String bot, @PathVariable String id, Principal principal) {
        return training.discard(Admins.name(principal), bot, id);
    }

    @GetMapping("/inbox")
    List<InboxCluster> inbox(@PathVariable String bot) {
        return inbox.clusters(bot);
    }

    /**
     * Questions to assign.
     *
     * @param questions the inbox questions
     * @param label {@code faq:<id>} or {@code intent:<name>}
     */
    record Assignment(List<InboxService.QuestionRef> questions, String label) {}

    @PostMapping("/inbox/assign")
    ResponseEntity<Void> assign(@PathVariable String bot, @RequestBody Assignment body, Principal principal) {
        inbox.assign(Admins.name(principal), bot, body.questions(), body.label());
        return ResponseEntity.noContent().build();
    }

    /**
     * A new FAQ made of inbox questions.
     *
     * @param questions the questions; the first becomes the FAQ's question
     * @param answer the answer per language
     * @param category optional category
     */
    record NewFaq(List<InboxService.QuestionRef> questions, LocalizedText answer, @Nullable String category) {}

    @PostMapping("/inbox/faq")
    ResponseEntity<FaqEntry> createFaq(@PathVariable String bot, @RequestBody NewFaq body, Principal principal) {
        return ResponseEntity.status(201)
                .body(inbox.createFaq(Admins.name(principal), bot, body.questions(), body.answer(), body.category()));
    }

    /**
     * Questions to drop from the inbox.
     *
     * @param questions the inbox questions
     */
    record Dismissal(List<InboxService.QuestionRef> questions) {}

    @PostMapping("/inbox/dismiss")
    ResponseEntity<Void> dismiss(@PathVariable String bot, @RequestBody Dismissal body, Principal principal) {
        inbox.dismiss(Admins.name(principal), bot, body.questions());
        return ResponseEntity.noContent().build();
    }
}
