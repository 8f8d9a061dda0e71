package org.kefu.server.agent.workspace;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

    Suggestions(BotRegistry bots) {
        this.bots = bots;
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
                        answer(bot.get(), h.faqId(), conversation.locale()), h.confidence()))
                .toList();
    }

    // the answer the bot itself would give: from the definition it runs, so knowledge-base edits show too
    private static @Nullable String answer(Bot bot, String faqId, Locale locale) {
        return bot.runningDefinition().flatMap(d -> d.faq(faqId)).map(f -> f.answer().in(locale)).orElse(null);
    }
}
