package org.kefu.server.conversation;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What became of a customer message.
 *
 * @param message the stored customer message (the original one when {@code duplicate})
 * @param replies the bot replies stored for it, in order; empty while a human has the conversation
 * @param duplicate true when the client had sent this clientMsgId before: nothing new was stored and the
 *     bot did not run again
 */
public record AppendResult(Message message, List<Message> replies, boolean duplicate) {
    public AppendResult {
        requireNonNull(message, "message");
        replies = List.copyOf(replies);
    }

    /** The sequence number the message was stored under. */
    public long seq() {
        return message.seq();
    }
}
