package dev.loopcoach.core.session;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.loopcoach.core.coaching.AskedProbe;
import dev.loopcoach.core.coaching.FollowUp;
import dev.loopcoach.core.coaching.ProbeIntent;
import dev.loopcoach.core.coaching.ProbeWording;
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
     * {@code intent} is what the probe asks for, decided when it was chosen; null only in sessions stored before
     * intents were stored.
     */
    record AwaitingFollowUpAnswer(Position at, String probe, String reason, List<String> asked, List<QueuedFollowUp> queued,
                                  ProbeIntent intent) implements SessionState {
        public AwaitingFollowUpAnswer {
            asked = List.copyOf(asked);
            queued = List.copyOf(queued);
        }

        /** The pending probe with its intent (read from its words only for a session stored before intents were). */
        public AskedProbe pending() {
            return new AskedProbe(probe, intent != null ? intent : ProbeWording.guess(probe));
        }
    }

    /** A probe planned for later, with why and what it asks for ({@code intent} null only in old stored sessions). */
    record QueuedFollowUp(String text, String reason, ProbeIntent intent) {
        public static QueuedFollowUp of(FollowUp f) {
            return new QueuedFollowUp(f.text(), f.reason(), f.intent());
        }
    }

    /**
     * A written answer (a question of category writing) is being drafted over several messages; {@code parts}
     * holds them in order. It is handed in with {@code /done}, which reviews the whole draft at once.
     */
    record Drafting(Position at, List<String> parts, Instant since) implements SessionState {
        public Drafting {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("a draft has at least one part");
            }
            // drafts stored before the writing timer have no start: their clock starts at the next part
        }

        public Drafting(Position at, List<String> parts) {
            this(at, parts, null);
        }

        /** When the prompt was shown (the time box runs from then), if known. */
        public java.util.Optional<Instant> started() {
            return java.util.Optional.ofNullable(since);
        }

        public String text() {
            return String.join("\n\n", parts);
        }
    }

    /** The session is over; {@code completed} is false when the user ended early. */
    record Finished(Instant at, boolean completed) implements SessionState {
    }
}
