package org.kefu.server.agent.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.BotDefinitionLoader;
import org.kefu.server.bot.BotProperties;
import org.springframework.stereotype.Component;

/**
 * The answers of a bot's FAQ entries, read from the same bot definition the bot is built from
 * ({@code kefu.bots.directory/<id>/} or {@code classpath:bots/<id>/}), once per bot.
 */
@Component
class FaqAnswers {

    private final BotProperties bots;
    private final Map<String, Optional<BotDefinition>> definitions = new ConcurrentHashMap<>();

    FaqAnswers(BotProperties bots) {
        this.bots = bots;
    }

    Optional<String> answer(String botId, String faqId, Locale locale) {
        return definitions.computeIfAbsent(botId, this::load)
                .flatMap(d -> d.faq(faqId))
                .map(f -> f.answer().in(locale));
    }

    private Optional<BotDefinition> load(String botId) {
        try {
            return Optional.of(bots.directory() == null
                    ? BotDefinitionLoader.loadFromClasspath(botId)
                    : BotDefinitionLoader.load(Path.of(bots.directory(), botId)));
        } catch (RuntimeException e) {
            // without the definition the suggestions show the matched question only
            return Optional.empty();
        }
    }
}
