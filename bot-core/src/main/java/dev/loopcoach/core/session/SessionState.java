package dev.loopcoach.core.session;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;

/** The lifecycle of an interview; each state is its own type and only legal moves exist on it. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "state")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SessionState.AwaitingAnswer.class, name = "awaiting-answer"),
        @JsonSubTypes.Type(value = SessionState.AwaitingFollowUpAnswer.class, name = "awaiting-follow-up"),
        @JsonSubTypes.Type(value = SessionState.Drafting.class, name = "drafting"),
        @JsonSubTypes.Type(value = SessionState.Finished.class, name = "finished")})
public sealed interface SessionState {

    /** The main question at {@code at} has been asked and waits for an answer. */
    record AwaitingAnswer(Position at, int hintsShown) implements SessionState {
    }

    /**
     * A follow-up probe on the question at {@code at} waits for an answer. {@code asked} lists the
     * follow-ups asked so far on this question (the last one is pending); {@code queued} the ones still planned.
     */
    record AwaitingFollowUpAnswer(Position at, String probe, String reason, List<String> asked, List<QueuedFollowUp> queued)
            implements SessionState {
        public AwaitingFollowUpAnswer {
            asked = List.copyOf(asked);
            queued = List.copyOf(queued);
        }
    }

    record QueuedFollowUp(String text, String reason) {
    }

    /**
     * A written answer (a question of category writing) is being drafted over several messages; {@code parts}
     * holds them in order. It is handed in with {@code /done}, which reviews the whole draft at once.
     */
    record Drafting(Position at, List<String> parts) implements SessionState {
        public Drafting {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("a draft has at least one part");
            }
        }

        public String text() {
            return String.join("\n\n", parts);
        }
    }

    /** The session is over; {@code completed} is false when the user ended early. */
    record Finished(Instant at, boolean completed) implements SessionState {
    }
}
