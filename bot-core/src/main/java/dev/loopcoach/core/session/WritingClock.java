package dev.loopcoach.core.session;

import java.time.Duration;
import java.time.Instant;

/**
 * The time box of a written exercise as the writer sees it: minutes used and left with each part sent, and the time it
 * took at hand-in. The real exercise is timed too, so the practice says how the writer is doing against the box.
 * {@code endsAt} is when the box ends, while it has not yet (each surface shows it as a countdown in its own idiom).
 */
public record WritingClock(long usedMinutes, int boxMinutes, java.util.Optional<Instant> endsAt) {
    public WritingClock(long usedMinutes, int boxMinutes) {
        this(usedMinutes, boxMinutes, java.util.Optional.empty());
    }

    public static WritingClock of(Instant since, Instant now, int boxMinutes) {
        long used = Math.max(0, Duration.between(since, now).toMinutes());
        Instant end = since.plus(Duration.ofMinutes(boxMinutes));
        return new WritingClock(used, boxMinutes, end.isAfter(now) ? java.util.Optional.of(end) : java.util.Optional.empty());
    }

    /** "12 of your 45 minutes used, about 33 left." or how far past the box the draft is. */
    public String sofar() {
        if (usedMinutes <= boxMinutes) {
            long left = boxMinutes - usedMinutes;
            return usedMinutes + " of your " + boxMinutes + " minutes used, about " + minutes(left) + " left.";
        }
        return "The " + boxMinutes + "-minute time box ran out " + minutes(usedMinutes - boxMinutes) + " ago: wrap up and "
                + "hand it in.";
    }

    /** The line above the review: how long the memo took against the box. */
    public String handedIn() {
        return usedMinutes <= boxMinutes
                ? "Written in " + minutes(usedMinutes) + ", inside the " + boxMinutes + "-minute time box."
                : "Written in " + minutes(usedMinutes) + ", " + minutes(usedMinutes - boxMinutes) + " over the " + boxMinutes
                        + "-minute time box; in the real exercise, plan the last ten minutes for cutting.";
    }

    private static String minutes(long m) {
        return m == 1 ? "1 minute" : m + " minutes";
    }
}
