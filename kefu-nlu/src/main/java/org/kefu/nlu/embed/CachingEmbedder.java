package org.kefu.nlu.embed;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link SentenceEmbedder} that remembers the vectors of the most recently embedded sentences. Customer
 * messages repeat a lot ("你好", "人工", "thanks"), and the same text is embedded for intents and for FAQ
 * retrieval within one request, so a small cache saves a model run per repeat.
 */
final class CachingEmbedder implements SentenceEmbedder {

    /** Texts longer than this are rarely repeated; caching them would only evict useful entries. */
    private static final int MAX_CACHED_CHARS = 200;

    private final SentenceEmbedder delegate;
    private final Map<String, float[]> cache;

    CachingEmbedder(SentenceEmbedder delegate, int capacity) {
        this.delegate = requireNonNull(delegate, "delegate");
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.cache = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public float[] embed(String text) {
        if (text.length() > MAX_CACHED_CHARS) {
            return delegate.embed(text);
        }
        float[] cached;
        synchronized (cache) {
            cached = cache.get(text);
        }
        if (cached == null) {
            // Computed outside the lock: two threads may embed the same text once each, which is harmless.
            cached = delegate.embed(text);
            synchronized (cache) {
                cache.put(text, cached);
            }
        }
        return cached.clone();
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }
}
