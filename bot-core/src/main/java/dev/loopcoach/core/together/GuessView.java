package dev.loopcoach.core.together;

import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.port.GuessStore;
import dev.loopcoach.core.reply.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The words of "Guess the Bar Raiser": the card, the private answers to guessers, the reveal's tally. */
final class GuessView {
    private GuessView() {
    }

    static Reply switched(boolean on, Duration wait, int guesses) {
        return Reply.info(on
                ? "Guess the Bar Raiser is on in this channel: each member's first answer to the daily question waits under "
                        + "a card, others guess the vote privately, and the verdict with its evidence comes at the reveal "
                        + "(the answerer reveals any time; anyone can once " + guesses + " have guessed or after "
                        + wait.toMinutes() + " minutes). Guessers see privately how they compared."
                : "Guess the Bar Raiser is off in this channel: answers are judged straight away again.");
    }

    static Reply card(String answerer, int guesses, Duration wait) {
        return Reply.builder(Reply.Kind.INFO)
                .heading("Guess the Bar Raiser")
                .paragraph("How would a Bar Raiser vote on " + answerer + "'s answer? Pick a vote: guesses stay hidden until "
                        + "the reveal, and only you see how yours compared. " + answerer + " can reveal any time; anyone can "
                        + "once " + guesses + " people have guessed or after " + wait.toMinutes() + " minutes.")
                .build();
    }

    static Reply guessed(Vote vote, int count) {
        return Reply.info("Your guess: " + vote.label() + ". It stays hidden until the reveal (" + count
                + (count == 1 ? " guess" : " guesses") + " so far). You can change it until then.");
    }

    static Reply ownAnswer() {
        return Reply.info("This is your own answer: you can't guess it, but you can reveal it whenever you like.");
    }

    static Reply unknownRound() {
        return Reply.error("I can't find that guessing round any more. Nothing was changed.");
    }

    static Reply cannotJudge() {
        return Reply.info("This answer can't be judged now: its author turned coaching off. Nothing was revealed.");
    }

    static Reply notYet(int moreGuesses, Instant at) {
        return Reply.info("Not yet: the answerer can reveal any time; anyone else once " + moreGuesses + " more "
                + (moreGuesses == 1 ? "person guesses" : "people guess") + ", or after "
                + java.time.format.DateTimeFormatter.ofPattern("HH:mm 'UTC'").format(at.atZone(java.time.ZoneOffset.UTC)) + ".");
    }

    static Reply tally(int guesses, int matched, Optional<Vote> publicVote) {
        if (guesses == 0) {
            return Reply.info(publicVote.map(v -> "Revealed: nobody guessed this time. The Bar Raiser voted " + v.label() + ".")
                    .orElse("Revealed: nobody guessed this time. The verdict went to the answerer privately."));
        }
        String count = guesses + (guesses == 1 ? " guess" : " guesses");
        return Reply.info(publicVote.map(v -> "Revealed: " + count + ", " + matched + " matched the Bar Raiser's vote ("
                        + v.label() + ").")
                .orElse("Revealed: " + count + ". The verdict went to the answerer privately; each guesser hears privately "
                        + "how they compared."));
    }

    static Reply yourGuess(Vote guess, Vote barRaiser, GuessStore.Calibration c) {
        String compared = guess == barRaiser ? "You guessed " + guess.label() + ": that matches the Bar Raiser."
                : "You guessed " + guess.label() + "; the Bar Raiser voted " + barRaiser.label() + ".";
        return Reply.info(compared + " " + calibrationLine(c));
    }

    static Reply alreadyRevealed(Optional<Vote> barRaiser, Optional<Vote> mine, Optional<GuessStore.Calibration> c,
                                 boolean answerer) {
        if (barRaiser.isEmpty()) {
            return Reply.info("This round is still open.");
        }
        if (answerer) {
            return Reply.info("Already revealed.");
        }
        if (mine.isEmpty()) {
            return Reply.info("Already revealed: guesses are closed for this answer.");
        }
        return yourGuess(mine.get(), barRaiser.get(), c.orElse(new GuessStore.Calibration(0, 0)));
    }

    static Reply calibration(GuessStore.Calibration c) {
        return Reply.info(c.total() == 0 ? "You haven't guessed a revealed answer yet. Guess under a daily answer where Guess "
                + "the Bar Raiser is on." : calibrationLine(c));
    }

    private static String calibrationLine(GuessStore.Calibration c) {
        return "Your calibration so far: " + c.matched() + " of " + c.total() + (c.total() == 1 ? " guess" : " guesses")
                + " matched the Bar Raiser (" + c.percent() + "%).";
    }
}
