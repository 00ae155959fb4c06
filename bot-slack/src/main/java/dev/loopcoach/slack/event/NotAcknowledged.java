package dev.loopcoach.slack.event;

/**
 * Thrown by a handler that must not let Slack think the request was taken (the store could not keep it): the HTTP
 * front answers 503 and Socket Mode sends no ack, so Slack delivers it again. Carries no stack trace: it is expected.
 */
public final class NotAcknowledged extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotAcknowledged(String why) {
        super(why, null, false, false);
    }
}
