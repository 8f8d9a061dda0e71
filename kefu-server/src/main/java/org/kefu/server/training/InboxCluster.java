package org.kefu.server.training;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A group of similar customer questions the bot did not answer well.
 *
 * @param representative the question that stands for the group
 * @param count how many times questions of the group were asked
 * @param questions the group's messages
 * @param guesses the live bot's best guesses for the representative, best first
 * @param draftAnswer what an agent answered one of these questions after a handoff, as a draft for a new FAQ
 */
public record InboxCluster(String representative, int count, List<Question> questions, List<Guess> guesses,
        @Nullable String draftAnswer) {

    public InboxCluster {
        questions = List.copyOf(questions);
        guesses = List.copyOf(guesses);
    }

    /**
     * One customer message in the inbox.
     *
     * @param conversationId the conversation
     * @param seq the message's sequence number
     * @param text what the customer wrote
     * @param reasons why it is here: {@code fallback}, {@code low_confidence}, {@code not_helpful},
     *     {@code bad_rating}, {@code handoff}
     */
    public record Question(String conversationId, long seq, String text, List<String> reasons) {
        public Question {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * A guess of the bot.
     *
     * @param label {@code faq:<id>} or {@code intent:<name>}
     * @param title the FAQ question or the intent name
     * @param confidence the bot's confidence
     */
    public record Guess(String label, String title, double confidence) {}
}
