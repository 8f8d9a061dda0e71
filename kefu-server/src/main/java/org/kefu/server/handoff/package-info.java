/**
 * Human handoff: the per-team queue of conversations waiting for an agent, routing to the least-loaded
 * online agent with free capacity (ties go to the longest idle), claiming by hand, transfer and close,
 * service hours with holidays, the queue timeout, and leave-a-message tickets for when nobody can answer.
 *
 * <p>A conversation's time with humans is a chain of {@link org.kefu.server.handoff.Handoff} rows: one per
 * wait-then-talk stretch; a transfer ends one and starts the next.
 *
 * <p>Tickets come two ways: {@code POST /api/v1/conversations/{id}/leave-message} (a form), or in the chat,
 * where the customer's message right after the bot's {@code leave_message} reply becomes the ticket.
 */
@org.jspecify.annotations.NullMarked
package org.kefu.server.handoff;
