package org.kefu.server.handoff;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.kefu.server.agent.AgentAvailabilityChanged;
import org.kefu.server.conversation.ConversationQueued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Feeds the queue: bot handoffs, agents becoming available, and the periodic sweep. Work runs on one
 * background thread, because the conversation core publishes {@link ConversationQueued} while it still
 * holds the conversation's lock, and routing needs that lock to assign.
 */
@Component
class HandoffEvents implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(HandoffEvents.class);

    private final HandoffService handoffs;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kefu-handoff");
        t.setDaemon(true);
        return t;
    });

    HandoffEvents(HandoffService handoffs) {
        this.handoffs = handoffs;
    }

    @EventListener
    void onQueued(ConversationQueued event) {
        run(() -> handoffs.enqueue(event.conversationId(), event.bot(), event.team(), event.reason(),
                !event.withinServiceHours()));
    }

    @EventListener
    void onAvailability(AgentAvailabilityChanged event) {
        run(handoffs::dispatchAll);
    }

    @Scheduled(fixedDelayString = "${kefu.handoff.sweep-interval:5s}", initialDelayString = "${kefu.handoff.sweep-interval:5s}")
    void sweep() {
        run(handoffs::sweep);
    }

    private void run(Runnable work) {
        worker.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // the boundary of background routing: the sweep retries what failed here
                log.error("Handoff routing failed", e);
            }
        });
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
