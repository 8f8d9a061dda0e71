package org.kefu.dialogue;

import java.util.Locale;

/** Why the bot said what it said; reported to integrations as {@code meta.source}. */
public enum ReplySource {
    FAQ, FLOW, LLM, SMALLTALK, FALLBACK, HANDOFF;

    /** The lower-case wire name, e.g. {@code "faq"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
