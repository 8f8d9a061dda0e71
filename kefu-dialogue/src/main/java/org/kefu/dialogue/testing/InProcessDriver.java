package org.kefu.dialogue.testing;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.CustomerContext;
import org.kefu.dialogue.DialogueEngine;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.Turn;
import org.kefu.dialogue.TurnResult;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.engine.BotEngine;
import org.kefu.nlu.NluModel;
import org.kefu.nlu.NluOptions;
import org.kefu.nlu.Understander;

/**
 * Runs test conversations in this JVM: the bot's understanding and engine, no server. Like the server,
 * a conversation that was handed off is {@code queued} and the bot stays silent afterwards.
 */
public final class InProcessDriver implements ConversationDriver {

    private final DialogueEngine engine;
    private final Understander understander;
    private final Clock clock;

    /**
     * @param engine the bot's engine
     * @param understander the bot's understanding
     * @param clock the time of turns whose script sets none
     */
    public InProcessDriver(DialogueEngine engine, Understander understander, Clock clock) {
        this.engine = requireNonNull(engine, "engine");
        this.understander = requireNonNull(understander, "understander");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * A driver for a bot definition: trains its understanding with the default options and builds its engine.
     *
     * @param settings connector settings such as {@code kefu.demo.base-url}
     */
    public static InProcessDriver forBot(BotDefinition bot, Map<String, String> settings, Clock clock) {
        NluModel model = NluModel.train(bot.trainingData(), NluOptions.defaults().withClock(clock));
        DialogueEngine engine = BotEngine.builder().definition(bot).clock(clock).settings(settings).build();
        return new InProcessDriver(engine, model, clock);
    }

    @Override
    public Session open(SessionOptions options) {
        return new InProcessSession(options);
    }

    private final class InProcessSession implements Session {
        private final SessionOptions options;
        private final CustomerContext customer;
        private DialogueState state = DialogueState.initial();
        private String status = "bot";

        InProcessSession(SessionOptions options) {
            this.options = options;
            this.customer = new CustomerContext("test-customer", options.verifiedPhone(), Map.of());
        }

        @Override
        public TurnOutcome send(String text) {
            return turn(text, null);
        }

        @Override
        public TurnOutcome press(String payload) {
            return turn(payload, payload);
        }

        private TurnOutcome turn(String text, @Nullable String payload) {
            if (!status.equals("bot")) {
                return new TurnOutcome(List.of(), status, null, state.slots());
            }
            Instant at = options.at() != null ? options.at() : clock.instant();
            Turn turn = new Turn(text, payload, understander.understand(text), customer, options.locale(), at);
            // Stored as JSON between turns, exactly as the server keeps it.
            TurnResult result = engine.handle(turn, DialogueState.fromJson(state.toJson()));
            state = result.state();
            String reason = result.handoffRequest().map(h -> h.reason()).orElse(null);
            if (reason != null) {
                status = "queued";
            }
            return new TurnOutcome(result.replies(), status, reason, state.slots());
        }
    }
}
