/**
 * The customer-facing channels: the chat WebSocket {@code /ws/chat} used by the widget and the REST API
 * {@code /api/v1/conversations}, both as specified in ARCHITECTURE.md ("Chat protocol"). A channel checks size
 * and shape, identifies the customer from the visitor token, applies rate limits and hands an
 * {@link org.kefu.server.conversation.Inbound} to the conversation core. Every rejection is a JSON error
 * ({@code {"error":{"code","message"}}} over HTTP, {@code {"type":"error","code","message"}} over the socket)
 * in the customer's language; the socket stays open except when the first frame is not a valid hello.
 */
@NullMarked
package org.kefu.server.channel;

import org.jspecify.annotations.NullMarked;
