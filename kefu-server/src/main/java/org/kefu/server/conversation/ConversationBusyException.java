package org.kefu.server.conversation;

/** The conversation's lock could not be had in time; the client may retry with the same clientMsgId. */
public final class ConversationBusyException extends ConversationException {
    public ConversationBusyException(String conversationId) {
        super("conversation is busy: " + conversationId);
    }
}
