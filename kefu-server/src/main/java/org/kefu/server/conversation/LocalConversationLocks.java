package org.kefu.server.conversation;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One fair lock per conversation on this node. Locks are created on demand and removed when nobody holds
 * or waits for them, so memory follows the number of busy conversations, not of all conversations.
 */
final class LocalConversationLocks implements ConversationLocks {

    private final Map<String, CountedLock> locks = new ConcurrentHashMap<>();
    private final Duration timeout;

    LocalConversationLocks(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public <T> T withLock(String conversationId, Supplier<T> work) {
        CountedLock lock = locks.compute(conversationId, (id, existing) -> {
            CountedLock l = existing == null ? new CountedLock() : existing;
            l.users++;
            return l;
        });
        try {
            if (!lock.lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ConversationBusyException(conversationId);
            }
            try {
                return work.get();
            } finally {
                lock.lock.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConversationBusyException(conversationId);
        } finally {
            locks.computeIfPresent(conversationId, (id, l) -> --l.users == 0 ? null : l);
        }
    }

    private static final class CountedLock {
        final ReentrantLock lock = new ReentrantLock(true);
        int users; // guarded by the map's compute
    }
}
