package org.kefu.dialogue.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.definition.FlowDef;
import org.kefu.dialogue.definition.SlotDef;
import org.kefu.nlu.FaqHit;
import org.kefu.nlu.IntentScore;

/**
 * Starts a flow: for a pressed {@code /intent} button, a {@code /retry} of the last flow, or the top intent
 * when it reaches the threshold and triggers a flow (unless an FAQ hit is more certain).
 */
final class FlowStartStep implements DialogueStep {

    /** How much less certain than a request an FAQ may be and still answer it before the flow asks its slot. */
    private static final double FAQ_MARGIN = 0.25;

    @Override
    public StepResult handle(TurnContext t, DialogueState state) {
        if (t.signal().is(Signal.Kind.RETRY)) {
            Optional<FlowDef> last = Optional.ofNullable(state.context().get(StateKeys.LAST_FLOW)).flatMap(t.bot()::flow);
            if (last.isPresent()) {
                Map<String, String> known = new LinkedHashMap<>();
                for (SlotDef slot : last.get().slots()) {
                    String value = state.slots().get(slot.name());
                    if (value != null) {
                        known.put(slot.name(), value);
                    }
                }
                return FlowRunner.start(t, last.get(), state, known, List.of());
            }
            return new StepResult.Continue(state);
        }
        Optional<FlowDef> flow = flowToStart(t).filter(f -> !faqAnswersBetter(t, f, state));
        return flow.<StepResult>map(f -> FlowRunner.start(t, f, state, Map.of(), List.of()))
                .orElse(new StepResult.Continue(state));
    }

    /**
     * "一般几天能到" is both the start of a delivery-date flow and a general FAQ. Without an order in the
     * message or the conversation, the FAQ answers it; with one, the flow does. An FAQ far less certain than
     * the request ({@link #FAQ_MARGIN}) answers it only when it offers to start the flow (the policy first):
     * "I want a refund for my order" (request 1.00) is no question about who pays return shipping (its nearest
     * FAQ, 0.53), while "一般几天能到" is as much the delivery-time FAQ as a delivery-date request.
     */
    private static boolean faqAnswersBetter(TurnContext t, FlowDef flow, DialogueState state) {
        Optional<FaqHit> faq = t.confidentFaq();
        if (t.signal().kind() != Signal.Kind.NONE || faq.isEmpty() || flow.slots().isEmpty()) {
            return false;
        }
        SlotDef first = flow.slots().getFirst();
        boolean known = first.carryOver() && state.slots().containsKey(first.name())
                || t.engine().extractor().extract(first, t, false).isPresent();
        if (known) {
            return false;
        }
        Optional<IntentScore> intent = t.confidentIntent();
        return intent.isEmpty() || faq.get().confidence() >= intent.get().confidence() - FAQ_MARGIN
                || FaqStep.offersToStart(t, intent.get().intent());
    }

    private static Optional<FlowDef> flowToStart(TurnContext t) {
        if (t.signal().is(Signal.Kind.INTENT)) {
            return t.bot().flowTriggeredBy(t.signal().argument());
        }
        if (t.signal().kind() != Signal.Kind.NONE) {
            return Optional.empty();
        }
        Optional<IntentScore> intent = t.confidentIntent();
        if (intent.isEmpty()) {
            return Optional.empty();
        }
        Optional<FaqHit> faq = t.confidentFaq();
        if (faq.isPresent() && faq.get().confidence() > intent.get().confidence()) {
            return Optional.empty();
        }
        return t.bot().flowTriggeredBy(intent.get().intent());
    }
}
