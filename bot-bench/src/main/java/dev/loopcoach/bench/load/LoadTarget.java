package dev.loopcoach.bench.load;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A bot under load, as {@link InterleavedRounds} drives and observes it through its fake platform. */
interface LoadTarget {
    /** "ours" or "bare". */
    String name();

    /** The bot's process. */
    ChildJvm jvm();

    /** Closed loop: {@code concurrency} commands in flight, each followed by the next as soon as it is acknowledged. */
    List<Sent> burst(int concurrency, Duration length) throws InterruptedException;

    /** {@code perSecond} commands a second, evenly spaced, whatever the acknowledgements do. */
    List<Sent> paced(double perSecond, Duration length);

    /** When the first message for the command filed under {@code key} reached the fake platform. */
    Optional<Long> firstMessage(String key);

    /** When the bot told that command's user it is too busy to do it (after acknowledging it), if it did. */
    Optional<Long> refusal(String key);

    /** Nanoseconds since the bot last called its fake platform. */
    long quietNanos();
}
