package org.kefu.nlu;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.atomic.AtomicReference;

/**
 * An {@link Understander} whose model can be replaced while requests continue: each call uses whichever
 * model was current when it started, and a swap never blocks or fails a request.
 */
public final class SwappableUnderstander implements Understander {

    private final AtomicReference<Understander> current;

    /** Starts with the given model. */
    public SwappableUnderstander(Understander initial) {
        this.current = new AtomicReference<>(requireNonNull(initial, "initial"));
    }

    @Override
    public Understanding understand(String text) {
        return current.get().understand(text);
    }

    /**
     * Makes {@code next} the model for every request that starts from now on.
     *
     * @return the model it replaced
     */
    public Understander swap(Understander next) {
        return current.getAndSet(requireNonNull(next, "next"));
    }

    /** The model requests use now. */
    public Understander current() {
        return current.get();
    }
}
