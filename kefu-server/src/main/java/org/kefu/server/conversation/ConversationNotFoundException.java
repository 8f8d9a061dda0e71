package org.kefu.server.conversation;

/** The conversation does not exist, or does not belong to the customer asking (we do not tell which). */
public final class ConversationNotFoundException extends ConversationException {
    public ConversationNotFoundException(String conversationId) {
        super("conversation not found: " + conversationId);
    }
}
