package org.kefu.dialogue.engine;

import java.util.List;
import java.util.Optional;
import org.kefu.dialogue.BotReply;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.ReplyMeta;
import org.kefu.dialogue.ReplySource;
import org.kefu.dialogue.definition.FaqDef;
import org.kefu.dialogue.definition.IntentDef;
import org.kefu.nlu.FaqHit;
import org.kefu.nlu.IntentScore;

/**
 * Answers an FAQ: a pressed FAQ button, or the top FAQ hit when it reaches the bot's threshold (and no
 * smalltalk or handoff intent is more certain). Also answers FAQs asked in the middle of a flow, then
 * repeats what the flow was waiting for.
 */
final class FaqStep implements DialogueStep {

    @Override
    public StepResult handle(TurnContext t, DialogueState state) {
        return find(t).<StepResult>map(hit -> new StepResult.Done(
                        List.of(answer(t, hit.faq(), hit.confidence())), state.withLastIntent(hit.faq().id())))
                .orElse(new StepResult.Continue(state));
    }

    /** A digression: the FAQ answer, then the flow's pending question again. */
    static Optional<StepResult.Done> digression(TurnContext t, DialogueState state) {
        Optional<Hit> hit = find(t);
        Optional<BotReply> pending = FlowRunner.pendingPrompt(t, state);
        if (hit.isEmpty() || pending.isEmpty()) {
            return Optional.empty();
        }
        BotReply prompt = pending.get();
        String resume = t.say("system.resume", state, prompt.meta()).text();
        BotReply resumed = new BotReply(resume + prompt.text(), prompt.quickReplies(), prompt.cards(), prompt.meta());
        return Optional.of(new StepResult.Done(List.of(answer(t, hit.get().faq(), hit.get().confidence()), resumed), state));
    }

    static BotReply answer(TurnContext t, FaqDef faq, double confidence) {
        Responses r = t.engine().responses();
        return new BotReply(faq.answer().in(t.locale()), r.buttons(faq.quickReplies(), t.locale()),
                r.links(faq.links(), t.locale()), new ReplyMeta(ReplySource.FAQ, faq.id(), confidence));
    }

    private record Hit(FaqDef faq, double confidence) {
    }

    private static Optional<Hit> find(TurnContext t) {
        if (t.signal().is(Signal.Kind.FAQ)) {
            return t.bot().faq(t.signal().argument()).map(f -> new Hit(f, 1.0));
        }
        if (t.signal().kind() != Signal.Kind.NONE) {
            return Optional.empty();
        }
        Optional<FaqHit> hit = t.confidentFaq();
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        Optional<IntentScore> intent = t.confidentIntent();
        if (intent.isPresent() && intent.get().confidence() > hit.get().confidence()) {
            Optional<IntentDef> def = t.bot().intent(intent.get().intent());
            if (def.isPresent() && (def.get().reply() != null || def.get().handoff() != null)) {
                return Optional.empty();
            }
            Optional<Hit> policy = policyOffering(t, intent.get().intent());
            if (policy.isPresent()) {
                return policy;
            }
        }
        return t.bot().faq(hit.get().faqId()).map(f -> new Hit(f, hit.get().confidence()));
    }

    /** Whether a confident FAQ hit offers the button that starts the flow of {@code intent}. */
    static boolean offersToStart(TurnContext t, String intent) {
        return policyOffering(t, intent).isPresent();
    }

    /**
     * A flow request without what the flow needs first ("I need to return a purchase") is answered with the
     * policy, whose button starts that flow. Among FAQ hits that clear the threshold, the one offering the
     * button beats a neighbouring answer that merely scores as high ("who pays return shipping").
     */
    private static Optional<Hit> policyOffering(TurnContext t, String intent) {
        if (t.bot().flowTriggeredBy(intent).isEmpty()) {
            return Optional.empty();
        }
        String button = "/intent " + intent;
        double threshold = t.bot().config().faqThreshold();
        for (FaqHit hit : t.turn().understanding().faqHits()) {
            if (hit.confidence() < threshold) {
                break;
            }
            Optional<FaqDef> faq = t.bot().faq(hit.faqId())
                    .filter(f -> f.quickReplies().stream().anyMatch(b -> b.target().equals(button)));
            if (faq.isPresent()) {
                return Optional.of(new Hit(faq.get(), hit.confidence()));
            }
        }
        return Optional.empty();
    }
}
