package org.kefu.server.conversation;

import java.util.function.Supplier;

/** Runs work for one conversation at a time, so its messages are stored and answered in order. */
interface ConversationLocks {

    /**
     * Runs {@code work} while holding the conversation's lock.
     *
     * @throws ConversationBusyException when the lock could not be had in time
     */
    <T> T withLock(String conversationId, Supplier<T> work);
}
