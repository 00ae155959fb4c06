package dev.loopcoach.core.port;

import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.daily.ChannelKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * "Guess the Bar Raiser" rounds under daily answers: the answer waiting for its reveal, the members' hidden guesses, and,
 * once revealed, the Bar Raiser's vote that each guess is scored against (a member's calibration).
 */
public interface GuessStore {

    /** Opens a round for an answer; empty when that message already has one (a retried delivery). */
    Optional<Round> open(ChannelKey channel, String threadRef, String messageRef, UserKey answerer, String answer, Instant at);

    Optional<Round> find(long id);

    /** Records or replaces a member's guess while the round is open; false once it is revealed (or unknown). */
    boolean guess(long roundId, UserKey voter, Vote vote, Instant at);

    List<Guess> guesses(long roundId);

    /** Marks the round revealed with the Bar Raiser's vote: true for exactly one caller across processes. */
    boolean reveal(long roundId, Vote barRaiser, Instant at);

    /** How a member's guesses compared with the Bar Raiser over every revealed round. */
    Calibration calibration(UserKey voter);

    /** Everything kept about a person: their guesses, and the rounds on their own answers (for the data export). */
    List<String> export(UserKey user);

    /** Removes a person's guesses and the rounds on their answers; returns how many rows went. */
    int forget(UserKey user);

    record Round(long id, ChannelKey channel, String threadRef, String messageRef, UserKey answerer, String answer,
                 Instant openedAt, Optional<Vote> barRaiser) {
        public Round {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(answerer, "answerer");
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(barRaiser, "barRaiser");
        }

        public boolean revealed() {
            return barRaiser.isPresent();
        }
    }

    record Guess(UserKey voter, Vote vote, Instant at) {
    }

    record Calibration(int matched, int total) {
        public int percent() {
            return total == 0 ? 0 : Math.round(100f * matched / total);
        }
    }
}
