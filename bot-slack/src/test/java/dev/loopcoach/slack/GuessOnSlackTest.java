package dev.loopcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.slack.interaction.GuessButtons;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Guess the Bar Raiser" through the real Bolt app against the fake Slack: an admin turns it on, a member's answer in the
 * daily thread waits under a card, two members guess privately, the answerer reveals, and the thread gets the coaching
 * and the tally while each guesser gets an ephemeral note.
 */
class GuessOnSlackTest {
    private static final String ADMIN = "U0ADMIN";
    private static final String ANA = "U0ANA";
    private static final String BO = "U0BO";
    private static final String CY = "U0CY";
    private static final String CHANNEL = "C0GUESS";
    private static final String ANSWER = "I owned the migration when our vendor failed, planned the cutover myself "
            + "and we cut the monthly cost by 30 percent within a quarter.";
    private static DailyEngine engine;
    private static HttpBot bot;

    @BeforeAll
    static void start() throws Exception {
        engine = new DailyEngine(ManualClock.at("2026-03-25T07:00:00Z"));
        bot = HttpBot.on(new FakeSlack(), engine.coach, engine.hooks(), Set.of(), java.util.Optional.empty());
        bot.fake.admin(ADMIN);
        bot.fake.displayName(ANA, "Ana");
    }

    @AfterAll
    static void stop() {
        bot.close();
        bot.fake.close();
    }

    @Test
    void guessesStayHiddenUntilTheReveal_thenTheThreadGetsTheCoachingAndTheTally_andEachGuesserANote() throws Exception {
        assertThat(bot.requests.slashCommand("/coach", "guessing on", BO, CHANNEL, "g-refused").body()).contains("Only workspace admins");
        assertThat(bot.requests.slashCommand("/coach", "guessing on", ADMIN, CHANNEL, "g-on").body()).contains("is on");
        bot.requests.slashCommand("/coach", "daily now", ADMIN, CHANNEL, "now");
        // the admin's answer comes after the post is recorded, so by then its message id is stored
        assertThat(bot.fake.await(c -> c.path().endsWith("/now"), 1, Duration.ofSeconds(5)).get(0).visibleText()).contains("Posted:");
        String thread = engine.daily.posts().postedQuestions(dev.loopcoach.slack.daily.SlackDaily.channelKey(FakeSlack.TEAM, CHANNEL))
                .get(0).messageRef().orElseThrow();

        // WHEN Ana answers in the thread
        bot.requests.event("Ev0GUESS1", SlackRequests.messageEvent(ANA, CHANNEL, "channel", ANSWER, "1700000300.000100", thread), null);

        // THEN a card with the guess buttons waits under it, and nothing is judged yet
        FakeSlack.Call card = bot.fake.await(inThread(thread), 1, Duration.ofSeconds(5)).get(0);
        assertThat(card.visibleText()).contains("Guess the Bar Raiser").contains("How would a Bar Raiser vote on Ana's answer")
                .doesNotContain("Feedback on your answer");
        assertThat(MockInterviewFlowTest.buttons(card)).extracting(b -> b.get("action_id").getAsString())
                .contains(GuessButtons.actionId(Vote.INCLINED), GuessButtons.REVEAL);
        String round = MockInterviewFlowTest.buttons(card).get(0).get("value").getAsString();

        // WHEN Bo and Cy guess
        bot.requests.buttonClick(BO, CHANNEL, GuessButtons.actionId(Vote.INCLINED), round, false, "guess-bo");
        bot.requests.buttonClick(CY, CHANNEL, GuessButtons.actionId(Vote.STRONGLY_NOT_INCLINED), round, false, "guess-cy");

        // THEN each hears privately that the guess is kept hidden
        FakeSlack.Call bo = bot.fake.await(c -> c.path().endsWith("/guess-bo"), 1, Duration.ofSeconds(5)).get(0);
        assertThat(bo.body()).contains("ephemeral");
        assertThat(bo.visibleText()).contains("Your guess: Inclined").contains("hidden until the reveal");
        assertThat(bot.fake.calls()).filteredOn(inThread(thread)).hasSize(1);

        // WHEN Ana reveals
        bot.requests.buttonClick(ANA, CHANNEL, GuessButtons.REVEAL, round, false, "reveal");

        // THEN the thread gets the coaching and the tally, and each guesser an ephemeral note
        List<FakeSlack.Call> posts = bot.fake.await(inThread(thread), 3, Duration.ofSeconds(5));
        assertThat(posts.get(1).visibleText()).contains("Feedback on your answer");
        assertThat(posts.get(2).visibleText()).contains("Revealed: 2 guesses");
        List<FakeSlack.Call> notes = bot.fake.await(c -> c.method().equals("chat.postEphemeral"), 2, Duration.ofSeconds(5));
        assertThat(notes).extracting(c -> c.param("user")).containsExactlyInAnyOrder(BO, CY);
        assertThat(notes).allSatisfy(n -> assertThat(n.param("text")).contains("Your calibration so far"));
        assertThat(posts).allSatisfy(p -> assertThat(p.body()).doesNotContain("<!channel>").doesNotContain("<!here>"));

        // AND a member's calibration is theirs to ask for
        assertThat(bot.requests.slashCommand("/coach", "guessing", CY, CHANNEL, "cal").body()).contains("0 of 1 guess matched");
    }

    private static Predicate<FakeSlack.Call> inThread(String thread) {
        return c -> c.method().equals("chat.postMessage") && CHANNEL.equals(c.param("channel")) && thread.equals(c.param("thread_ts"));
    }
}
