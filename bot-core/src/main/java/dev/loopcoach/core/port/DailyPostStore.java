package dev.loopcoach.core.port;

import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.DailyPost;
import dev.loopcoach.core.daily.PostClaim;
import dev.loopcoach.core.daily.PostKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The record of daily posts: the exactly-once guard. A slot (channel, local date, kind) is claimed before the
 * question is sent; only the first claim succeeds, in this process or any other sharing the store.
 */
public interface DailyPostStore {

    /** Records the claim; true only for the first claimer of the slot, false when it was already claimed. */
    boolean claim(PostClaim claim);

    /** The claimed post was sent; {@code messageRef} is the platform's reference to it (Slack ts, Discord message id). */
    void markPosted(ChannelKey channel, LocalDate localDate, PostKind kind, String messageRef, Instant at);

    /**
     * The send failed; the claim stays with the reason. A reason starting with {@link #UNKNOWN} marks a send whose
     * outcome is unknown (server error, timeout): the repair looks it up on the platform and sends it again if absent.
     */
    void markFailed(ChannelKey channel, LocalDate localDate, PostKind kind, String reason, Instant at);

    /**
     * Frees a slot whose send was refused for certain (nothing reached the channel), so it can be tried again.
     * Posted slots are never released; returns whether a claim was removed.
     */
    boolean release(ChannelKey channel, LocalDate localDate, PostKind kind);

    Optional<DailyPost> find(ChannelKey channel, LocalDate localDate, PostKind kind);

    /** Every post of the channel (claimed, posted or failed), oldest claim first. */
    List<DailyPost> postedQuestions(ChannelKey channel);

    /** Prefix of a failure reason whose send may or may not have reached the channel. */
    String UNKNOWN = "unknown: ";

    /** Posts claimed since {@code since} whose send is unsettled: still claimed, or failed with an unknown outcome. */
    List<DailyPost> unsettled(Instant since);

    /**
     * Takes an unsettled post over for a repair: true for exactly one caller, and only when the row was last changed
     * before {@code quietSince} (its owner is gone, or its backoff has passed); it is then claimed again at {@code now}.
     */
    boolean retake(long postId, Instant quietSince, Instant now);

    /** The post whose platform message (the thread root) is {@code messageRef} in that channel. */
    Optional<DailyPost> findByMessage(ChannelKey channel, String messageRef);
}
