package dev.loopcoach.core.port;

/**
 * A store could not do what was asked (its database is unreachable, its disk is full, a write was refused). Stores
 * throw it, or a subclass, so the coach can tell the person their storage is down rather than that it has a bug.
 */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
