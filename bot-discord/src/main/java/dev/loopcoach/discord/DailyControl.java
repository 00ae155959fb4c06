package dev.loopcoach.discord;

import dev.loopcoach.core.daily.ThreadCoach;
import dev.loopcoach.core.reply.Reply;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The daily-question engine as the Discord settings commands see it. The engine (schedule, LP
 * rotation, exactly-once posting) lives in the core and storage; {@code DiscordDaily.control(service, coach)}
 * connects it. Without it {@link #notConfigured()} answers every request honestly that it is not available.
 *
 * <p>Callers have already checked that the member may manage the server.
 */
public interface DailyControl {

    /** Whether a daily engine is connected on this bot. */
    boolean configured();

    /** Creates or changes the guild's daily question; absent fields keep their current (or default) value. */
    Reply schedule(DailySchedule schedule);

    /** Stops the guild's daily question. */
    Reply turnOff(String guildId, String requestedBy);

    /** Posts today's question now (once; a repeat on the same day is refused by the engine). */
    Reply postNow(String guildId, String requestedBy);

    /**
     * "Now" in two steps around the defer: this claims today's post and returns the step that sends it, so a process
     * that dies after the defer leaves a claim the engine's repair still posts. By default both happen here.
     */
    default java.util.function.Supplier<Reply> reserveNow(String guildId, String requestedBy) {
        Reply reply = postNow(guildId, requestedBy);
        return () -> reply;
    }

    /** Sends verdicts on answers in the server's daily threads privately (true) or in the thread. */
    default Reply verdicts(String guildId, boolean privately) {
        return Reply.error(NOT_CONFIGURED);
    }

    /**
     * The coach for answers given in daily threads (Answer buttons, forms, messages that mention the bot);
     * empty when the daily question is not connected, and then the bot offers none of that.
     */
    default Optional<ThreadCoach> threadCoach() {
        return Optional.empty();
    }

    /** The coach's view (members who share their practice) and the principle of the week; empty without the engine. */
    default Optional<dev.loopcoach.core.together.CoachView> coachView() {
        return Optional.empty();
    }

    /** "Guess the Bar Raiser" under daily answers; empty without the daily engine. */
    default Optional<dev.loopcoach.core.together.GuessGame> guesses() {
        return Optional.empty();
    }

    /** The server's opt-in practice board (its weekly shout-out posts with the daily engine); empty without one. */
    default Optional<dev.loopcoach.core.together.PracticeBoard> board() {
        return Optional.empty();
    }

    /**
     * Peer mock interviews ({@code /mockinterview type: Peer mock}, their buttons, DMs and private threads); empty on a
     * bot without them, and then the command says they are not available.
     */
    default Optional<dev.loopcoach.core.together.PeerMock> peers() {
        return Optional.empty();
    }

    /**
     * @param guildId the server
     * @param channelId where the question is posted
     * @param time local posting time
     * @param zone the time zone of {@code time}
     * @param days the days it is posted
     * @param topic what the questions rotate through (all 16 principles, one principle, one category); empty keeps it
     * @param requestedBy the Discord user id of the admin who asked
     */
    record DailySchedule(String guildId, String channelId, Optional<LocalTime> time, Optional<ZoneId> zone,
            Optional<Set<DayOfWeek>> days, Optional<dev.loopcoach.core.daily.Rotation> topic, String requestedBy) {
        public DailySchedule {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(guildId, "guildId");
            Objects.requireNonNull(channelId, "channelId");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(zone, "zone");
            days = days.map(Set::copyOf);
            Objects.requireNonNull(requestedBy, "requestedBy");
        }
    }

    String NOT_CONFIGURED = "Daily questions are not configured on this bot yet, so nothing was changed. "
            + "Ask whoever runs Loop Coach to enable the daily-question engine.";

    /** The stand-in used until a daily engine is connected: every request is refused, nothing pretends to work. */
    static DailyControl notConfigured() {
        return new DailyControl() {
            @Override
            public boolean configured() {
                return false;
            }

            @Override
            public Reply schedule(DailySchedule schedule) {
                return Reply.error(NOT_CONFIGURED);
            }

            @Override
            public Reply turnOff(String guildId, String requestedBy) {
                return Reply.error(NOT_CONFIGURED);
            }

            @Override
            public Reply postNow(String guildId, String requestedBy) {
                return Reply.error(NOT_CONFIGURED);
            }
        };
    }
}
