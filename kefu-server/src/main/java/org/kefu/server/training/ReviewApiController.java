package org.kefu.server.training;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The conversation review API: search conversations, read one with what the bot understood at each turn. */
@RestController
final class ReviewApiController {

    private final ConversationReview review;

    ReviewApiController(ConversationReview review) {
        this.review = review;
    }

    @GetMapping("/api/v1/admin/conversations")
    List<ConversationReview.Summary> search(@RequestParam(required = false) @Nullable String bot,
            @RequestParam(required = false) @Nullable String outcome, @RequestParam(required = false) @Nullable String q) {
        return review.search(bot, outcome, q);
    }

    @GetMapping("/api/v1/admin/conversations/{id}")
    ConversationReview.Detail conversation(@PathVariable String id) {
        return review.conversation(id);
    }
}
