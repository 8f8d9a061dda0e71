package org.kefu.dialogue.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kefu.dialogue.BotReply;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.ReplyMeta;
import org.kefu.dialogue.ReplySource;
import org.kefu.dialogue.connector.ActionResult;
import org.kefu.dialogue.definition.FlowDef;
import org.kefu.dialogue.definition.SlotDef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a flow forward: fills slots from the message and from earlier turns, asks for the next missing
 * slot, asks for confirmation, runs the call and picks the result response.
 */
final class FlowRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FlowRunner.class);
    private static final int HISTORY_SIZE = 5;

    private FlowRunner() {
    }

    /**
     * Starts a flow.
     *
     * @param preset slot values already known (a follow-up's value, a retry's slots)
     */
    static StepResult.Done start(TurnContext t, FlowDef flow, DialogueState state, Map<String, String> preset,
            List<BotReply> before) {
        DialogueState s = state;
        for (SlotDef slot : flow.slots()) {
            if (!slot.carryOver() && !preset.containsKey(slot.name())) {
                s = s.withoutSlot(slot.name());
            }
        }
        s = s.withFlow(flow.id(), null)
                .withContext(StateKeys.LAST_FLOW, flow.id())
                .withContext(StateKeys.CONFIRMED, null)
                .withLastIntent(flow.id());
        for (var e : preset.entrySet()) {
            s = remember(s, e.getKey(), e.getValue());
        }
        SlotDef carried = null;
        for (SlotDef slot : flow.slots()) {
            if (!preset.containsKey(slot.name())) {
                Optional<String> value = t.engine().extractor().extract(slot, t, false);
                if (value.isPresent()) {
                    s = remember(s, slot.name(), value.get());
                } else if (carried == null && slot.carryOver() && s.slots().containsKey(slot.name())) {
                    carried = slot;
                }
            }
        }
        String verifiedPhone = t.turn().customer().verifiedPhone();
        if (verifiedPhone != null) {
            s = s.withSlot("phone", verifiedPhone);
        }
        if (flow.verify() && verifiedPhone == null && !s.context().containsKey(StateKeys.VERIFIED_PHONE)) {
            return VerificationStep.begin(t, flow, s, before);
        }
        StepResult.Done next = advance(t, flow, s, before);
        return carried == null ? next : withCarriedNote(t, flow, carried, next);
    }

    /**
     * "好的，为订单 20241101001 办理退货。请问退货原因是什么？": when the flow goes on to ask something, the value
     * taken from earlier in the conversation is named, so that the customer sees it and can correct it.
     */
    private static StepResult.Done withCarriedNote(TurnContext t, FlowDef flow, SlotDef slot, StepResult.Done next) {
        String awaiting = next.state().awaitingSlot();
        if (awaiting == null || awaiting.startsWith("_") || next.replies().isEmpty()) {
            return next;
        }
        BotReply note = t.say(slot.carried() != null ? slot.carried() : "system.carried_over", next.state(), meta(flow),
                Map.of("value", next.state().slots().getOrDefault(slot.name(), "")));
        return new StepResult.Done(prefixLast(note.text(), next.replies()), next.state(), next.handoff());
    }

    /** The replies with a sentence put in front of the last one (the question), keeping its buttons. */
    static List<BotReply> prefixLast(String sentence, List<BotReply> replies) {
        List<BotReply> out = new ArrayList<>(replies);
        BotReply last = out.removeLast();
        String joiner = sentence.isEmpty() || sentence.charAt(sentence.length() - 1) >= 128 ? "" : " ";
        out.add(new BotReply(sentence + joiner + last.text(), last.quickReplies(), last.cards(), last.meta()));
        return out;
    }

    /** Asks for the next missing slot or the confirmation, or runs the flow's call when all is known. */
    static StepResult.Done advance(TurnContext t, FlowDef flow, DialogueState state, List<BotReply> before) {
        for (SlotDef slot : flow.slots()) {
            if (!state.slots().containsKey(slot.name())) {
                DialogueState asking = state.withFlow(flow.id(), slot.name());
                return done(before, prompt(t, flow, slot, asking, false), asking);
            }
        }
        if (flow.confirm() != null && !flow.id().equals(state.context().get(StateKeys.CONFIRMED))) {
            DialogueState confirming = state.withFlow(flow.id(), StateKeys.AWAIT_CONFIRM);
            return done(before, confirmation(t, flow, confirming), confirming);
        }
        return execute(t, flow, state, before);
    }

    /** The prompt for a slot, with its options as buttons. */
    static BotReply prompt(TurnContext t, FlowDef flow, SlotDef slot, DialogueState state, boolean again) {
        BotReply reply = t.say(again ? slot.reprompt() : slot.prompt(), state, meta(flow));
        return Responses.withButtons(reply, slot.options().stream()
                .map(o -> new org.kefu.dialogue.QuickReply(o.title().in(t.locale()), "/value " + o.target()))
                .toList());
    }

    /** The confirmation question, with yes/no buttons unless the response brings its own. */
    static BotReply confirmation(TurnContext t, FlowDef flow, DialogueState state) {
        BotReply reply = t.say(flow.confirm(), state, meta(flow));
        if (!reply.quickReplies().isEmpty()) {
            return reply;
        }
        return t.withButtons(reply, List.of(SystemButton.YES, SystemButton.NO));
    }

    /** The reply asking for whatever the flow is waiting for, used after a digression. */
    static Optional<BotReply> pendingPrompt(TurnContext t, DialogueState state) {
        Optional<FlowDef> flow = Optional.ofNullable(state.activeFlow()).flatMap(t.bot()::flow);
        String awaiting = state.awaitingSlot();
        if (flow.isEmpty() || awaiting == null) {
            return Optional.empty();
        }
        if (awaiting.equals(StateKeys.AWAIT_CONFIRM)) {
            return Optional.of(confirmation(t, flow.get(), state));
        }
        if (awaiting.equals(StateKeys.AWAIT_PHONE)) {
            return Optional.of(t.say("system.verify_phone", state, meta(flow.get())));
        }
        if (awaiting.equals(StateKeys.AWAIT_CODE)) {
            return Optional.of(t.say("system.verify_code", state, meta(flow.get())));
        }
        return flow.get().slots().stream().filter(s -> s.name().equals(awaiting)).findFirst()
                .map(slot -> prompt(t, flow.get(), slot, state, false));
    }

    private static StepResult.Done execute(TurnContext t, FlowDef flow, DialogueState state, List<BotReply> before) {
        ActionResult result = flow.call() == null
                ? ActionResult.ok(Map.of())
                : t.engine().actions().run(flow.call(), state.slots());
        DialogueState ended = state.withFlow(null, null)
                .withContext(StateKeys.CONFIRMED, null)
                .withLastIntent(flow.id());
        if (result.failed()) {
            LOG.warn("bot {} flow {}: call {} failed ({})", t.bot().id(), flow.id(), flow.call(), result.detail());
            return done(before, failure(t, flow, ended), ended);
        }
        for (var e : result.values().entrySet()) {
            ended = remember(ended, e.getKey(), e.getValue());
        }
        Map<String, String> facts = new LinkedHashMap<>(ended.slots());
        facts.put("outcome", result.outcome());
        for (FlowDef.Result r : flow.results()) {
            if (r.when().entrySet().stream().allMatch(w -> w.getValue().equalsIgnoreCase(facts.getOrDefault(w.getKey(), "")))) {
                return done(before, t.say(r.response(), ended, meta(flow)), ended);
            }
        }
        LOG.warn("bot {} flow {}: no result matches outcome {}", t.bot().id(), flow.id(), result.outcome());
        return done(before, failure(t, flow, ended), ended);
    }

    /** The honest reply when another system failed, offering a retry and a human. */
    static BotReply failure(TurnContext t, FlowDef flow, DialogueState state) {
        return t.withButtons(t.say("system.connector_failure", state, meta(flow)),
                List.of(SystemButton.RETRY, SystemButton.HANDOFF));
    }

    /** Sets a slot and remembers it in the slot's recent values, for "the other one". */
    static DialogueState remember(DialogueState state, String slot, String value) {
        String key = StateKeys.HISTORY + slot;
        List<String> history = new ArrayList<>(history(state, slot));
        history.remove(value);
        history.add(value);
        while (history.size() > HISTORY_SIZE) {
            history.removeFirst();
        }
        return state.withSlot(slot, value).withContext(key, String.join("|", history));
    }

    /** A slot's recent values, oldest first. */
    static List<String> history(DialogueState state, String slot) {
        String stored = state.context().get(StateKeys.HISTORY + slot);
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split("\\|"));
    }

    static ReplyMeta meta(FlowDef flow) {
        return new ReplyMeta(ReplySource.FLOW, flow.id(), 1.0);
    }

    private static StepResult.Done done(List<BotReply> before, BotReply reply, DialogueState state) {
        List<BotReply> replies = new ArrayList<>(before);
        replies.add(reply);
        return new StepResult.Done(replies, state);
    }
}
