package org.kefu.server.conversation;

import java.util.Locale;

/** Who wrote a message. */
public enum Sender {
    BOT, AGENT, CUSTOMER, SYSTEM;

    /** The lower-case name used in the protocol and the database, e.g. {@code "bot"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Sender fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
