package dev.loopcoach.core.port;

/** Another process changed the session since it was read; the caller retries on fresh state or tells the user. */
public final class ConcurrentUpdateException extends RuntimeException {
    public ConcurrentUpdateException(String message) {
        super(message);
    }
}
