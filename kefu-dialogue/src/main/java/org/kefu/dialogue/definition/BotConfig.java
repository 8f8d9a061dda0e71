package org.kefu.dialogue.definition;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The settings in {@code bot.yml}.
 *
 * @param id the bot id
 * @param name the bot's name
 * @param defaultLocale the locale of new conversations
 * @param welcome the response that opens a conversation, or null for the built-in one
 * @param serviceHours when human agents work
 * @param faqThreshold minimum confidence to answer an FAQ hit
 * @param intentThreshold minimum confidence to act on an intent
 * @param suggestThreshold minimum confidence to offer a guess in a fallback
 * @param maxReprompts re-asks for one slot before offering a human
 * @param maxFallbacks consecutive not-understood turns before a handoff
 * @param defaultTeam the team human requests go to
 * @param teams team per handoff reason
 * @param handoffPhrases extra trigger phrases per handoff reason
 * @param verification identity verification connectors, or null when the bot has none
 */
public record BotConfig(
        String id,
        LocalizedText name,
        Locale defaultLocale,
        @Nullable String welcome,
        ServiceHours serviceHours,
        double faqThreshold,
        double intentThreshold,
        double suggestThreshold,
        int maxReprompts,
        int maxFallbacks,
        String defaultTeam,
        Map<String, String> teams,
        Map<String, List<String>> handoffPhrases,
        @Nullable Verification verification) {

    public BotConfig {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(defaultLocale, "defaultLocale");
        requireNonNull(serviceHours, "serviceHours");
        requireNonNull(defaultTeam, "defaultTeam");
        teams = Map.copyOf(teams);
        handoffPhrases = Map.copyOf(handoffPhrases);
    }

    /** The team for a handoff reason. */
    public String teamFor(String reason) {
        return teams.getOrDefault(reason, defaultTeam);
    }

    /**
     * How the bot verifies a customer's identity with a one-time code.
     *
     * @param sendCode connector that sends a code to slot {@code phone}, or null
     * @param checkCode connector that checks slots {@code phone} and {@code code}
     * @param maxAttempts wrong codes before the flow locks
     */
    public record Verification(@Nullable String sendCode, String checkCode, int maxAttempts) {
        public Verification {
            requireNonNull(checkCode, "checkCode");
        }
    }
}
