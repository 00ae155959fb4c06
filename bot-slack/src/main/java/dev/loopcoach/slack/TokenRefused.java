package dev.loopcoach.slack;

/** Slack refused a token at start-up; the message names the variable and the fix, and is safe to print. */
public final class TokenRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TokenRefused(String message) {
        super(message, null, false, false);
    }
}
