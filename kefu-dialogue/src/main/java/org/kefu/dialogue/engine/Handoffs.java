package org.kefu.dialogue.engine;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kefu.dialogue.BotReply;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.HandoffRequest;
import org.kefu.dialogue.ReplyMeta;
import org.kefu.dialogue.ReplySource;
import org.kefu.dialogue.definition.BotConfig;
import org.kefu.dialogue.definition.ServiceHours;

/** Builds the turn that hands a conversation to a human: the request, and a reply saying what happens next. */
final class Handoffs {

    private Handoffs() {
    }

    /**
     * Hands off for a reason. Within service hours the customer is told an agent is coming; outside them
     * the customer is offered to leave a message and the request says so.
     *
     * @param before replies to send before the handoff message
     */
    static StepResult.Done handoff(TurnContext t, DialogueState state, String reason, List<BotReply> before) {
        BotConfig config = t.bot().config();
        ServiceHours hours = config.serviceHours();
        boolean open = hours.isOpen(t.turn().at());
        DialogueState next = state.withFlow(null, null)
                .withContext(StateKeys.CONFIRMED, null)
                .withFallbackCount(0);
        ReplyMeta meta = new ReplyMeta(ReplySource.HANDOFF, reason, 1.0);
        BotReply reply;
        if (open) {
            reply = t.say("system.handoff", next, meta);
        } else {
            reply = t.withButtons(t.say("system.handoff_offline", next, meta, Map.of(
                    "open", hours.open().toString(),
                    "close", hours.close().toString(),
                    "zone", hours.zone().getDisplayName(TextStyle.FULL, t.locale()))),
                    List.of(SystemButton.LEAVE_MESSAGE));
        }
        List<BotReply> replies = new ArrayList<>(before);
        replies.add(reply);
        return new StepResult.Done(replies, next, new HandoffRequest(reason, config.teamFor(reason), open));
    }
}
