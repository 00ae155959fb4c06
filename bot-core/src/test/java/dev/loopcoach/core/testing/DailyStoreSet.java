package dev.loopcoach.core.testing;

import dev.loopcoach.core.port.DailyPostStore;
import dev.loopcoach.core.port.DailySettingsStore;
import dev.loopcoach.core.port.ThreadDialogStore;

/** The daily-question ports of one running "process"; {@code closer} releases what it holds, never data. */
public record DailyStoreSet(DailySettingsStore settings, DailyPostStore posts, ThreadDialogStore dialogs,
                            AutoCloseable closer) implements AutoCloseable {
    @Override
    public void close() throws Exception {
        closer.close();
    }
}
