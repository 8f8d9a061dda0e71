package org.kefu.server.conversation;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * A Redis lease on top of the node's own lock, so that one conversation's messages stay in order when its
 * customer's requests reach different nodes. The lease expires by itself should a node die holding it.
 */
final class RedisConversationLocks implements ConversationLocks {

    private static final RedisScript<Long> RELEASE = RedisScript.of("""
            if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end""",
            Long.class);

    // Leases this thread holds, so that work done under a lease (a topic listener appending a system message)
    // may take the same conversation's lock again instead of waiting for its own lease to expire.
    private static final ThreadLocal<Set<String>> HELD = ThreadLocal.withInitial(HashSet::new);

    private final LocalConversationLocks local;
    private final StringRedisTemplate redis;
    private final Duration lease;
    private final Duration timeout;

    RedisConversationLocks(LocalConversationLocks local, StringRedisTemplate redis, Duration lease, Duration timeout) {
        this.local = local;
        this.redis = redis;
        this.lease = lease;
        this.timeout = timeout;
    }

    @Override
    public <T> T withLock(String conversationId, Supplier<T> work) {
        if (HELD.get().contains(conversationId)) {
            return local.withLock(conversationId, work);
        }
        return local.withLock(conversationId, () -> {
            String key = "kefu:lease:conversation:" + conversationId;
            String token = UUID.randomUUID().toString();
            acquire(conversationId, key, token);
            HELD.get().add(conversationId);
            try {
                return work.get();
            } finally {
                HELD.get().remove(conversationId);
                redis.execute(RELEASE, List.of(key), token);
            }
        });
    }

    private void acquire(String conversationId, String key, String token) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pauseNanos = 2_000_000;
        while (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, token, lease))) {
            if (System.nanoTime() > deadline) {
                throw new ConversationBusyException(conversationId);
            }
            LockSupport.parkNanos(pauseNanos);
            pauseNanos = Math.min(pauseNanos * 2, 50_000_000);
        }
    }
}
