package org.kefu.dialogue.testing;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One scripted conversation: how the session is opened and the lines to play.
 *
 * @param file the script file name, for messages
 * @param title the conversation's title ({@code # title} line)
 * @param line the line of the title
 * @param options locale, verified identity and time for the session
 * @param steps customer turns and expectations, in order
 */
public record ConversationScript(String file, String title, int line, SessionOptions options, List<Step> steps) {
    public ConversationScript {
        requireNonNull(file, "file");
        requireNonNull(title, "title");
        requireNonNull(options, "options");
        steps = List.copyOf(steps);
    }

    /** A line of a script. */
    public sealed interface Step permits Say, Press, Expect {
        /** The 1-based line in the script file. */
        int line();
    }

    /**
     * The customer types a message ({@code > text}).
     *
     * @param text the message
     * @param line its line
     */
    public record Say(String text, int line) implements Step {
    }

    /**
     * The customer presses a quick reply ({@code >> /payload}).
     *
     * @param payload what the button sends
     * @param line its line
     */
    public record Press(String payload, int line) implements Step {
    }

    /**
     * An expectation on the bot's answer to the last customer turn.
     *
     * @param kind what is checked
     * @param value the text, regular expression, or expected value
     * @param regex the compiled expression for {@link Kind#MATCHES}, otherwise null
     * @param line its line
     */
    public record Expect(Kind kind, String value, @org.jspecify.annotations.Nullable Pattern regex, int line) implements Step {
        /** The kinds of expectation. */
        public enum Kind {
            /** {@code < text}: some reply contains the text. */
            CONTAINS,
            /** {@code <! text}: no reply contains the text. */
            NOT_CONTAINS,
            /** {@code <~ regex}: some reply matches the expression (find). */
            MATCHES,
            /** {@code = source faq}: some reply has this meta.source. */
            SOURCE,
            /** {@code = intent shipping_fee}: some reply has this meta.intent. */
            INTENT,
            /** {@code = status queued}: the conversation status after the turn ({@code bot} or {@code queued}). */
            STATUS,
            /** {@code = handoff fraud}: the turn handed off for this reason. */
            HANDOFF,
            /** {@code = slot orderId=20241101001}: a slot holds this value (in-process drivers only). */
            SLOT,
            /** {@code = button 转人工}: some reply offers a quick reply with this title. */
            BUTTON
        }
    }
}
