package org.kefu.server.conversation;

/** A conversation was asked for with a bot id this server does not serve. */
public final class UnknownBotException extends ConversationException {
    private final String bot;

    public UnknownBotException(String bot) {
        super("unknown bot: " + bot);
        this.bot = bot;
    }

    /** The bot id asked for. */
    public String bot() {
        return bot;
    }
}
