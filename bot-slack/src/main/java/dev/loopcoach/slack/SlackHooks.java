package dev.loopcoach.slack;

import dev.loopcoach.slack.daily.DailyControl;
import dev.loopcoach.slack.event.ThreadReplyHandler;

/**
 * What the daily-question engine plugs into the Slack bot, and the practice board that shares its poster. Until it is
 * connected, daily commands answer that daily questions are not configured and thread replies are left alone.
 */
public record SlackHooks(DailyControl daily, ThreadReplyHandler threads,
                         java.util.Optional<dev.loopcoach.core.together.PracticeBoard> board,
                         java.util.Optional<dev.loopcoach.core.together.GuessGame> guesses,
                         java.util.Optional<dev.loopcoach.core.together.CoachView> coachView) {
    public SlackHooks(DailyControl daily, ThreadReplyHandler threads) {
        this(daily, threads, java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty());
    }

    public static SlackHooks none() {
        return new SlackHooks(DailyControl.NOT_CONFIGURED, ThreadReplyHandler.NONE);
    }
}
