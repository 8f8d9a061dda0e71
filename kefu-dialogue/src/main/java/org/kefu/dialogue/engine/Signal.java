package org.kefu.dialogue.engine;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a quick-reply payload asks for ({@code /faq id}, {@code /intent name}, {@code /yes}…), or
 * {@link Kind#NONE} for typed text and unknown payloads.
 *
 * @param kind the request
 * @param argument the FAQ id, intent name or slot value; empty when the kind has none
 */
record Signal(Kind kind, String argument) {

    enum Kind { NONE, FAQ, INTENT, HANDOFF, LEAVE_MESSAGE, YES, NO, CANCEL, VALUE, RETRY }

    static Signal parse(@Nullable String payload) {
        if (payload == null || !payload.startsWith("/")) {
            return new Signal(Kind.NONE, "");
        }
        String[] parts = payload.strip().split("\\s+", 2);
        String arg = parts.length > 1 ? parts[1].strip() : "";
        Kind kind = switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "/faq" -> arg.isEmpty() ? Kind.NONE : Kind.FAQ;
            case "/intent" -> arg.isEmpty() ? Kind.NONE : Kind.INTENT;
            case "/value" -> arg.isEmpty() ? Kind.NONE : Kind.VALUE;
            case "/handoff" -> Kind.HANDOFF;
            case "/leave_message" -> Kind.LEAVE_MESSAGE;
            case "/yes" -> Kind.YES;
            case "/no" -> Kind.NO;
            case "/cancel" -> Kind.CANCEL;
            case "/retry" -> Kind.RETRY;
            default -> Kind.NONE;
        };
        return new Signal(kind, arg);
    }

    boolean is(Kind k) {
        return kind == k;
    }
}
