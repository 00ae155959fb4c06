package dev.loopcoach.core.together;

import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.ThreadCoach;
import dev.loopcoach.core.daily.ThreadMessage;
import dev.loopcoach.core.daily.ThreadView;
import dev.loopcoach.core.port.ChannelSettingsStore;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.GuessStore;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Guess the Bar Raiser" under daily answers: in a channel where it is on, a member's first answer to the daily question
 * waits under a card; other members guess the vote privately; at the reveal the coach judges the answer as usual (the
 * thread dialogue starts then), the channel sees how many guessed and how many matched, and each guesser learns
 * privately how their guess compared and their calibration over time. The answerer may take the verdict privately as
 * always: then the channel sees no vote.
 */
public final class GuessGame {
    /** The channel setting that turns it on. */
    public static final String SETTING = "guess-the-bar-raiser";
    /** Anyone may reveal once this many have guessed, or this long after the card went up; the answerer any time. */
    static final int GUESSES_TO_REVEAL = 3;
    static final Duration WAIT_TO_REVEAL = Duration.ofMinutes(15);

    private final GuessStore store;
    private final ChannelSettingsStore settings;
    private final ThreadCoach threads;
    private final Clock clock;

    public GuessGame(GuessStore store, ChannelSettingsStore settings, ThreadCoach threads, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.threads = threads;
        this.clock = clock;
    }

    public boolean on(ChannelKey channel) {
        return settings.get(key(channel), SETTING).filter("on"::equals).isPresent();
    }

    /** An admin turns guessing on or off in a channel. */
    public Reply setOn(ChannelKey channel, boolean on) {
        if (on) {
            settings.put(key(channel), SETTING, "on");
        } else {
            settings.remove(key(channel), SETTING);
        }
        return GuessView.switched(on, WAIT_TO_REVEAL, GUESSES_TO_REVEAL);
    }

    /** A round opened under an answer: its id (for the adapter's buttons) and the card to post. */
    public record Opened(long roundId, Reply card) {
    }

    /**
     * Opens a round when guessing is on in the channel and the message is a person's first real answer there; empty
     * otherwise (the coach then answers it as usual). {@code answererName} is shown as plain text.
     */
    public Optional<Opened> open(ThreadMessage m, String answererName) {
        if (!on(m.channel()) || !threads.isFreshAnswer(m)) {
            return Optional.empty();
        }
        return store.open(m.channel(), m.threadRef(), m.messageRef(), m.user(), m.text(), clock.now())
                .map(r -> new Opened(r.id(), GuessView.card(BoardView.plainName(answererName, 40), GUESSES_TO_REVEAL,
                        WAIT_TO_REVEAL)));
    }

    /** A member's guess; the answer is for them alone. */
    public Reply guess(long roundId, UserKey voter, Vote vote) {
        Optional<GuessStore.Round> round = store.find(roundId);
        if (round.isEmpty()) {
            return GuessView.unknownRound();
        }
        if (round.get().answerer().equals(voter)) {
            return GuessView.ownAnswer();
        }
        if (round.get().revealed() || !store.guess(roundId, voter, vote, clock.now())) {
            return revealedFor(store.find(roundId).orElse(round.get()), voter);
        }
        return GuessView.guessed(vote, store.guesses(roundId).size());
    }

    /** What a reveal did. */
    public sealed interface Reveal {
        /** Not yet: why, for the person who asked. */
        record NotYet(Reply why) implements Reveal {
        }

        /** Revealed already, or the answer can no longer be judged: for the person who asked. */
        record Done(Reply why) implements Reveal {
        }

        /**
         * Revealed now: {@code coaching} as the coach judged the answer (to post in the thread, or privately to
         * {@code original}'s author when {@code privately}: they take verdicts privately), {@code tally} for the thread, and a private
         * note for each guesser.
         */
        record Revealed(ThreadMessage original, Reply coaching, boolean privately, Reply tally, List<VoterNote> notes)
                implements Reveal {
        }
    }

    public record VoterNote(UserKey voter, Reply note) {
    }

    /** Reveals the round if {@code by} may now; the coach judges the waiting answer at this moment. */
    public Reveal reveal(long roundId, UserKey by) {
        Optional<GuessStore.Round> found = store.find(roundId);
        if (found.isEmpty()) {
            return new Reveal.Done(GuessView.unknownRound());
        }
        GuessStore.Round round = found.get();
        if (round.revealed()) {
            return new Reveal.Done(revealedFor(round, by));
        }
        List<GuessStore.Guess> guesses = store.guesses(roundId);
        Instant now = clock.now();
        boolean mayReveal = by.equals(round.answerer()) || guesses.size() >= GUESSES_TO_REVEAL
                || !now.isBefore(round.openedAt().plus(WAIT_TO_REVEAL));
        if (!mayReveal) {
            return new Reveal.NotYet(GuessView.notYet(GUESSES_TO_REVEAL - guesses.size(), round.openedAt().plus(WAIT_TO_REVEAL)));
        }
        ThreadMessage original = new ThreadMessage(round.channel(), round.threadRef(), round.messageRef(), round.answerer(),
                round.answer());
        Optional<Reply> coaching = threads.onReply(original);
        if (coaching.isEmpty()) {
            // judged by a reveal that stopped before recording it (or by one racing this): the same words, the same vote
            coaching = threads.judgedAgain(original);
        }
        Optional<Vote> barRaiser = coaching.flatMap(ThreadView::overallOf);
        if (barRaiser.isEmpty()) {
            // its author turned coaching off meanwhile
            return new Reveal.Done(store.find(roundId).filter(GuessStore.Round::revealed).map(r -> revealedFor(r, by))
                    .orElse(GuessView.cannotJudge()));
        }
        if (!store.reveal(roundId, barRaiser.get(), now)) {
            return new Reveal.Done(revealedFor(store.find(roundId).orElse(round), by));
        }
        List<VoterNote> notes = new ArrayList<>();
        int matched = 0;
        for (GuessStore.Guess g : guesses) {
            matched += g.vote() == barRaiser.get() ? 1 : 0;
            notes.add(new VoterNote(g.voter(), GuessView.yourGuess(g.vote(), barRaiser.get(), store.calibration(g.voter()))));
        }
        boolean privately = threads.feedbackPrivately(original);
        return new Reveal.Revealed(original, coaching.get(), privately,
                GuessView.tally(guesses.size(), matched, privately ? Optional.empty() : barRaiser), notes);
    }

    /** A member's calibration, privately. */
    public Reply calibration(UserKey user) {
        return GuessView.calibration(store.calibration(user));
    }

    private Reply revealedFor(GuessStore.Round round, UserKey who) {
        Optional<GuessStore.Guess> mine = store.guesses(round.id()).stream().filter(g -> g.voter().equals(who)).findFirst();
        return GuessView.alreadyRevealed(round.barRaiser(), mine.map(GuessStore.Guess::vote),
                mine.isPresent() ? Optional.of(store.calibration(who)) : Optional.empty(), who.equals(round.answerer()));
    }

    private static ChannelSettingsStore.ChannelKey key(ChannelKey channel) {
        return new ChannelSettingsStore.ChannelKey(channel.platform(), channel.workspaceId(), channel.channelId());
    }
}
