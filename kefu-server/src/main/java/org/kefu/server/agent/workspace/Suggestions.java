package org.kefu.server.agent.workspace;

import java.util.List;
import java.util.Optional;
import org.kefu.nlu.FaqHit;
import org.kefu.server.bot.Bot;
import org.kefu.server.bot.BotRegistry;
import org.kefu.server.conversation.Conversation;
import org.kefu.server.conversation.Message;
import org.kefu.server.conversation.Sender;
import org.springframework.stereotype.Component;

/**
 * Suggested answers for the agent: the conversation bot's FAQ hits for the customer's last message,
 * from the same understanding the bot itself uses.
 */
@Component
class Suggestions {

    private static final int MAX = 3;
    private static final double MIN_CONFIDENCE = 0.15;

    private final BotRegistry bots;
    private final FaqAnswers answers;

    Suggestions(BotRegistry bots, FaqAnswers answers) {
        this.bots = bots;
        this.answers = answers;
    }

    List<Suggestion> forLastQuestion(Conversation conversation, List<Message> transcript) {
        Optional<Message> last = transcript.reversed().stream().filter(m -> m.sender() == Sender.CUSTOMER).findFirst();
        Optional<Bot> bot = bots.find(conversation.bot());
        if (last.isEmpty() || bot.isEmpty()) {
            return List.of();
        }
        List<FaqHit> hits = bot.get().understander().understand(last.get().text()).faqHits();
        return hits.stream()
                .filter(h -> h.confidence() >= MIN_CONFIDENCE)
                .limit(MAX)
                .map(h -> new Suggestion(h.faqId(), h.matchedQuestion(),
                        answers.answer(conversation.bot(), h.faqId(), conversation.locale()).orElse(null), h.confidence()))
                .toList();
    }
}
