package dev.loopcoach.core.daily;

import dev.loopcoach.core.port.UserKey;
import java.util.Objects;

/**
 * A person's message in a thread under a channel message. {@code threadRef} is the thread's root message
 * (the Slack {@code thread_ts}, the Discord message id that started the thread); {@code messageRef} is this
 * message's own reference, used to answer each message at most once.
 */
public record ThreadMessage(ChannelKey channel, String threadRef, String messageRef, UserKey user, String text) {
    public ThreadMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(threadRef, "threadRef");
        Objects.requireNonNull(messageRef, "messageRef");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(text, "text");
    }
}
