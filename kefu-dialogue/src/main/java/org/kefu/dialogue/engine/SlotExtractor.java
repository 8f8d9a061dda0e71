package org.kefu.dialogue.engine;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.ButtonDef;
import org.kefu.dialogue.definition.DictionaryDef;
import org.kefu.dialogue.definition.PatternDef;
import org.kefu.dialogue.definition.SlotDef;
import org.kefu.nlu.Entity;

/**
 * Finds a slot's value in a message: a pressed option, an entity the NLU recognised, the bot's pattern
 * or dictionary, or a built-in pattern when the NLU gave nothing. Free-text slots accept the whole
 * message, but only as an answer to their own prompt.
 */
final class SlotExtractor {

    private static final Map<String, Pattern> BUILT_IN = Map.of(
            Entity.ORDER_NUMBER, Pattern.compile("(?<![0-9A-Za-z])[A-Za-z]{0,4}\\d{6,20}(?!\\d)"),
            Entity.PHONE, Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?(1[3-9]\\d{9})(?!\\d)"),
            Entity.EMAIL, Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"),
            Entity.ID_CARD, Pattern.compile("(?<![0-9])(\\d{17}[\\dXx])(?![0-9])"),
            Entity.BANK_CARD, Pattern.compile("(?<!\\d)(\\d{16,19})(?!\\d)"),
            Entity.AMOUNT, Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d{1,2})?)(?![\\d.])"),
            "code", Pattern.compile("(?<!\\d)(\\d{4,8})(?!\\d)"));

    private final Map<String, PatternDef> patterns;
    private final Map<String, DictionaryDef> dictionaries;

    SlotExtractor(BotDefinition bot) {
        this.patterns = bot.patternsByType();
        this.dictionaries = bot.dictionariesByType();
    }

    /**
     * The slot's value in this turn, if any.
     *
     * @param answering true when the bot's last message asked for this slot
     */
    Optional<String> extract(SlotDef slot, TurnContext turn, boolean answering) {
        Optional<String> value = find(slot, turn, answering);
        if (slot.pattern() != null) {
            value = value.filter(v -> slot.pattern().matcher(v).matches());
        }
        return value;
    }

    private Optional<String> find(SlotDef slot, TurnContext turn, boolean answering) {
        if (turn.signal().is(Signal.Kind.VALUE)) {
            return Optional.of(turn.signal().argument());
        }
        String text = turn.matchText();
        for (ButtonDef option : slot.options()) {
            if (containsIgnoreCase(text, option.target()) || containsIgnoreCase(text, option.title().zh())
                    || containsIgnoreCase(text, option.title().en())) {
                return Optional.of(option.target());
            }
        }
        if (slot.type().equals("text")) {
            String answer = turn.turn().text().strip();
            return answering && !answer.isEmpty() ? Optional.of(answer.length() > 500 ? answer.substring(0, 500) : answer)
                    : Optional.empty();
        }
        Optional<String> entity = turn.turn().understanding().entity(slot.type()).map(Entity::value);
        if (entity.isPresent()) {
            return entity;
        }
        PatternDef own = patterns.get(slot.type());
        if (own != null) {
            Matcher m = own.regex().matcher(text);
            return m.find() ? Optional.of(m.group()) : Optional.empty();
        }
        DictionaryDef dictionary = dictionaries.get(slot.type());
        if (dictionary != null) {
            return dictionaryValue(dictionary, text);
        }
        Pattern builtIn = BUILT_IN.get(slot.type());
        if (builtIn != null) {
            Matcher m = builtIn.matcher(text);
            if (m.find()) {
                return Optional.of(m.groupCount() > 0 && m.group(1) != null ? m.group(1) : m.group());
            }
        }
        return Optional.empty();
    }

    /** The phone number in a message, for identity verification. */
    static Optional<String> phone(TurnContext turn) {
        Optional<String> entity = turn.turn().understanding().entity(Entity.PHONE).map(Entity::value);
        if (entity.isPresent()) {
            return entity;
        }
        Matcher m = BUILT_IN.get(Entity.PHONE).matcher(turn.matchText());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The one-time code in a message. */
    static Optional<String> code(TurnContext turn) {
        Matcher m = BUILT_IN.get("code").matcher(turn.matchText());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<String> dictionaryValue(DictionaryDef dictionary, String text) {
        for (DictionaryDef.Value v : dictionary.values()) {
            if (containsIgnoreCase(text, v.value()) || v.synonyms().stream().anyMatch(s -> containsIgnoreCase(text, s))) {
                return Optional.of(v.value());
            }
        }
        return Optional.empty();
    }

    private static boolean containsIgnoreCase(String text, String part) {
        return !part.isBlank() && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
