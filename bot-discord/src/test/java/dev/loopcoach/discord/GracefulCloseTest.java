package dev.loopcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.coaching.AnswerCoach;
import dev.loopcoach.core.coaching.AskedProbe;
import dev.loopcoach.core.coaching.Coaching;
import dev.loopcoach.discord.DailyControl;
import dev.loopcoach.discord.support.BotHarness;
import dev.loopcoach.discord.support.CoachFixture;
import dev.loopcoach.discord.fake.Interactions.Person;
import dev.loopcoach.discord.fake.Interactions.Where;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Stopping the bot (SIGTERM runs close()) while an answer is being analysed still delivers that answer's reply. */
class GracefulCloseTest {
    private static final String HOLD = "hold this answer until the bot is closing";

    /** Analyses normally, but holds the marked answer until the test lets it go. */
    static final class Holding implements AnswerCoach {
        final CountDownLatch holding = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final AnswerCoach inner = new CoachFixture.SimpleAnswerCoach();

        @Override
        public Coaching coach(Question question, String answer, Collection<String> alreadyAsked) {
            if (answer.contains(HOLD)) {
                holding.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return inner.coach(question, answer, alreadyAsked);
        }

        @Override
        public Coaching coachFollowUp(Question question, AskedProbe probe, String story, String answer, Collection<String> asked) {
            return inner.coachFollowUp(question, probe, story, answer, asked);
        }
    }

    @Test
    @DisplayName("close() while an answer is in flight: the feedback is still sent before the connection closes")
    void givenAnAnswerInFlight_closeWaitsForItsReply() throws Exception {
        Holding coach = new Holding();
        BotHarness h = BotHarness.start(CoachFixture.coach(coach), DailyControl.notConfigured());
        try {
            Person p = Person.member("1500000000000000091", "closing");
            List<ObjectNode> q = h.interact(h.make.slash(p, Where.GUILD, "mockinterview")).replyWithButtons();
            ObjectNode card = q.get(q.size() - 1);
            BotHarness.Exchange press = h.interact(h.make.button(p, Where.GUILD, card, BotHarness.button(card, "Answer")));
            String form = press.callback.body().path("data").path("custom_id").asText();
            BotHarness.Exchange submit = h.interact(h.make.modalSubmit(p, Where.GUILD, form,
                    Map.of("answer", "I own this, " + HOLD + ", and I cut costs by 20%.")));
            assertThat(coach.holding.await(10, TimeUnit.SECONDS)).isTrue();

            Thread closer = new Thread(h.bot::close, "test-close");
            closer.start();
            // the stop is under way (close() waits for the work) while the analysis is still running; then it finishes
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (closer.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
                closer.join(5);
            }
            assertThat(closer.getState()).isEqualTo(Thread.State.TIMED_WAITING);
            coach.release.countDown();
            closer.join(30_000);

            assertThat(h.fake.requests()).as("the deferred reply was completed before the bot closed")
                    .anyMatch(r -> r.path().startsWith("/webhooks/1200000000000000001/" + submit.dispatched.token())
                            && String.valueOf(r.body()).contains("Feedback"));
        } finally {
            coach.release.countDown();
            h.close();
        }
    }
}
