package org.kefu.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

final class SwappableUnderstanderTest {

    private static Understander answering(String intent) {
        return text -> new Understanding(text, text, Language.UNKNOWN, List.of(), List.of(),
                List.of(new IntentScore(intent, 1.0)), List.of(), false);
    }

    @Test
    void answersWithTheCurrentModelAndReturnsTheReplacedOne() {
        Understander first = answering("first");
        SwappableUnderstander swappable = new SwappableUnderstander(first);
        assertThat(swappable.understand("x").topIntent().orElseThrow().intent()).isEqualTo("first");
        assertThat(swappable.swap(answering("second"))).isSameAs(first);
        assertThat(swappable.understand("x").topIntent().orElseThrow().intent()).isEqualTo("second");
    }

    @Test
    void requestsNeverFailWhileModelsAreSwappedConcurrently() throws Exception {
        SwappableUnderstander swappable = new SwappableUnderstander(answering("v0"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicBoolean running = new AtomicBoolean(true);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        CountDownLatch readersStarted = new CountDownLatch(3);
        try {
            List<Future<Integer>> readers = List.of(1, 2, 3).stream().map(r -> pool.submit(() -> {
                readersStarted.countDown();
                int calls = 0;
                while (running.get() || calls == 0) {
                    Understanding u = swappable.understand("hello");
                    seen.add(u.topIntent().orElseThrow().intent());
                    calls++;
                }
                return calls;
            })).toList();
            readersStarted.await(10, TimeUnit.SECONDS);
            for (int v = 1; v <= 200; v++) {
                swappable.swap(answering("v" + v));
            }
            running.set(false);
            for (Future<Integer> reader : readers) {
                assertThat(reader.get(10, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(seen).allMatch(s -> s.matches("v\\d+"));
        assertThat(swappable.understand("x").topIntent().orElseThrow().intent()).isEqualTo("v200");
    }
}
