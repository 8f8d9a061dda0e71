package org.kefu.server.agent.workspace;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the bot understood before the human took over, so the agent does not ask again.
 *
 * @param lastIntent the last intent or FAQ id the bot recognised, or null
 * @param lastConfidence the confidence of that turn, 0 when none
 * @param lastSource the kind of the bot's last answer ({@code faq}, {@code flow}, {@code fallback}…), or null
 * @param activeFlow the flow in progress when the bot handed off, or null
 * @param slots values the bot collected, e.g. {@code orderId → 20241101001}
 * @param verified true when the customer's identity is verified
 * @param handoffReason why the bot handed off, or null
 */
record BotSummary(
        @Nullable String lastIntent,
        double lastConfidence,
        @Nullable String lastSource,
        @Nullable String activeFlow,
        Map<String, String> slots,
        boolean verified,
        @Nullable String handoffReason) {

    BotSummary {
        slots = Map.copyOf(slots);
    }
}
