package org.kefu.server.channel;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * Token buckets by key (customer, IP address, socket). Only the most recently used keys are kept, so a flood of
 * new keys cannot exhaust memory; a key that falls out simply starts with a full bucket again.
 */
final class RateLimiter {

    private static final int MAX_KEYS = 100_000;

    private final ChannelProperties.Rate rate;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_KEYS;
        }
    });

    RateLimiter(ChannelProperties.Rate rate) {
        this.rate = rate;
    }

    /**
     * Takes one token for the key.
     *
     * @throws ChannelException 429 {@code rate_limited} with the seconds to wait when the bucket is empty
     */
    void acquire(String key) {
        ConsumptionProbe probe = buckets.computeIfAbsent(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            throw new ChannelException(HttpStatus.TOO_MANY_REQUESTS, "rate_limited", seconds, seconds);
        }
    }

    void forget(String key) {
        buckets.remove(key);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(rate.burst())
                        .refillGreedy(rate.perMinute(), Duration.ofMinutes(1)).build())
                .build();
    }
}
