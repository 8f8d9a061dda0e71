package org.kefu.server.testbot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kefu.dialogue.BotReply;
import org.kefu.dialogue.DialogueEngine;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.HandoffRequest;
import org.kefu.dialogue.QuickReply;
import org.kefu.dialogue.ReplyMeta;
import org.kefu.dialogue.ReplySource;
import org.kefu.dialogue.Turn;
import org.kefu.dialogue.TurnResult;
import org.kefu.nlu.IntentScore;
import org.kefu.nlu.Language;
import org.kefu.nlu.Understander;
import org.kefu.nlu.Understanding;
import org.kefu.server.bot.Bot;

/**
 * A deterministic bot for the conversation core's tests. It echoes with the turn number it keeps in the
 * dialogue state; "human" hands off to team {@code test-team}; "crash" throws; "two" answers twice;
 * "unknown" falls back.
 */
public final class EchoBot implements DialogueEngine {

    /** A bot with this engine and an understander that always finds intent {@code echo} at 0.9. */
    public static Bot bot(String id) {
        Understander understander = text -> new Understanding(text, text.toLowerCase(Locale.ROOT), Language.UNKNOWN,
                List.of(), List.of(), List.of(new IntentScore("echo", 0.9)), List.of(), false);
        return new Bot(id, understander, new EchoBot());
    }

    @Override
    public TurnResult handle(Turn turn, DialogueState state) {
        int turnNumber = Integer.parseInt(state.context().getOrDefault("turns", "0")) + 1;
        Map<String, String> context = new HashMap<>(state.context());
        context.put("turns", Integer.toString(turnNumber));
        DialogueState next = new DialogueState(null, null, state.slots(), 0, 0, "echo", context);
        List<BotReply> replies = new ArrayList<>();
        HandoffRequest handoff = null;
        switch (turn.text()) {
            case "crash" -> throw new IllegalStateException("the echo bot was asked to crash");
            case "human" -> {
                replies.add(BotReply.text("Connecting you to a person", new ReplyMeta(ReplySource.HANDOFF, "handoff", 1)));
                handoff = new HandoffRequest("requested", "test-team", true);
            }
            case "unknown" -> replies.add(BotReply.text("I am not sure", new ReplyMeta(ReplySource.FALLBACK, null, 0)));
            case "two" -> {
                replies.add(BotReply.text("first", new ReplyMeta(ReplySource.FLOW, "two", 0.8)));
                replies.add(BotReply.text("second", new ReplyMeta(ReplySource.FLOW, "two", 0.8)));
            }
            default -> replies.add(new BotReply("You said: " + turn.text() + " (turn " + turnNumber + ")",
                    List.of(new QuickReply("Again", "again")), List.of(),
                    new ReplyMeta(ReplySource.FAQ, "echo", 0.9)));
        }
        return new TurnResult(replies, next, handoff);
    }

    @Override
    public BotReply welcome(Locale locale) {
        String text = locale.getLanguage().equals("zh") ? "你好，我是测试机器人" : "Hello, I am the test bot";
        return new BotReply(text, List.of(new QuickReply("Shipping", "faq:shipping")), List.of(),
                new ReplyMeta(ReplySource.SMALLTALK, "greeting", 1));
    }
}
