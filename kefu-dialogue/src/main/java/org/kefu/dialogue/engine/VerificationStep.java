package org.kefu.dialogue.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kefu.dialogue.BotReply;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.connector.ActionResult;
import org.kefu.dialogue.definition.BotConfig;
import org.kefu.dialogue.definition.FlowDef;

/**
 * Verifies the customer's identity before a sensitive flow: phone number, then a one-time code checked
 * by the bot's connector. Too many wrong codes lock verification for the conversation and hand off.
 * The code itself is never stored in the state.
 */
final class VerificationStep implements DialogueStep {

    /** Starts verification for a flow whose slots may already be partly filled. */
    static StepResult.Done begin(TurnContext t, FlowDef flow, DialogueState state, List<BotReply> before) {
        if ("true".equals(state.context().get(StateKeys.VERIFY_LOCKED))) {
            return locked(t, state, before);
        }
        DialogueState asking = state.withFlow(flow.id(), StateKeys.AWAIT_PHONE);
        return done(before, t.say("system.verify_phone", asking, FlowRunner.meta(flow)), asking);
    }

    @Override
    public StepResult handle(TurnContext t, DialogueState state) {
        String awaiting = state.awaitingSlot();
        if (!StateKeys.AWAIT_PHONE.equals(awaiting) && !StateKeys.AWAIT_CODE.equals(awaiting)) {
            return new StepResult.Continue(state);
        }
        Optional<FlowDef> flow = Optional.ofNullable(state.activeFlow()).flatMap(t.bot()::flow);
        BotConfig.Verification verification = t.bot().config().verification();
        if (flow.isEmpty() || verification == null) {
            return new StepResult.Continue(state.withFlow(null, null));
        }
        return StateKeys.AWAIT_PHONE.equals(awaiting)
                ? phone(t, flow.get(), verification, state)
                : code(t, flow.get(), verification, state);
    }

    private static StepResult phone(TurnContext t, FlowDef flow, BotConfig.Verification v, DialogueState state) {
        Optional<String> phone = SlotExtractor.phone(t);
        if (phone.isEmpty()) {
            return retry(t, flow, state, "system.verify_phone_again");
        }
        DialogueState s = state.withSlot("phone", phone.get());
        if (v.sendCode() != null) {
            ActionResult sent = t.engine().actions().run(v.sendCode(), s.slots());
            if (sent.failed()) {
                return done(List.of(), FlowRunner.failure(t, flow, state), state.withRepromptCount(0));
            }
            if (!sent.outcome().equals(ActionResult.OK)) {
                // Same words whether the number is unknown or malformed: the bot must not reveal who is a customer.
                return retry(t, flow, state, "system.verify_phone_rejected");
            }
        }
        DialogueState asking = s.withFlow(flow.id(), StateKeys.AWAIT_CODE);
        return done(List.of(), t.say("system.verify_code", asking, FlowRunner.meta(flow)), asking);
    }

    private static StepResult code(TurnContext t, FlowDef flow, BotConfig.Verification v, DialogueState state) {
        Optional<String> code = SlotExtractor.code(t);
        if (code.isEmpty()) {
            return retry(t, flow, state, "system.verify_code_again");
        }
        Map<String, String> slots = new HashMap<>(state.slots());
        slots.put("code", code.get());
        ActionResult checked = t.engine().actions().run(v.checkCode(), slots);
        if (checked.failed()) {
            return done(List.of(), FlowRunner.failure(t, flow, state), state.withRepromptCount(0));
        }
        if (checked.outcome().equals(ActionResult.OK)) {
            DialogueState verified = state.withContext(StateKeys.VERIFIED_PHONE, state.slots().getOrDefault("phone", ""))
                    .withContext(StateKeys.VERIFY_ATTEMPTS, null)
                    .withFlow(flow.id(), null);
            BotReply ok = t.say("system.verified", verified, FlowRunner.meta(flow));
            return FlowRunner.advance(t, flow, verified, List.of(ok));
        }
        int attempts = Integer.parseInt(state.context().getOrDefault(StateKeys.VERIFY_ATTEMPTS, "0")) + 1;
        if (attempts >= v.maxAttempts()) {
            DialogueState lockedState = state.withContext(StateKeys.VERIFY_LOCKED, "true")
                    .withContext(StateKeys.VERIFY_ATTEMPTS, null);
            return locked(t, lockedState, List.of());
        }
        DialogueState next = state.withContext(StateKeys.VERIFY_ATTEMPTS, String.valueOf(attempts));
        return done(List.of(), t.say("system.verify_wrong_code", next, FlowRunner.meta(flow),
                Map.of("remaining", String.valueOf(v.maxAttempts() - attempts))), next);
    }

    private static StepResult retry(TurnContext t, FlowDef flow, DialogueState state, String response) {
        Optional<StepResult.Done> digression = FaqStep.digression(t, state);
        if (digression.isPresent()) {
            return digression.get();
        }
        int count = state.repromptCount() + 1;
        DialogueState next = state.withRepromptCount(count);
        if (count > t.bot().config().maxReprompts()) {
            return done(List.of(), t.withButtons(t.say("system.reprompt_limit", next, FlowRunner.meta(flow)),
                    List.of(SystemButton.HANDOFF, SystemButton.CANCEL)), next);
        }
        return done(List.of(), t.say(response, next, FlowRunner.meta(flow)), next);
    }

    private static StepResult.Done locked(TurnContext t, DialogueState state, List<BotReply> before) {
        List<BotReply> replies = new java.util.ArrayList<>(before);
        replies.add(t.say("system.verify_locked", state,
                new org.kefu.dialogue.ReplyMeta(org.kefu.dialogue.ReplySource.HANDOFF, "verification_locked", 1.0)));
        return Handoffs.handoff(t, state, "verification_locked", replies);
    }

    private static StepResult.Done done(List<BotReply> before, BotReply reply, DialogueState state) {
        List<BotReply> replies = new java.util.ArrayList<>(before);
        replies.add(reply);
        return new StepResult.Done(replies, state);
    }
}
