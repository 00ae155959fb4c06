package dev.loopcoach.storage;

import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.DailyPostStore;
import dev.loopcoach.core.port.DailySettingsStore;
import dev.loopcoach.core.port.ThreadDialogStore;

/**
 * The daily-question ports on the database (tables of migration V2), next to the other stores:
 * <pre>{@code
 * DailyStores daily = DailyStores.on(storage, Clock.system());
 * }</pre>
 */
public final class DailyStores {
    private final JdbcDailySettingsStore settings;
    private final JdbcDailyPostStore posts;
    private final JdbcThreadDialogStore dialogs;

    private DailyStores(Database db, Clock clock) {
        this.settings = new JdbcDailySettingsStore(db, clock);
        this.posts = new JdbcDailyPostStore(db);
        this.dialogs = new JdbcThreadDialogStore(db, clock);
    }

    /** @param clock stamps rows the ports give no time for (when settings changed, when a person was first seen) */
    public static DailyStores on(Storage storage, Clock clock) {
        return new DailyStores(storage.database(), clock);
    }

    public DailySettingsStore settings() {
        return settings;
    }

    public DailyPostStore posts() {
        return posts;
    }

    public ThreadDialogStore dialogs() {
        return dialogs;
    }
}
