package dev.loopcoach.core.port;

import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.DailySettings;
import java.util.List;
import java.util.Optional;

/** The daily-question settings of each channel. */
public interface DailySettingsStore {

    Optional<DailySettings> find(ChannelKey channel);

    /** Stores or replaces the channel's settings. */
    void save(DailySettings settings);

    /** Every channel whose daily questions are on, in no particular order. */
    List<DailySettings> enabled();

    /** The channels of one workspace (Discord guild, Slack team) whose daily questions are on. */
    List<DailySettings> enabledIn(String platform, String workspaceId);
}
