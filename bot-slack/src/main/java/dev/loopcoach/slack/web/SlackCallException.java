package dev.loopcoach.slack.web;

/** A Web API call that Slack refused ({@code ok:false}) or that failed on the network. */
public final class SlackCallException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String method;
    private final String error;

    public SlackCallException(String method, String error, Throwable cause) {
        super(method + " failed: " + error, cause);
        this.method = method;
        this.error = error;
    }

    public String method() {
        return method;
    }

    /** Slack's error code such as {@code channel_not_found}, or a short description of the failure. */
    public String error() {
        return error;
    }
}
