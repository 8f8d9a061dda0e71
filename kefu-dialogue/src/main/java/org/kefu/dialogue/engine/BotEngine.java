package org.kefu.dialogue.engine;

import static java.util.Objects.requireNonNull;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.BotReply;
import org.kefu.dialogue.DialogueEngine;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.QuickReply;
import org.kefu.dialogue.ReplyMeta;
import org.kefu.dialogue.ReplySource;
import org.kefu.dialogue.Turn;
import org.kefu.dialogue.TurnResult;
import org.kefu.dialogue.connector.ActionRunner;
import org.kefu.dialogue.connector.CustomAction;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.FaqDef;
import org.kefu.dialogue.privacy.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dialogue engine of one bot definition: runs every turn through the step pipeline (handoff, cancel,
 * verification, confirmation, slot filling, stray yes/no, flow start, follow-ups, FAQ, smalltalk, fallback). Thread-safe
 * and stateless; the conversation lives in the {@link DialogueState} the caller stores.
 *
 * <pre>{@code
 * DialogueEngine engine = BotEngine.builder()
 *     .definition(BotDefinitionLoader.loadFromClasspath("shop"))
 *     .clock(clock)
 *     .settings(Map.of("kefu.demo.base-url", "http://localhost:8080"))
 *     .build();
 * }</pre>
 */
public final class BotEngine implements DialogueEngine {

    private static final Logger LOG = LoggerFactory.getLogger(BotEngine.class);
    private static final int WELCOME_FAQS = 3;

    private final EngineParts parts;
    private final Clock clock;
    private final List<DialogueStep> steps = List.of(new HandoffStep(), new CancelStep(), new VerificationStep(),
            new ConfirmationStep(), new SlotFillingStep(), new StrayAnswerStep(), new FlowStartStep(),
            new FollowUpStep(), new FaqStep(), new SmalltalkStep(), new FallbackStep());

    private BotEngine(EngineParts parts, Clock clock) {
        this.parts = parts;
        this.clock = clock;
    }

    /** A builder; {@link Builder#definition} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The bot this engine runs. */
    public BotDefinition definition() {
        return parts.bot();
    }

    @Override
    public TurnResult handle(Turn turn, DialogueState state) {
        requireNonNull(turn, "turn");
        requireNonNull(state, "state");
        DialogueState current = state.withContext(StateKeys.TURNS, String.valueOf(turns(state) + 1));
        TurnContext context = new TurnContext(turn, Signal.parse(turn.payload()), parts);
        try {
            for (DialogueStep step : steps) {
                StepResult result = step.handle(context, current);
                switch (result) {
                    case StepResult.Continue c -> current = c.state();
                    case StepResult.Done d -> {
                        return finish(d);
                    }
                }
            }
            throw new IllegalStateException("the fallback step always answers");
        } catch (RuntimeException e) {
            // The one boundary: a bug or a broken definition must not reach the customer as a stack trace.
            LOG.error("bot {} could not handle a turn; the conversation state is kept", parts.bot().id(), e);
            BotReply sorry = parts.responses().render("system.connector_failure", turn.locale(),
                    parts.responses().vars(state.slots(), turn.locale(), Map.of()),
                    new ReplyMeta(ReplySource.FALLBACK, null, 0), 0);
            return new TurnResult(List.of(Responses.withButtons(sorry,
                    List.of(parts.responses().button(SystemButton.HANDOFF, turn.locale())))), state, null);
        }
    }

    @Override
    public BotReply welcome(Locale locale) {
        ReplyMeta meta = new ReplyMeta(ReplySource.SMALLTALK, "welcome", 1.0);
        String name = parts.bot().config().welcome();
        Responses r = parts.responses();
        BotReply reply = r.render(name != null ? name : "system.welcome", locale, r.vars(Map.of(), locale, Map.of()), meta,
                (int) (clock.millis() / 1000));
        if (!reply.quickReplies().isEmpty()) {
            return reply;
        }
        List<QuickReply> common = new ArrayList<>();
        for (FaqDef faq : parts.bot().faqs().subList(0, Math.min(WELCOME_FAQS, parts.bot().faqs().size()))) {
            common.add(new QuickReply(faq.question().in(locale), "/faq " + faq.id()));
        }
        return Responses.withButtons(reply, common);
    }

    private static TurnResult finish(StepResult.Done done) {
        DialogueState state = done.state();
        boolean fallback = done.replies().stream().anyMatch(r -> r.meta().source() == ReplySource.FALLBACK);
        if (!fallback && done.handoff() == null) {
            state = state.withFallbackCount(0);
        }
        List<BotReply> masked = done.replies().stream()
                .map(r -> new BotReply(Masking.maskSensitiveNumbers(r.text()), r.quickReplies(), r.cards(), r.meta()))
                .toList();
        return new TurnResult(masked, state, done.handoff());
    }

    private static int turns(DialogueState state) {
        try {
            return Integer.parseInt(state.context().getOrDefault(StateKeys.TURNS, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Builds a {@link BotEngine}; validates on {@link #build()}. */
    public static final class Builder {
        private @Nullable BotDefinition definition;
        private Clock clock = Clock.systemUTC();
        private Map<String, String> settings = Map.of();
        private @Nullable HttpClient httpClient;
        private final List<CustomAction> customActions = new ArrayList<>();

        private Builder() {
        }

        /** The bot to run (required). */
        public Builder definition(BotDefinition definition) {
            this.definition = requireNonNull(definition, "definition");
            return this;
        }

        /** The clock for time-dependent choices outside a turn (default: system UTC). */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock");
            return this;
        }

        /** Configuration the connectors use: base URLs and secrets, by name such as {@code kefu.demo.base-url}. */
        public Builder settings(Map<String, String> settings) {
            this.settings = Map.copyOf(requireNonNull(settings, "settings"));
            return this;
        }

        /** The HTTP client for connectors (default: a new client with a 5-second connect timeout). */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = requireNonNull(httpClient, "httpClient");
            return this;
        }

        /** A custom action besides those found with {@link java.util.ServiceLoader}. */
        public Builder customAction(CustomAction action) {
            customActions.add(requireNonNull(action, "action"));
            return this;
        }

        /**
         * Builds the engine.
         *
         * @throws IllegalStateException if no definition was given
         * @throws org.kefu.dialogue.DialogueException naming settings or custom actions the bot needs but lacks
         */
        public BotEngine build() {
            if (definition == null) {
                throw new IllegalStateException("definition was not set");
            }
            HttpClient client = httpClient != null ? httpClient
                    : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            ActionRunner actions = ActionRunner.create(definition, settings, client, customActions);
            EngineParts parts = new EngineParts(definition, new Responses(definition), new SlotExtractor(definition), actions);
            return new BotEngine(parts, clock);
        }
    }
}
