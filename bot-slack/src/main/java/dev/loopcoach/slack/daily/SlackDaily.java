package dev.loopcoach.slack.daily;

import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.DailyService;
import dev.loopcoach.core.daily.ThreadCoach;
import dev.loopcoach.core.port.ChannelPoster;
import dev.loopcoach.core.port.DailySettingsStore;
import dev.loopcoach.slack.SlackHooks;
import dev.loopcoach.slack.SlackUsers;
import java.util.function.Function;

/**
 * Connects the core's daily engine to the Slack bot. Make one, give its {@link #poster()} (and, in a process that
 * serves only Slack, {@link #slackChannelsOnly} of the settings) to the core's {@link DailyService}, then pass
 * {@link #hooks} to {@code SlackBot.builder(...).hooks(...)}:
 * <pre>{@code
 * SlackDaily slackDaily = new SlackDaily();
 * DailyService daily = new DailyService(SlackDaily.slackChannelsOnly(settings), posts, slackDaily.poster(), bank,
 *         clock, random, config);
 * SlackBot bot = SlackBot.builder(slackSettings, coach).hooks(slackDaily.hooks(daily, threadCoach)).start();
 * }</pre>
 */
public final class SlackDaily {
    private final SlackChannelPoster poster = new SlackChannelPoster();

    /** Posts into Slack once the bot has started (refuses before). */
    public ChannelPoster poster() {
        return poster;
    }

    /** What the bot plugs in: daily commands on {@code service}, thread replies to {@code threads}, and the poster connected. */
    public Function<DailyPublisher, SlackHooks> hooks(DailyService service, ThreadCoach threads) {
        ServiceDailyControl control = new ServiceDailyControl(service);
        DailyThreadReplies replies = new DailyThreadReplies(threads);
        return publisher -> {
            poster.connect(publisher);
            return new SlackHooks(control, replies);
        };
    }

    /**
     * The settings store for a {@link DailyService} in a process that posts only to Slack: its due-check then visits
     * Slack channels only (left unfiltered, it would try other platforms' channels through the Slack poster, fail,
     * and so use up their posts of the day). Reads and writes of single channels pass through.
     */
    public static DailySettingsStore slackChannelsOnly(DailySettingsStore settings) {
        return new SlackChannelSettings(settings);
    }

    /** A Slack channel as the core's daily engine knows it: {@code slack/<team>/<channel>}. */
    public static ChannelKey channelKey(String teamId, String channelId) {
        String team = teamId == null || teamId.isBlank() ? "T?" : teamId;
        return new ChannelKey(SlackUsers.PLATFORM, team, channelId);
    }
}
