package org.kefu.dialogue.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.definition.FlowDef;
import org.kefu.dialogue.definition.IntentDef;
import org.kefu.dialogue.definition.SlotDef;

/**
 * Follow-ups to the last flow: "and the other one?" re-runs it with the slot's other recent value (or the
 * other entry of a list the bot showed), and a
 * message that is only a new value ("20241101003 呢?") re-runs it with that value.
 */
final class FollowUpStep implements DialogueStep {

    @Override
    public StepResult handle(TurnContext t, DialogueState state) {
        if (state.activeFlow() != null || t.signal().kind() != Signal.Kind.NONE) {
            return new StepResult.Continue(state);
        }
        Optional<FlowDef> last = Optional.ofNullable(state.context().get(StateKeys.LAST_FLOW)).flatMap(t.bot()::flow);
        Optional<SlotDef> key = last.flatMap(f -> f.slots().stream().filter(s -> !s.type().equals("text")).findFirst());
        if (key.isEmpty()) {
            return new StepResult.Continue(state);
        }
        FlowDef flow = last.get();
        SlotDef slot = key.get();
        if (asksForTheOther(t)) {
            String current = state.slots().get(slot.name());
            List<String> history = FlowRunner.history(state, slot.name());
            for (int i = history.size() - 1; i >= 0; i--) {
                if (!history.get(i).equals(current)) {
                    return FlowRunner.start(t, flow, state, Map.of(slot.name(), history.get(i)), List.of());
                }
            }
            Optional<String> shown = otherShownItem(state, current);
            if (shown.isPresent()) {
                return FlowRunner.start(t, flow, state, Map.of(slot.name(), shown.get()), List.of());
            }
            return FlowRunner.start(t, flow, state.withoutSlot(slot.name()), Map.of(), List.of());
        }
        if (t.confidentFaq().isPresent() || t.confidentIntent().isPresent()) {
            return new StepResult.Continue(state);
        }
        return t.engine().extractor().extract(slot, t, false)
                .<StepResult>map(v -> FlowRunner.start(t, flow, state, Map.of(slot.name(), v), List.of()))
                .orElse(new StepResult.Continue(state));
    }

    /**
     * The other item of a list the bot last showed: a connector maps arrays into slots as
     * {@code "a, b"}; a list holding the current value offers its other entries.
     */
    private static Optional<String> otherShownItem(DialogueState state, @Nullable String current) {
        if (current == null) {
            return Optional.empty();
        }
        for (String value : state.slots().values()) {
            List<String> items = List.of(value.split(", "));
            if (items.size() > 1 && items.contains(current)) {
                return items.stream().filter(item -> !item.equals(current)).findFirst();
            }
        }
        return Optional.empty();
    }

    private static boolean asksForTheOther(TurnContext t) {
        Optional<IntentDef> intent = t.confidentIntent().flatMap(i -> t.bot().intent(i.intent()));
        if (intent.isPresent() && "other".equals(intent.get().followUp())) {
            return true;
        }
        return Phrases.contains(t.turn().text(), Phrases.OTHER) && Phrases.compact(t.turn().text()).length() <= 40;
    }
}
