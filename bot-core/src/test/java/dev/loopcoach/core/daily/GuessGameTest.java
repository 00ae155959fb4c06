package dev.loopcoach.core.daily;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.testing.InMemoryDailyStores;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RecordingPoster;
import dev.loopcoach.core.together.GuessGame;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Guess the Bar Raiser" in a daily thread, on the real thread coach (its answer coach scripted to vote Inclined). */
class GuessGameTest {
    private static final ChannelKey CHANNEL = new ChannelKey("slack", "T0FAKE", "C0GUESS");
    private static final UserKey ANA = new UserKey("slack", "T0FAKE:U0ANA");
    private static final UserKey BO = new UserKey("slack", "T0FAKE:U0BO");
    private static final UserKey CY = new UserKey("slack", "T0FAKE:U0CY");
    private static final UserKey DI = new UserKey("slack", "T0FAKE:U0DI");
    private static final String ANSWER = "In my last role I noticed our checkout conversion dropped, so I pulled the funnel data, "
            + "found a broken address form on mobile, and shipped a fix with the team within two days.";
    private static QuestionBank bank;

    private final ManualClock clock = ManualClock.at("2026-03-23T08:00:00Z");
    private final InMemoryDailyStores daily = new InMemoryDailyStores();
    private final InMemoryStores stores = new InMemoryStores(clock);
    private ThreadCoach threads;
    private GuessGame game;
    private String thread;

    @BeforeAll
    static void loadBank() {
        bank = new BankLoader().builtInOnly();
    }

    @BeforeEach
    void setUp() {
        RecordingPoster poster = new RecordingPoster();
        new DailyService(daily.settings(), daily.posts(), poster, bank, clock, new SplittableRandom(5), DailyConfig.defaults())
                .now(CHANNEL, "U0ADMIN");
        thread = poster.posted().get(0).ref();
        threads = new ThreadCoach(daily.posts(), daily.dialogs(), stores.prefs(), stores.practice(), bank,
                new ScriptedAnswerCoach(), clock, DailyConfig.defaults(), java.util.Optional.of(
                        new VerdictPrivacy(stores.channelSettings(), stores.prefs())));
        game = new GuessGame(stores.guesses(), stores.channelSettings(), threads, clock);
    }

    private ThreadMessage answer(UserKey who, String ref) {
        return new ThreadMessage(CHANNEL, thread, ref, who, ANSWER);
    }

    @Test
    void givenGuessingOff_thenAnswersAreJudgedAsUsual() {
        assertThat(game.open(answer(ANA, "m1"), "Ana")).isEmpty();
    }

    @Test
    void givenGuessingOn_thenTheAnswerWaits_guessesStayHidden_andTheRevealScoresEachGuessPrivately() {
        assertThat(game.setOn(CHANNEL, true).plainText()).contains("is on");
        GuessGame.Opened opened = game.open(answer(ANA, "m1"), "Ana <@U0ANA>").orElseThrow();
        assertThat(opened.card().plainText()).contains("How would a Bar Raiser vote on Ana U0ANA's answer").doesNotContain("<@");
        assertThat(stores.practice().entries(ANA)).as("not judged before the reveal").isEmpty();
        assertThat(game.open(answer(ANA, "m1"), "Ana")).as("a retried delivery opens nothing").isEmpty();

        assertThat(game.guess(opened.roundId(), ANA, Vote.STRONGLY_INCLINED).plainText()).contains("your own answer");
        assertThat(game.guess(opened.roundId(), BO, Vote.STRONGLY_INCLINED).plainText()).contains("Your guess: Strongly Inclined")
                .contains("hidden until the reveal");
        assertThat(game.guess(opened.roundId(), BO, Vote.INCLINED).plainText()).contains("Your guess: Inclined").contains("1 guess");
        game.guess(opened.roundId(), CY, Vote.NOT_INCLINED);

        GuessGame.Reveal early = game.reveal(opened.roundId(), DI);
        assertThat(early).isInstanceOf(GuessGame.Reveal.NotYet.class);
        assertThat(stores.practice().entries(ANA)).isEmpty();

        GuessGame.Reveal.Revealed r = (GuessGame.Reveal.Revealed) game.reveal(opened.roundId(), ANA);
        assertThat(r.coaching().plainText()).contains("Feedback on your answer").contains("Overall: Inclined");
        assertThat(r.tally().plainText()).isEqualTo("Revealed: 2 guesses, 1 matched the Bar Raiser's vote (Inclined).\n");
        assertThat(r.notes()).hasSize(2);
        assertThat(r.notes()).filteredOn(n -> n.voter().equals(BO)).singleElement().satisfies(n -> assertThat(n.note().plainText())
                .contains("You guessed Inclined: that matches the Bar Raiser.").contains("1 of 1 guess matched the Bar Raiser (100%)"));
        assertThat(r.notes()).filteredOn(n -> n.voter().equals(CY)).singleElement().satisfies(n -> assertThat(n.note().plainText())
                .contains("the Bar Raiser voted Inclined").contains("0 of 1 guess matched the Bar Raiser (0%)"));
        assertThat(stores.practice().entries(ANA)).as("judged at the reveal").hasSize(1);

        assertThat(game.reveal(opened.roundId(), ANA)).as("revealed once").isInstanceOf(GuessGame.Reveal.Done.class);
        assertThat(game.guess(opened.roundId(), DI, Vote.INCLINED).plainText()).contains("guesses are closed");
        assertThat(game.calibration(BO).plainText()).contains("1 of 1 guess matched the Bar Raiser (100%)");
        assertThat(threads.onReply(new ThreadMessage(CHANNEL, thread, "m2", ANA,
                "The result was a 12 percent lift in conversion within a week of the fix.")))
                .as("the thread dialogue goes on after the reveal").hasValueSatisfying(x -> assertThat(x.plainText())
                        .contains("Feedback on your follow-up answer"));
    }

    @Test
    void givenARevealThatStoppedAfterTheJudging_thenTheRoundCanStillBeRevealed_withTheSameVote() {
        game.setOn(CHANNEL, true);
        GuessGame.Opened opened = game.open(answer(ANA, "m1"), "Ana").orElseThrow();
        game.guess(opened.roundId(), BO, Vote.INCLINED);
        // a reveal judged the answer and then stopped (the process died) before it recorded the reveal
        assertThat(threads.onReply(answer(ANA, "m1"))).isPresent();

        GuessGame.Reveal.Revealed r = (GuessGame.Reveal.Revealed) game.reveal(opened.roundId(), ANA);
        assertThat(r.coaching().plainText()).contains("Overall: Inclined");
        assertThat(r.tally().plainText()).isEqualTo("Revealed: 1 guess, 1 matched the Bar Raiser's vote (Inclined).\n");
        assertThat(stores.practice().entries(ANA)).as("judged again, not recorded twice").hasSize(1);
        assertThat(game.reveal(opened.roundId(), ANA)).as("revealed once").isInstanceOf(GuessGame.Reveal.Done.class);
    }

    @Test
    void givenNobodyRevealsForFifteenMinutes_thenAnyoneMay_andAPrivateVerdictIsNotShownToTheChannel() {
        game.setOn(CHANNEL, true);
        threads.onReply(new ThreadMessage(CHANNEL, thread, "p1", ANA, "private verdicts"));
        GuessGame.Opened opened = game.open(answer(ANA, "m1"), "Ana").orElseThrow();
        game.guess(opened.roundId(), BO, Vote.INCLINED);

        clock.advance(Duration.ofMinutes(15));
        GuessGame.Reveal.Revealed r = (GuessGame.Reveal.Revealed) game.reveal(opened.roundId(), DI);

        assertThat(r.tally().plainText()).contains("1 guess").contains("went to the answerer privately").doesNotContain("Inclined");
        assertThat(threads.feedbackPrivately(r.original())).isTrue();
    }

    @Test
    void givenAFollowUpAnswerOrAShortReply_thenNoRoundOpens() {
        game.setOn(CHANNEL, true);
        assertThat(game.open(new ThreadMessage(CHANNEL, thread, "s1", BO, "great question"), "Bo")).isEmpty();
        threads.onReply(answer(CY, "c1"));
        assertThat(game.open(new ThreadMessage(CHANNEL, thread, "c2", CY, ANSWER + " And more."), "Cy"))
                .as("Cy's answer was coached already: a follow-up answer is coached as usual").isEmpty();
        Reply ignored = game.setOn(CHANNEL, false);
        assertThat(ignored.plainText()).contains("is off");
        assertThat(game.open(answer(BO, "b1"), "Bo")).isEmpty();
    }
}
