package dev.loopcoach.slack.daily;

import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.DailyService;
import dev.loopcoach.core.daily.ThreadCoach;
import dev.loopcoach.core.port.ChannelPoster;
import dev.loopcoach.slack.SlackHooks;
import dev.loopcoach.slack.SlackUsers;
import java.util.function.Function;

/**
 * Connects the core's daily engine to the Slack bot. Make one, give its {@link #poster()} to the core's
 * {@link DailyService} (directly in a Slack-only process, or registered for "slack" in the core's
 * {@link dev.loopcoach.core.daily.PlatformPosters}), then pass {@link #hooks} to {@code SlackBot.builder(...).hooks(...)}:
 * <pre>{@code
 * SlackDaily slackDaily = new SlackDaily();
 * DailyService daily = new DailyService(settings, posts, slackDaily.poster(), bank, clock, random, config);
 * SlackBot bot = SlackBot.builder(slackSettings, coach).hooks(slackDaily.hooks(daily, threadCoach)).start();
 * }</pre>
 */
public final class SlackDaily {
    private final SlackChannelPoster poster = new SlackChannelPoster();

    /** Posts into Slack once the bot has started; serves only the "slack" platform, and only from then on. */
    public ChannelPoster poster() {
        return poster;
    }

    /** What the bot plugs in: daily commands on {@code service}, thread replies to {@code threads}, and the poster connected. */
    public Function<DailyPublisher, SlackHooks> hooks(DailyService service, ThreadCoach threads) {
        return hooks(service, threads, java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty());
    }

    /** As above, with the workspace's practice board (its weekly shout-out posts through this poster). */
    public Function<DailyPublisher, SlackHooks> hooks(DailyService service, ThreadCoach threads,
                                                      java.util.Optional<dev.loopcoach.core.together.PracticeBoard> board,
                                                      java.util.Optional<dev.loopcoach.core.together.GuessGame> guesses,
                                                      java.util.Optional<dev.loopcoach.core.together.CoachView> coachView) {
        ServiceDailyControl control = new ServiceDailyControl(service, java.util.Optional.ofNullable(threads));
        DailyThreadReplies replies = new DailyThreadReplies(threads, guesses);
        return publisher -> {
            poster.connect(publisher);
            return new SlackHooks(control, replies, board, guesses, coachView);
        };
    }

    /** A Slack channel as the core's daily engine knows it: {@code slack/<team>/<channel>}. */
    public static ChannelKey channelKey(String teamId, String channelId) {
        String team = teamId == null || teamId.isBlank() ? "T?" : teamId;
        return new ChannelKey(SlackUsers.PLATFORM, team, channelId);
    }
}
