package dev.loopcoach.core.daily;

import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One daily question as recorded: claimed before sending, then marked posted (with the platform's message
 * reference: a Slack ts, a Discord message id) or failed. {@code id} is the store's key for thread dialogues.
 */
public record DailyPost(
        long id,
        ChannelKey channel,
        LocalDate localDate,
        PostKind kind,
        QuestionId questionId,
        Optional<LeadershipPrinciple> target,
        Instant claimedAt,
        PostStatus status,
        Optional<String> messageRef,
        Optional<String> failure) {

    public DailyPost {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(localDate, "localDate");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(claimedAt, "claimedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(messageRef, "messageRef");
        Objects.requireNonNull(failure, "failure");
    }

    /** Whether the channel saw (or may have seen) this question: posted, or claimed with the outcome unknown. */
    public boolean counts() {
        return status != PostStatus.FAILED;
    }
}
