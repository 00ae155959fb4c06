package dev.loopcoach.app.config;

/** Start-up stops with this: one message naming the file, the key and the fix. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
