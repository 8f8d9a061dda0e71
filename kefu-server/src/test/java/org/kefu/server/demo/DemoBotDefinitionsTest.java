package org.kefu.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.BotDefinitionLoader;
import org.kefu.dialogue.definition.FaqDef;

/** The demo bots load without problems and hold what the demo promises. */
final class DemoBotDefinitionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"shop", "bank"})
    void loadsWithoutProblems(String id) {
        BotDefinition bot = BotDefinitionLoader.loadFromClasspath(id);
        assertThat(bot.id()).isEqualTo(id);
        assertThat(bot.faqs()).isNotEmpty();
        assertThat(bot.flows()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"shop", "bank"})
    void everyFaqHasAtLeastTenParaphrasesPerLanguage(String id) {
        for (FaqDef faq : BotDefinitionLoader.loadFromClasspath(id).faqs()) {
            assertThat(faq.paraphrases().in(Locale.SIMPLIFIED_CHINESE)).as(faq.id() + " zh").hasSizeGreaterThanOrEqualTo(10);
            assertThat(faq.paraphrases().in(Locale.ENGLISH)).as(faq.id() + " en").hasSizeGreaterThanOrEqualTo(10);
            assertThat(faq.answer().zh()).as(faq.id()).isNotBlank();
            assertThat(faq.answer().en()).as(faq.id()).isNotBlank();
        }
    }
}
