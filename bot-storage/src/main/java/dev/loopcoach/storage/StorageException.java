package dev.loopcoach.storage;

/** The database failed (unreachable, broken SQL, a row that cannot be read). The message never holds a password. */
public final class StorageException extends dev.loopcoach.core.port.StoreUnavailableException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
