package dev.loopcoach.slack.daily;

import dev.loopcoach.core.daily.DailySchedule;
import dev.loopcoach.core.reply.Reply;

/**
 * The daily-question engine as the Slack commands see it. The adapter has already checked that the caller
 * may change the channel's settings (workspace admin/owner or on the allow-list) and parsed the arguments with
 * the core's {@link dev.loopcoach.core.daily.DailyScheduleParser}; the engine stores the settings, posts (through a
 * {@link DailyPublisher}) and says what it did. {@link ServiceDailyControl} is the one backed by the core engine.
 */
public interface DailyControl {
    /** Turns daily questions on (or changes them) for a channel. */
    Reply set(DailyChannel channel, DailySchedule schedule);

    Reply off(DailyChannel channel);

    /** Posts a question now; the engine decides how often that may happen per day, and the reply says what happened. */
    Reply postNow(DailyChannel channel);

    /**
     * "Now" in two steps around the ack: this writes the post down (claims today's slot) and returns the step that
     * sends it, so a process that dies after the ack leaves a claim the engine's repair still posts. By default both
     * happen here.
     */
    default java.util.function.Supplier<Reply> reserveNow(DailyChannel channel) {
        Reply reply = postNow(channel);
        return () -> reply;
    }

    /** The channel's current settings for people to read. */
    Reply describe(DailyChannel channel);

    /** Sends every verdict on answers in this channel's daily threads privately (true) or in the thread. */
    default Reply verdicts(DailyChannel channel, boolean privately) {
        return Reply.error("Daily questions are not configured on this Loop Coach server yet, so nothing was changed.");
    }

    /** Used until the engine is connected: every command says plainly that nothing is set up. */
    DailyControl NOT_CONFIGURED = new DailyControl() {
        private static final String TEXT = "Daily questions are not configured on this Loop Coach server yet, "
                + "so nothing was changed or posted. Ask the person who runs Loop Coach to enable them.";

        @Override
        public Reply set(DailyChannel channel, DailySchedule schedule) {
            return Reply.error(TEXT);
        }

        @Override
        public Reply off(DailyChannel channel) {
            return Reply.error(TEXT);
        }

        @Override
        public Reply postNow(DailyChannel channel) {
            return Reply.error(TEXT);
        }

        @Override
        public Reply describe(DailyChannel channel) {
            return Reply.info("Daily questions are not configured on this server.");
        }
    };
}
