package org.kefu.dialogue.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.nlu.TrainingData;

final class BotDefinitionLoaderTest {

    private static final Path MINI = Path.of("src/test/resources/bots/mini");

    @TempDir
    Path tmp;

    private Path copyOfMini() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("mini"));
        for (String file : BotDefinitionLoader.FILES) {
            Files.copy(MINI.resolve(file), dir.resolve(file));
        }
        return dir;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as("test setup: " + file.getFileName() + " holds the text to replace").contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static BotDefinitionException loadFails(Path dir) {
        try {
            BotDefinitionLoader.load(dir);
        } catch (BotDefinitionException e) {
            return e;
        }
        throw new AssertionError("the bot loaded although it is invalid");
    }

    @Test
    void loadsAValidBotFromAFolder() {
        BotDefinition bot = BotDefinitionLoader.load(MINI);
        assertThat(bot.id()).isEqualTo("mini");
        assertThat(bot.config().name().en()).isEqualTo("Mini Shop");
        assertThat(bot.flows()).extracting(FlowDef::id).containsExactly("order_status", "order_eta", "return_goods", "balance");
        assertThat(bot.connectors().get("order_lookup").maxAttempts()).isEqualTo(2);
        assertThat(bot.config().serviceHours().isOpen(Instant.parse("2026-11-24T02:00:00Z"))).isTrue();
        assertThat(bot.config().serviceHours().isOpen(Instant.parse("2026-11-24T14:00:00Z"))).isFalse();
    }

    @Test
    void loadsABotFromTheClasspath() {
        assertThat(BotDefinitionLoader.loadFromClasspath("mini").faqs()).hasSize(3);
    }

    @Test
    void trainingDataHoldsEveryQuestionAndParaphraseInBothLanguages() {
        TrainingData data = BotDefinitionLoader.load(MINI).trainingData();
        assertThat(data.faqs()).filteredOn(f -> f.id().equals("shipping_fee")).singleElement()
                .extracting(TrainingData.FaqEntry::questions, LIST)
                .contains("运费怎么算？", "How much is shipping?", "包邮吗", "shipping cost?");
        assertThat(data.intentExamples()).contains(new TrainingData.LabeledText("where is my order", "order_status"),
                new TrainingData.LabeledText("我要退货", "return_goods"));
        assertThat(data.patterns()).containsExactly(new TrainingData.EntityPattern("order_number", "20\\d{9}"));
        assertThat(data.dictionary()).contains(new TrainingData.DictionaryEntry("product", "earbuds",
                java.util.List.of("耳机", "airpods")));
    }

    @Test
    void reportsInvalidYamlWithFileAndLine() throws IOException {
        Path dir = copyOfMini();
        Files.writeString(dir.resolve("faq.yml"), "faqs:\n  - id: a\n    question: [unclosed\n", StandardCharsets.UTF_8);
        BotDefinitionException e = loadFails(dir);
        assertThat(e.problems()).singleElement().asString().startsWith("faq.yml:").contains("invalid YAML");
        assertThat(e.getMessage()).doesNotContain("\tat ");
    }

    @Test
    void explainsUnquotedPlaceholdersInAFlowList() throws IOException {
        Path dir = copyOfMini();
        replace(dir.resolve("responses.yml"), "    en:\n      - Order ${orderId} is paid and waiting for dispatch; it ships within 48 hours.",
                "    en: [Order ${orderId} is paid and waiting for dispatch; it ships within 48 hours.]");
        assertThat(loadFails(dir).problems()).singleElement().asString()
                .startsWith("responses.yml:29: invalid YAML").contains("must be quoted");
    }

    @Test
    void reportsMissingRequiredFieldsWithTheirLines() throws IOException {
        Path dir = copyOfMini();
        replace(dir.resolve("faq.yml"), "    answer:\n      zh: 支持七天无理由退货", "    answr:\n      zh: 支持七天无理由退货");
        replace(dir.resolve("bot.yml"), "  defaultTeam: mini-service\n", "");
        BotDefinitionException e = loadFails(dir);
        assertThat(e.problems()).contains(
                "faq.yml:20: unknown key 'answr' in an FAQ (known: answer, category, id, links, paraphrases, question, quickReplies)",
                "faq.yml:14: FAQ returns_policy is missing required 'answer' (with zh and en)");
        assertThat(e.problems()).anyMatch(p -> p.startsWith("bot.yml:") && p.contains("missing required 'defaultTeam'"));
    }

    @Test
    void reportsAnUnknownSlotTypeNamingTheKnownOnes() throws IOException {
        Path dir = copyOfMini();
        replace(dir.resolve("flows.yml"), "        type: order_number\n        prompt: ask_order_id\n        reprompt: ask_order_id_again\n    call: order_lookup\n    results:\n      - when: {outcome: not_found}\n        response: order_not_found\n      - when: {status: shipped}\n        response: order_shipped",
                "        type: order_no\n        prompt: ask_order_id\n        reprompt: ask_order_id_again\n    call: order_lookup\n    results:\n      - when: {outcome: not_found}\n        response: order_not_found\n      - when: {status: shipped}\n        response: order_shipped");
        assertThat(loadFails(dir).problems()).singleElement().asString()
                .startsWith("flows.yml:6: slot 'orderId' has unknown type 'order_no' (known: amount, bank_card, code,")
                .contains("order_number").contains("product");
    }

    @Test
    void reportsDuplicateIdsAndKeysWithBothLines() throws IOException {
        Path dir = copyOfMini();
        replace(dir.resolve("faq.yml"), "  - id: returns_policy", "  - id: shipping_fee");
        replace(dir.resolve("bot.yml"), "defaultLocale: zh-CN\n", "defaultLocale: zh-CN\ndefaultLocale: en\n");
        BotDefinitionException e = loadFails(dir);
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "bot.yml:4: duplicate key 'defaultLocale' (first on line 3)");
        replace(dir.resolve("bot.yml"), "defaultLocale: zh-CN\ndefaultLocale: en\n", "defaultLocale: zh-CN\n");
        assertThat(loadFails(dir).problems()).containsExactly("faq.yml:14: duplicate id 'shipping_fee' (first on line 2)");
    }

    @Test
    void collectsEveryBrokenReferenceAtOnce() throws IOException {
        Path dir = copyOfMini();
        replace(dir.resolve("flows.yml"), "call: order_lookup\n    results:\n      - when: {outcome: not_found}\n        response: order_not_found\n      - when: {status: shipped}\n        response: order_eta_result",
                "call: order_lookupp\n    results:\n      - when: {outcome: not_found}\n        response: order_not_found\n      - when: {status: shipped}\n        response: order_eta_result");
        replace(dir.resolve("flows.yml"), "trigger: [balance]", "trigger: [balanse]");
        replace(dir.resolve("intents.yml"), "reply: greeting", "reply: greting");
        assertThat(loadFails(dir).problems()).containsExactlyInAnyOrder(
                "intents.yml:19: intent greeting replies with unknown response 'greting'",
                "flows.yml:24: flow order_eta calls unknown connector 'order_lookupp' (use a connector id or custom:<name>)",
                "flows.yml:52: flow balance is triggered by unknown intent 'balanse'");
    }

    @Test
    void reportsAMissingRequiredFileAndAFolderNameMismatch() throws IOException {
        Path dir = copyOfMini();
        Files.delete(dir.resolve("intents.yml"));
        assertThat(loadFails(dir).problems()).contains("intents.yml: required file is missing from bot folder 'mini'");
        Path renamed = Files.move(copyOfMiniIn("other"), tmp.resolve("shop"));
        assertThat(loadFails(renamed).problems()).contains("bot.yml:1: id 'mini' does not match the folder name 'shop'");
    }

    @Test
    void rejectsABadRegexAndBadDurationsAndThresholds() throws IOException {
        Path dir = copyOfMini();
        replace(dir.resolve("entities.yml"), "regex: '20\\d{9}'", "regex: '20\\d{9'");
        replace(dir.resolve("connectors.yml"), "timeout: 2s", "timeout: soon");
        Files.writeString(dir.resolve("bot.yml"), Files.readString(dir.resolve("bot.yml")) + "thresholds:\n  faq: 1.5\n");
        assertThat(loadFails(dir).problems()).anySatisfy(p -> assertThat(p).startsWith("entities.yml:10: 'regex' in pattern order_number is not a valid regular expression"))
                .contains("connectors.yml:7: 'timeout' in connector order_lookup must be a duration like 500ms, 3s or 1m: soon")
                .contains("bot.yml:23: 'faq' in thresholds must be between 0.0 and 1.0: 1.5");
    }

    @Test
    void throwsWhenTheBotIsNotOnTheClasspath() {
        assertThatThrownBy(() -> BotDefinitionLoader.loadFromClasspath("nosuchbot"))
                .isInstanceOf(BotDefinitionException.class)
                .hasMessageContaining("bot.yml: required file is missing from bot folder 'nosuchbot'");
    }

    private Path copyOfMiniIn(String parent) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(parent).resolve("mini"));
        for (String file : BotDefinitionLoader.FILES) {
            Files.copy(MINI.resolve(file), dir.resolve(file));
        }
        return dir;
    }
}
