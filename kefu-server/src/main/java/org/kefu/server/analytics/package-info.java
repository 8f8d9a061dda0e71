/**
 * Analytics of the bot's work. For now one record per bot turn ({@link org.kefu.server.analytics.BotTurnRecord}:
 * intent, confidence, answer source, latency, outcome), written by the conversation core through
 * {@link org.kefu.server.analytics.BotTurnRecorder} in the same transaction as the bot's replies.
 */
@NullMarked
package org.kefu.server.analytics;

import org.jspecify.annotations.NullMarked;
