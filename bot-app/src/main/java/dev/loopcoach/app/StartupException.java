package dev.loopcoach.app;

/** An expected start-up failure (missing token, unreachable database) with a message that says what to do. */
public final class StartupException extends RuntimeException {
    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
