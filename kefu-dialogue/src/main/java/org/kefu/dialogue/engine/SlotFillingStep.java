package org.kefu.dialogue.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kefu.dialogue.BotReply;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.definition.FlowDef;
import org.kefu.dialogue.definition.SlotDef;

/**
 * Takes the answer to a slot prompt. A valid value moves the flow on; a new value for another slot of the flow
 * replaces that slot and the prompt is repeated; an FAQ is answered as a digression;
 * another flow's intent switches flows; anything else is re-asked, up to the bot's limit, then a human
 * is offered. The flow and its collected slots stay as they were.
 */
final class SlotFillingStep implements DialogueStep {

    private static final int MAX_WORDS_AROUND_VALUE = 6;

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
        Optional<StepResult.Done> changed = otherSlotChanged(t, flow.get(), slot.get(), state);
        if (changed.isPresent()) {
            return changed.get();
        }
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

    /**
     * "20241101003" asked for a return reason: the customer corrects a value the flow already holds (often one
     * carried over from earlier). The new value replaces the old, a confirmation given for the old value no longer
     * counts, and the pending question is asked again after saying what changed. Only typed values count (an
     * entity, a pattern, a dictionary or an option), never when the message answers the awaited slot itself, and
     * while a free-text slot is awaited only a message that is little more than the value ("不对，是 20241101002").
     */
    private static Optional<StepResult.Done> otherSlotChanged(TurnContext t, FlowDef flow, SlotDef awaited,
            DialogueState state) {
        boolean freeText = awaited.type().equals("text");
        if (t.signal().kind() != Signal.Kind.NONE
                || !freeText && t.engine().extractor().extract(awaited, t, true).isPresent()) {
            return Optional.empty();
        }
        for (SlotDef other : flow.slots()) {
            String current = state.slots().get(other.name());
            if (other == awaited || current == null || other.type().equals("text") && other.options().isEmpty()) {
                continue;
            }
            Optional<String> value = t.engine().extractor().extract(other, t, false).filter(v -> !v.equals(current));
            if (value.isPresent() && isCorrection(t, flow, freeText, value.get())) {
                DialogueState next = FlowRunner.remember(state, other.name(), value.get())
                        .withContext(StateKeys.CONFIRMED, null)
                        .withRepromptCount(0);
                BotReply ack = t.say("system.slot_changed", next, FlowRunner.meta(flow), Map.of("value", value.get()));
                StepResult.Done asked = FlowRunner.advance(t, flow, next, List.of());
                return Optional.of(new StepResult.Done(FlowRunner.prefixLast(ack.text(), asked.replies()), asked.state(),
                        asked.handoff()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a message holding a new value for another slot corrects it. "20241101003" and "不对，是 20241101003"
     * do; "查一下 20241101002 到哪了" starts the flow its intent names; and since any text answers a free-text
     * slot, there only a message that is little more than the value corrects.
     */
    private static boolean isCorrection(TurnContext t, FlowDef flow, boolean freeText, String value) {
        String text = t.turn().text();
        String rest = text.replace(value, "").replaceAll("[\\p{P}\\p{S}\\s]+", "");
        if (text.contains(value) && (rest.isEmpty() || Phrases.isCorrection(text))) {
            return true;
        }
        boolean fewWords = text.contains(value) && rest.length() <= MAX_WORDS_AROUND_VALUE;
        return (!freeText || fewWords) && !otherFlowIntended(t, flow);
    }

    /** "查一下 20241101002 到哪了" while a return waits for its reason: another flow, not a correction. */
    private static boolean otherFlowIntended(TurnContext t, FlowDef flow) {
        return t.confidentIntent().flatMap(i -> t.bot().flowTriggeredBy(i.intent()))
                .filter(other -> !other.id().equals(flow.id())).isPresent();
    }

    private static Optional<StepResult.Done> digressionUnlessValue(TurnContext t, DialogueState state, SlotDef slot) {
        if (!t.signal().is(Signal.Kind.FAQ) && t.engine().extractor().extract(slot, t, true).isPresent()) {
            return Optional.empty();
        }
        return FaqStep.digression(t, state);
    }
}
