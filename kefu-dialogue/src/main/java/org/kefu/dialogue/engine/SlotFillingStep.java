package org.kefu.dialogue.engine;

import java.util.List;
import java.util.Optional;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.definition.FlowDef;
import org.kefu.dialogue.definition.SlotDef;

/**
 * Takes the answer to a slot prompt. A valid value moves the flow on; an FAQ is answered as a digression;
 * another flow's intent switches flows; anything else is re-asked, up to the bot's limit, then a human
 * is offered. The flow and its collected slots stay as they were.
 */
final class SlotFillingStep implements DialogueStep {

    @Override
    public StepResult handle(TurnContext t, DialogueState state) {
        String awaiting = state.awaitingSlot();
        if (awaiting == null || awaiting.startsWith("_")) {
            return new StepResult.Continue(state);
        }
        Optional<FlowDef> flow = Optional.ofNullable(state.activeFlow()).flatMap(t.bot()::flow);
        Optional<SlotDef> slot = flow.flatMap(f -> f.slots().stream().filter(s -> s.name().equals(awaiting)).findFirst());
        if (flow.isEmpty() || slot.isEmpty()) {
            // The bot changed under a stored conversation: forget the stale flow rather than fail.
            return new StepResult.Continue(state.withFlow(null, null));
        }
        if (t.signal().is(Signal.Kind.INTENT) || t.signal().is(Signal.Kind.RETRY)) {
            return new StepResult.Continue(state.withFlow(null, null));
        }
        boolean freeText = slot.get().type().equals("text");
        if (!freeText || t.signal().is(Signal.Kind.FAQ)) {
            Optional<StepResult.Done> digression = digressionUnlessValue(t, state, slot.get());
            if (digression.isPresent()) {
                return digression.get();
            }
        }
        Optional<String> value = t.engine().extractor().extract(slot.get(), t, true);
        if (value.isPresent()) {
            DialogueState filled = FlowRunner.remember(state, slot.get().name(), value.get()).withRepromptCount(0);
            return FlowRunner.advance(t, flow.get(), filled, List.of());
        }
        if (t.confidentIntent().flatMap(i -> t.bot().flowTriggeredBy(i.intent()))
                .filter(other -> !other.id().equals(flow.get().id())).isPresent()) {
            return new StepResult.Continue(state.withFlow(null, null));
        }
        int count = state.repromptCount() + 1;
        DialogueState next = state.withRepromptCount(count);
        if (count > t.bot().config().maxReprompts()) {
            return new StepResult.Done(List.of(t.withButtons(t.say("system.reprompt_limit", next, FlowRunner.meta(flow.get())),
                    List.of(SystemButton.HANDOFF, SystemButton.CANCEL))), next);
        }
        return new StepResult.Done(List.of(FlowRunner.prompt(t, flow.get(), slot.get(), next, true)), next);
    }

    private static Optional<StepResult.Done> digressionUnlessValue(TurnContext t, DialogueState state, SlotDef slot) {
        if (!t.signal().is(Signal.Kind.FAQ) && t.engine().extractor().extract(slot, t, true).isPresent()) {
            return Optional.empty();
        }
        return FaqStep.digression(t, state);
    }
}
