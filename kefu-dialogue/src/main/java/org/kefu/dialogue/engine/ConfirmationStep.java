package org.kefu.dialogue.engine;

import java.util.List;
import java.util.Optional;
import org.kefu.dialogue.BotReply;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.definition.FlowDef;
import org.kefu.dialogue.definition.SlotDef;

/**
 * Handles the answer to a flow's yes/no confirmation: yes runs the flow's call, no cancels, a corrected
 * value is taken and the question asked again, an FAQ is answered as a digression.
 */
final class ConfirmationStep implements DialogueStep {

    @Override
    public StepResult handle(TurnContext t, DialogueState state) {
        if (!StateKeys.AWAIT_CONFIRM.equals(state.awaitingSlot())) {
            return new StepResult.Continue(state);
        }
        Optional<FlowDef> flow = Optional.ofNullable(state.activeFlow()).flatMap(t.bot()::flow);
        if (flow.isEmpty()) {
            return new StepResult.Continue(state.withFlow(null, null));
        }
        Optional<DialogueState> corrected = correction(t, flow.get(), state);
        if (corrected.isPresent()) {
            return new StepResult.Done(List.of(FlowRunner.confirmation(t, flow.get(), corrected.get())), corrected.get());
        }
        String text = t.turn().text();
        boolean yes = t.signal().is(Signal.Kind.YES) || t.signal().kind() == Signal.Kind.NONE && Phrases.isYes(text);
        boolean no = t.signal().is(Signal.Kind.NO) || t.signal().kind() == Signal.Kind.NONE && Phrases.isNo(text);
        if (yes && !no) {
            return FlowRunner.advance(t, flow.get(), state.withContext(StateKeys.CONFIRMED, flow.get().id()), List.of());
        }
        if (no) {
            DialogueState next = state.withFlow(null, null);
            return new StepResult.Done(List.of(t.say("system.cancelled", next, FlowRunner.meta(flow.get()))), next);
        }
        Optional<StepResult.Done> digression = FaqStep.digression(t, state);
        if (digression.isPresent()) {
            return digression.get();
        }
        if (t.confidentIntent().flatMap(i -> t.bot().flowTriggeredBy(i.intent()))
                .filter(other -> !other.id().equals(flow.get().id())).isPresent()) {
            return new StepResult.Continue(state.withFlow(null, null));
        }
        BotReply again = t.say("system.confirm_yes_no", state, FlowRunner.meta(flow.get()));
        BotReply question = FlowRunner.confirmation(t, flow.get(), state);
        return new StepResult.Done(List.of(new BotReply(again.text() + " " + question.text(), question.quickReplies(),
                question.cards(), question.meta())), state.withRepromptCount(state.repromptCount() + 1));
    }

    /** "不对，是 20241101002": a new value for a typed slot replaces the old one and the question is asked again. */
    private static Optional<DialogueState> correction(TurnContext t, FlowDef flow, DialogueState state) {
        if (t.signal().kind() != Signal.Kind.NONE) {
            return Optional.empty();
        }
        DialogueState next = state;
        for (SlotDef slot : flow.slots()) {
            if (slot.type().equals("text") && slot.options().isEmpty()) {
                continue;
            }
            Optional<String> value = t.engine().extractor().extract(slot, t, false);
            if (value.isPresent() && !value.get().equals(state.slots().get(slot.name()))) {
                next = FlowRunner.remember(next, slot.name(), value.get());
            }
        }
        return next == state ? Optional.empty() : Optional.of(next);
    }
}
