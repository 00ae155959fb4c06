package dev.loopcoach.slack.daily;

import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.DailySettings;
import dev.loopcoach.core.port.DailySettingsStore;
import dev.loopcoach.slack.SlackUsers;
import java.util.List;
import java.util.Optional;

/**
 * The daily settings as a Slack-only process sees them: {@link #enabled()} lists only Slack channels, so the core's
 * due-check in this process never tries (and fails, and so uses up) another platform's posts. Everything else
 * passes through to the shared store.
 */
final class SlackChannelSettings implements DailySettingsStore {
    private final DailySettingsStore all;

    SlackChannelSettings(DailySettingsStore all) {
        this.all = all;
    }

    @Override
    public Optional<DailySettings> find(ChannelKey channel) {
        return all.find(channel);
    }

    @Override
    public void save(DailySettings settings) {
        all.save(settings);
    }

    @Override
    public List<DailySettings> enabled() {
        return all.enabled().stream().filter(s -> SlackUsers.PLATFORM.equals(s.channel().platform())).toList();
    }

    @Override
    public List<DailySettings> enabledIn(String platform, String workspaceId) {
        return all.enabledIn(platform, workspaceId);
    }
}
