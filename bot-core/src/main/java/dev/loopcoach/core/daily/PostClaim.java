package dev.loopcoach.core.daily;

import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The slot a process wants to fill and the question it chose; {@code target} is the principle the rotation aimed at. */
public record PostClaim(ChannelKey channel, LocalDate localDate, PostKind kind, QuestionId questionId,
                        Optional<LeadershipPrinciple> target, Instant at) {
    public PostClaim {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(localDate, "localDate");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(at, "at");
    }
}
