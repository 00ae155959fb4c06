package dev.loopcoach.slack.web;

/** A Web API call that Slack refused ({@code ok:false}) or that failed on the network. */
public final class SlackCallException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String method;
    private final String error;
    private final boolean refused;

    /** A failure whose outcome is unknown (the request may have been carried out). */
    public SlackCallException(String method, String error, Throwable cause) {
        this(method, error, false, cause);
    }

    private SlackCallException(String method, String error, boolean refused, Throwable cause) {
        super(method + " failed: " + error, cause);
        this.method = method;
        this.error = error;
        this.refused = refused;
    }

    /** Slack answered and refused the call ({@code ok:false}, 429, another 4xx): it was certainly not carried out. */
    public static SlackCallException refused(String method, String error, Throwable cause) {
        return new SlackCallException(method, error, true, cause);
    }

    public String method() {
        return method;
    }

    /** Slack's error code such as {@code channel_not_found}, or a short description of the failure. */
    public String error() {
        return error;
    }

    /** True when Slack refused the call for certain; false when the outcome is unknown (network or server error). */
    public boolean refused() {
        return refused;
    }
}
