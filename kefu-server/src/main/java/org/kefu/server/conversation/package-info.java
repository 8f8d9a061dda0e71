/**
 * The conversation core: customers, conversations and their message log, shared by every channel and by
 * the agent workspace.
 *
 * <h2>Use it through</h2>
 * <ul>
 *   <li>{@link org.kefu.server.conversation.ConversationService}: {@code create}, {@code find},
 *       {@code findForCustomer}, {@code appendCustomerMessage(Inbound[, onStored])} returning an
 *       {@link org.kefu.server.conversation.AppendResult} (seq + bot replies), {@code appendAgentMessage},
 *       {@code appendSystemMessage}, {@code messagesAfter}, {@code queue}, {@code assign}, {@code returnToBot},
 *       {@code close(id, askForSurvey)}, {@code publishQueuePosition}, {@code typing}, {@code markRead};</li>
 *   <li>{@link org.kefu.server.conversation.Customers}: anonymous visitors and host-site identified customers;</li>
 *   <li>{@link org.kefu.server.conversation.ConversationTopic} ({@code service.topic()}): subscribe to one
 *       conversation or to all to receive every {@link org.kefu.server.conversation.ConversationEvent}: each
 *       stored message (customer, bot, agent, system), status changes with queue position and agent name,
 *       typing, read receipts and survey requests;</li>
 *   <li>the Spring application event {@link org.kefu.server.conversation.ConversationQueued}, published when
 *       the bot hands a conversation to humans (listen with {@code @EventListener}).</li>
 * </ul>
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li>Every message gets the conversation's next sequence number (1, 2, 3…, no gaps); the bot's welcome is
 *       message 1.</li>
 *   <li>A customer message is durably stored before {@code onStored} runs, before it is published and before
 *       the bot sees it; nothing is acknowledged before it is stored.</li>
 *   <li>Idempotent on the client's message id: a second send with the same {@code clientMsgId} stores nothing,
 *       does not run the bot, and returns the original seq and replies.</li>
 *   <li>One conversation's messages are handled one at a time, in order: a per-conversation lock on the node,
 *       a Redis lease across nodes with the {@code redis} profile, and the conversation row locked while a
 *       sequence number is taken.</li>
 *   <li>While a conversation is {@code queued} or with an {@code agent}, customer messages are stored and
 *       published but not given to the bot. A customer message to a {@code closed} conversation reopens it
 *       with the bot.</li>
 *   <li>A failing bot never loses the customer's message: the customer gets an apology (source
 *       {@code fallback}) and the turn is recorded with outcome {@code error}.</li>
 * </ul>
 */
@NullMarked
package org.kefu.server.conversation;

import org.jspecify.annotations.NullMarked;
