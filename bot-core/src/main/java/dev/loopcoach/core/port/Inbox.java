package dev.loopcoach.core.port;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What people sent that a platform was told we have: written down before the acknowledgement, marked done once the
 * reply went out, and replayed at start-up when a process died in between. The delivery id (a Slack event id, a
 * Discord interaction id) is the key, so a platform's retry of a kept delivery is recognised as a repeat, in this
 * process or another one on the same store. Done letters are kept for {@link #KEEP} to keep recognising repeats.
 */
public interface Inbox {
    /** How long a done letter is remembered: far longer than any platform's retries. */
    Duration KEEP = Duration.ofDays(1);
    /** The longest text a store must keep (a written exercise part, with room to spare). */
    int MAX_TEXT = 40_000;

    /**
     * What the letter asks for: an answer to the pending prompt, a direct message read like one, or any other command
     * that changes state (its text is the command as {@link dev.loopcoach.core.intake.CommandCodec} writes it).
     */
    enum Kind { ANSWER, MESSAGE, COMMAND }

    /**
     * One delivery. {@code replyTo} is the platform's address for a late reply (a Slack user id to DM, a Discord user
     * id), used when the original interaction can no longer be answered.
     */
    record Letter(String platform, String deliveryId, UserKey user, Kind kind, String text, String replyTo,
                  Instant receivedAt) {
        public Letter {
            DeliveryLog.requireValid(platform, deliveryId);
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(receivedAt, "receivedAt");
            if (text == null || text.length() > MAX_TEXT) {
                throw new IllegalArgumentException("text must be 0-" + MAX_TEXT + " characters");
            }
            if (replyTo == null || replyTo.isBlank() || replyTo.length() > 255) {
                throw new IllegalArgumentException("replyTo must be 1-255 characters");
            }
        }
    }

    /**
     * Writes the letter down, durably, before it returns, taken by the caller at its arrival time; false when a letter with this platform and id was kept
     * before (a repeat, done or not). Atomic across processes sharing the store.
     *
     * @throws RuntimeException when the store cannot take it (then the platform must not be told we have it)
     */
    boolean keep(Letter letter);

    /**
     * Whether {@link #keep} only appends to a local file (and reads an embedded table): it cannot wait on a network or a
     * commit, so it runs on the caller's thread instead of under a time budget on another one.
     */
    default boolean keepsLocally() {
        return false;
    }

    /**
     * Starts work on a letter this process kept: true when it is still taken as kept (no sweep took it over meanwhile);
     * it is then taken at {@code now}, so the stale clock starts when the work does, not when the letter arrived.
     */
    boolean begin(Letter letter, Instant now);

    /**
     * Takes over a letter nobody finished: true when it is not done and was last taken before {@code staleBefore}
     * (its process died or stalled); it is then taken at {@code now}, so of several processes exactly one gets it.
     */
    boolean retake(String platform, String deliveryId, Instant staleBefore, Instant now);

    /** Marks the letter handled and its reply sent (or given up on); a repeat of it stays recognised. */
    void done(String platform, String deliveryId);

    /** Letters of {@code platform} not done and last taken before {@code staleBefore}, oldest first, at most {@code limit}. */
    List<Letter> unfinished(String platform, Instant staleBefore, int limit);

    /** Forgets done letters kept before {@code cutoff}; returns how many. */
    int forgetDoneBefore(Instant cutoff);
}
