package org.kefu.server.conversation;

/** The bot is configured but still loading (or failed to load); the client may retry shortly. */
public final class BotNotReadyException extends ConversationException {
    public BotNotReadyException(String bot) {
        super("bot is not ready: " + bot);
    }
}
