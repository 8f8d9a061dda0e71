package org.kefu.dialogue.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kefu.dialogue.BotReply;
import org.kefu.dialogue.Card;
import org.kefu.dialogue.QuickReply;
import org.kefu.dialogue.ReplyMeta;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.ButtonDef;
import org.kefu.dialogue.definition.LocalizedText;
import org.kefu.dialogue.definition.ResponseDef;
import org.kefu.dialogue.privacy.Masking;

/**
 * Renders the bot's named responses and the engine's system texts: picks a variant, fills
 * {@code ${slot}} / {@code ${slot|mask}} placeholders and adds the response's quick replies.
 */
final class Responses {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}|]+)(?:\\|([a-z]+))?}");

    private final BotDefinition bot;

    Responses(BotDefinition bot) {
        this.bot = bot;
    }

    /**
     * Renders a bot response or a system text ({@code system.*}), bot definitions first.
     *
     * @param seed rotates the variants so repeated prompts do not sound canned
     */
    BotReply render(String name, Locale locale, Map<String, String> vars, ReplyMeta meta, int seed) {
        ResponseDef def = bot.responses().get(name);
        if (def != null) {
            List<String> variants = def.variants().in(locale);
            String text = fill(variants.get(Math.floorMod(seed, variants.size())), vars);
            return new BotReply(text, buttons(def.quickReplies(), locale), List.of(), meta);
        }
        LocalizedText builtIn = SystemTexts.DEFAULTS.get(name);
        if (builtIn == null) {
            throw new IllegalStateException("no response named " + name);
        }
        return BotReply.text(fill(builtIn.in(locale), vars), meta);
    }

    /** A built-in button in the conversation's language. */
    QuickReply button(SystemButton button, Locale locale) {
        return new QuickReply(SystemTexts.DEFAULTS.get(button.label()).in(locale), button.payload());
    }

    List<QuickReply> buttons(List<ButtonDef> defs, Locale locale) {
        List<QuickReply> out = new ArrayList<>();
        defs.forEach(b -> out.add(new QuickReply(b.title().in(locale), b.target())));
        return out;
    }

    List<Card> links(List<ButtonDef> defs, Locale locale) {
        List<Card> out = new ArrayList<>();
        defs.forEach(b -> out.add(new Card(b.title().in(locale), "", null, b.target(), List.of())));
        return out;
    }

    /** Variables for placeholders: slots, then {@code bot.name}, then extras. */
    Map<String, String> vars(Map<String, String> slots, Locale locale, Map<String, String> extra) {
        Map<String, String> vars = new HashMap<>(slots);
        vars.put("bot.name", bot.config().name().in(locale));
        vars.putAll(extra);
        return vars;
    }

    /** A reply with extra quick replies appended. */
    static BotReply withButtons(BotReply reply, List<QuickReply> extra) {
        List<QuickReply> all = new ArrayList<>(reply.quickReplies());
        all.addAll(extra);
        return new BotReply(reply.text(), all, reply.cards(), reply.meta());
    }

    private static String fill(String template, Map<String, String> vars) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = vars.getOrDefault(m.group(1).strip(), "");
            if ("mask".equals(m.group(2)) && !value.isEmpty()) {
                value = Masking.mask(value);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
