package dev.loopcoach.core.testing;

import dev.loopcoach.core.port.ChannelSettingsStore;
import dev.loopcoach.core.port.PracticeLog;
import dev.loopcoach.core.port.PrivacyStore;
import dev.loopcoach.core.port.SessionStore;
import dev.loopcoach.core.port.StoryStore;
import dev.loopcoach.core.port.UserPrefsStore;

/**
 * The storage ports of one running "process", as the contract suite sees them.
 * {@code closer} releases what the process holds (a connection pool, a cache); it never erases data.
 */
public record StoreSet(
        SessionStore sessions,
        PracticeLog practice,
        StoryStore stories,
        UserPrefsStore prefs,
        PrivacyStore privacy,
        ChannelSettingsStore channelSettings,
        AutoCloseable closer) implements AutoCloseable {

    @Override
    public void close() throws Exception {
        closer.close();
    }
}
