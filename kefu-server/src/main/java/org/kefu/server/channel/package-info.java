/**
 * The customer-facing channels: the chat WebSocket {@code /ws/chat} used by the widget and the REST API
 * {@code /api/v1/conversations}, both as specified in ARCHITECTURE.md ("Chat protocol"). A channel checks size
 * and shape, identifies the customer from the visitor token, applies rate limits and hands an
 * {@link org.kefu.server.conversation.Inbound} to the conversation core.
 *
 * <h2>WebSocket frames</h2>
 * Client → server: {@code hello {conversationId, token, afterSeq}} (must come first), {@code send {clientMsgId,
 * text | payload}}, {@code sync {afterSeq}}, {@code typing}, {@code read {seq}}.
 * Server → client:
 * <ul>
 *   <li>{@code welcome {conversationId, bot, locale, status, lastSeq, agentName}}, then every message after
 *       {@code afterSeq};</li>
 *   <li>{@code ack {clientMsgId, seq}} once a sent message is stored (also for a repeated clientMsgId, with the
 *       original seq), followed by the stored message itself as a {@code message} frame;</li>
 *   <li>{@code message {seq, id, from, text, quickReplies, cards, ts}} plus {@code meta {source, intent,
 *       confidence}} on bot messages, {@code agentName} on agent messages, {@code clientMsgId} and {@code payload}
 *       on customer messages; delivered in sequence order without gaps or repeats;</li>
 *   <li>{@code status {status, queuePosition, agentName}} when the conversation's status or queue place changes;</li>
 *   <li>{@code typing {from: "agent"}}, {@code survey} (an agent closed the conversation);</li>
 *   <li>{@code error {code, message}} (plus {@code clientMsgId} for a refused send, {@code retryAfter} seconds when
 *       rate limited), the message in the conversation's language. Only an error before a valid hello closes
 *       the socket (1008); a frame larger than {@code kefu.channel.max-frame-bytes} closes it with 1009.</li>
 * </ul>
 *
 * <h2>Errors over HTTP</h2>
 * {@code {"error":{"code","message"}}} in the language of {@code Accept-Language} (English without it), with
 * 400 (malformed_json, invalid_field, empty_message, invalid_client_msg_id, unknown_bot, unsupported_locale…),
 * 401 (missing_token, invalid_token, invalid_identity), 404 (unknown_conversation, also for another customer's
 * conversation), 413 (message_too_long, request_too_large), 429 (rate_limited, with Retry-After) and 503
 * (bot_not_ready, conversation_busy, with Retry-After). Codes and texts: {@code i18n/errors*.properties}.
 */
@NullMarked
package org.kefu.server.channel;

import org.jspecify.annotations.NullMarked;
