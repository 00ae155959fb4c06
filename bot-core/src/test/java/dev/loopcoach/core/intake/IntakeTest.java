package dev.loopcoach.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.CoachSettings;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.port.Inbox;
import dev.loopcoach.core.port.SessionStore;
import dev.loopcoach.core.port.StoredSession;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.session.InterviewSession;
import dev.loopcoach.core.session.SessionId;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RealCoach;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Durable intake as a process that dies at each point would leave it: kept but never handled, handled but its reply
 * never sent, overtaken by later messages, or refused by a store that is down. Each letter is applied at most once.
 */
class IntakeTest {
    private static final UserKey ALEX = new UserKey("slack", "T0:U0ALEX");
    private static final String ANSWER = "Last year I owned the returns flow. Refunds took 9 days, so my task was to cut "
            + "that before peak. I mapped every step, removed two manual approvals and shipped it in three weeks. "
            + "Refunds now take 4 days and complaints fell by 30%.";

    private final ManualClock clock = ManualClock.at("2026-03-27T08:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final SwitchableSessions sessions = new SwitchableSessions(stores.sessions());
    private final MemoryInbox inbox = new MemoryInbox();
    private Coach coach;
    private Intake intake;

    @BeforeEach
    void interviewUnderWay() {
        coach = RealCoach.over(stores, sessions, RealCoach.builtInBank(), clock, 7, CoachSettings.defaults());
        intake = new Intake(inbox, coach);
        coach.handle(ALEX, CoachCommand.StartInterview.defaults());
        clock.advance(Duration.ofSeconds(30));
    }

    private Inbox.Letter answer(String id, String text) {
        return intake.letter("slack", id, ALEX, Inbox.Kind.ANSWER, text, "U0ALEX");
    }

    private static CoachCommand command(Inbox.Letter l) {
        return new CoachCommand.SubmitAnswer(l.text());
    }

    private long turnsWith(String text) {
        return stores.sessions().recent(ALEX, 1).get(0).session().transcript().stream()
                .filter(t -> t.answer().equals(text)).count();
    }

    @Test
    void givenLetter_whenKeptTwice_thenTheSecondIsARepeat_andAStoreThatFailsIsUnavailable() {
        Inbox.Letter l = answer("Ev1", ANSWER);
        assertThat(intake.keep(l)).isEqualTo(Intake.Receipt.KEPT);
        assertThat(intake.keep(l)).isEqualTo(Intake.Receipt.REPEAT);

        Intake broken = new Intake(new dev.loopcoach.core.testing.DownInbox(), coach);
        assertThat(broken.keep(answer("Ev2", ANSWER))).isEqualTo(Intake.Receipt.UNAVAILABLE);
    }

    @Test
    void givenAnInboxThatKeepsLocally_thenTheLetterIsKeptOnTheCallersThread_andAFailureIsUnavailable() {
        MemoryInbox real = new MemoryInbox();
        java.util.List<Thread> keptOn = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean diskFull = new java.util.concurrent.atomic.AtomicBoolean();
        Inbox local = (Inbox) java.lang.reflect.Proxy.newProxyInstance(Inbox.class.getClassLoader(), new Class<?>[] {Inbox.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "keepsLocally" -> true;
                    case "keep" -> {
                        keptOn.add(Thread.currentThread());
                        if (diskFull.get()) {
                            throw new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
                        }
                        yield method.invoke(real, args);
                    }
                    default -> method.invoke(real, args);
                });
        Intake localIntake = new Intake(local, coach);

        assertThat(localIntake.keep(answer("Ev1", ANSWER))).isEqualTo(Intake.Receipt.KEPT);
        assertThat(localIntake.keep(answer("Ev1", ANSWER))).isEqualTo(Intake.Receipt.REPEAT);
        diskFull.set(true);
        assertThat(localIntake.keep(answer("Ev2", ANSWER))).isEqualTo(Intake.Receipt.UNAVAILABLE);
        assertThat(keptOn).hasSize(3).allMatch(t -> t == Thread.currentThread());
    }

    @Test
    void givenAStoreTooSlowForTheAck_thenTheLetterIsUnavailable_andTheLateWriteMakesThePlatformsRetryARepeat() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch written = new java.util.concurrent.CountDownLatch(1);
        MemoryInbox real = new MemoryInbox();
        Inbox slow = (Inbox) java.lang.reflect.Proxy.newProxyInstance(Inbox.class.getClassLoader(), new Class<?>[] {Inbox.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("keep") && release.getCount() > 0) {
                        release.await();
                        Object r = method.invoke(real, args);
                        written.countDown();
                        return r;
                    }
                    return method.invoke(real, args);
                });
        Intake slowIntake = new Intake(slow, coach);
        Inbox.Letter l = answer("Ev1", ANSWER);

        long start = System.nanoTime();
        assertThat(slowIntake.keep(l)).isEqualTo(Intake.Receipt.UNAVAILABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Intake.KEEP_BUDGET.plusSeconds(1));

        release.countDown();
        assertThat(written.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(slowIntake.keep(l)).as("the platform's retry finds it kept").isEqualTo(Intake.Receipt.REPEAT);
        clock.advance(Intake.STALE_AFTER.plusSeconds(1));
        assertThat(slowIntake.sweep("slack", IntakeTest::command)).as("and a sweep coaches it").hasSize(1);
    }

    @Test
    void givenKeptLetter_whenHandledAndDone_thenASweepLeavesItAlone() {
        Inbox.Letter l = answer("Ev1", ANSWER);
        intake.keep(l);

        Intake.Outcome outcome = intake.handle(l, command(l));
        intake.done(l);

        assertThat(outcome).isInstanceOf(Intake.Outcome.Answered.class);
        assertThat(((Intake.Outcome.Answered) outcome).reply().plainText()).contains("Bar Raiser feedback");
        clock.advance(Duration.ofMinutes(5));
        assertThat(intake.sweep("slack", IntakeTest::command)).isEmpty();
        assertThat(turnsWith(ANSWER)).isEqualTo(1);
    }

    @Test
    void givenProcessDiedRightAfterTheAck_whenASweepRunsLater_thenTheAnswerIsCoachedOnce() {
        Inbox.Letter l = answer("Ev1", ANSWER);
        intake.keep(l); // acknowledged; the process dies before any work

        clock.advance(Duration.ofSeconds(5));
        assertThat(intake.sweep("slack", IntakeTest::command)).as("not stale yet: its process may still be at it").isEmpty();
        clock.advance(Intake.STALE_AFTER);
        List<Intake.Replayed> replayed = intake.sweep("slack", IntakeTest::command);

        assertThat(replayed).hasSize(1);
        assertThat(replayed.get(0).reply().plainText()).startsWith(Intake.ReplayPolicy.LATE).contains("Bar Raiser feedback");
        assertThat(turnsWith(ANSWER)).isEqualTo(1);
        intake.done(l);
        clock.advance(Duration.ofMinutes(1));
        assertThat(intake.sweep("slack", IntakeTest::command)).isEmpty();
    }

    @Test
    void givenProcessDiedAfterHandlingButBeforeReplying_whenSwept_thenNotAppliedAgain_andTheCandidateIsToldWhereTheyAre() {
        Inbox.Letter l = answer("Ev1", ANSWER);
        intake.keep(l);
        intake.handle(l, command(l)); // applied; the reply never left

        clock.advance(Intake.STALE_AFTER.plusSeconds(1));
        List<Intake.Replayed> replayed = intake.sweep("slack", IntakeTest::command);

        assertThat(replayed).hasSize(1);
        assertThat(replayed.get(0).reply().plainText()).startsWith(Intake.ReplayPolicy.APPLIED);
        assertThat(turnsWith(ANSWER)).isEqualTo(1);
    }

    private Inbox.Letter commandLetter(String id, CoachCommand c) {
        return intake.command("slack", id, ALEX, c, "U0ALEX");
    }

    private static CoachCommand anyCommand(Inbox.Letter l) {
        return Intake.commandOf(l, text -> new CoachCommand.SubmitAnswer(text));
    }

    @Test
    void givenASkipKeptButNeverHandled_whenSwept_thenItIsAppliedOnce() {
        String before = stores.sessions().recent(ALEX, 1).get(0).session().toString();
        Inbox.Letter l = commandLetter("Tr1", new CoachCommand.Skip());
        assertThat(intake.keep(l)).isEqualTo(Intake.Receipt.KEPT);

        clock.advance(Intake.STALE_AFTER.plusSeconds(1));
        List<Intake.Replayed> replayed = intake.sweep("slack", IntakeTest::anyCommand);

        assertThat(replayed).hasSize(1);
        assertThat(replayed.get(0).reply().plainText()).startsWith(Intake.ReplayPolicy.LATE);
        assertThat(stores.sessions().recent(ALEX, 1).get(0).session().toString()).isNotEqualTo(before);
    }

    @Test
    void givenASkipAppliedButItsReplyLost_whenSwept_thenNotSkippedTwice_andTheCandidateSeesWhereTheyAre() {
        Inbox.Letter l = commandLetter("Tr1", new CoachCommand.Skip());
        intake.keep(l);
        intake.handle(l, anyCommand(l)); // the reply never left
        String afterOneSkip = stores.sessions().recent(ALEX, 1).get(0).session().toString();

        clock.advance(Intake.STALE_AFTER.plusSeconds(1));
        List<Intake.Replayed> replayed = intake.sweep("slack", IntakeTest::anyCommand);

        assertThat(replayed).hasSize(1);
        assertThat(replayed.get(0).reply().plainText()).startsWith(Intake.ReplayPolicy.COMMAND_APPLIED);
        assertThat(stores.sessions().recent(ALEX, 1).get(0).session().toString()).isEqualTo(afterOneSkip);
    }

    @Test
    void givenANewStoryKeptButNeverSaved_whenSwept_thenSavedOnce_andOneAlreadySavedIsNotSavedAgain() {
        Inbox.Letter first = commandLetter("Tr1", new CoachCommand.AddStory("Returns", ANSWER));
        intake.keep(first);
        clock.advance(Intake.STALE_AFTER.plusSeconds(1));
        assertThat(intake.sweep("slack", IntakeTest::anyCommand)).singleElement()
                .satisfies(r -> assertThat(r.reply().plainText()).startsWith(Intake.ReplayPolicy.LATE));
        assertThat(stores.stories().list(ALEX)).hasSize(1);
        intake.done(first); // the late reply went out

        clock.advance(Duration.ofMinutes(1));
        Inbox.Letter second = commandLetter("Tr2", new CoachCommand.AddStory("Pricing", ANSWER));
        intake.keep(second);
        intake.handle(second, anyCommand(second)); // saved; the reply never left
        clock.advance(Intake.STALE_AFTER.plusSeconds(1));
        assertThat(intake.sweep("slack", IntakeTest::anyCommand)).singleElement()
                .satisfies(r -> assertThat(r.reply().plainText()).startsWith(Intake.ReplayPolicy.STORIES_SAVED));
        assertThat(stores.stories().list(ALEX)).hasSize(2);
    }

    @Test
    void givenADrillAnswerLeftUnfinished_whenSwept_thenItIsHandedBackRatherThanGradedAgainstAnotherCard() {
        Inbox.Letter l = commandLetter("Tr1", new CoachCommand.Drill("answer my returns story"));
        intake.keep(l);
        clock.advance(Intake.STALE_AFTER.plusSeconds(1));

        assertThat(intake.sweep("slack", IntakeTest::anyCommand)).singleElement()
                .satisfies(r -> assertThat(r.reply().plainText()).startsWith(Intake.ReplayPolicy.DRILL_UNSURE)
                        .contains("answer my returns story"));
    }

    @Test
    void givenASettingKeptTwiceOver_whenSwept_thenAppliedAndTheSameAsOnce() {
        Inbox.Letter l = commandLetter("Tr1", new CoachCommand.SetTimeZone("Asia/Tokyo"));
        intake.keep(l);
        intake.handle(l, anyCommand(l));
        clock.advance(Intake.STALE_AFTER.plusSeconds(1));

        assertThat(intake.sweep("slack", IntakeTest::anyCommand)).singleElement()
                .satisfies(r -> assertThat(r.reply().plainText()).startsWith(Intake.ReplayPolicy.LATE).contains("Asia/Tokyo"));
    }

    @Test
    void givenLetterOvertakenByLaterMessages_whenSwept_thenItIsHandedBackNotApplied() {
        Inbox.Letter lost = answer("Ev1", ANSWER);
        intake.keep(lost); // this process dies; the candidate goes on elsewhere
        clock.advance(Duration.ofSeconds(2));
        coach.handle(ALEX, new CoachCommand.Skip());

        clock.advance(Intake.STALE_AFTER);
        List<Intake.Replayed> replayed = intake.sweep("slack", IntakeTest::command);

        assertThat(replayed).hasSize(1);
        assertThat(replayed.get(0).reply().plainText()).startsWith(Intake.ReplayPolicy.OVERTAKEN).contains("Refunds now take 4 days");
        assertThat(turnsWith(ANSWER)).isZero();
    }

    @Test
    void givenStoreDownWhileHandling_thenTheLetterIsHeld_andCoachedByASweepOnceTheStoreIsBack() {
        Inbox.Letter l = answer("Ev1", ANSWER);
        intake.keep(l);
        sessions.down = true;

        assertThat(intake.handle(l, command(l))).isInstanceOf(Intake.Outcome.Held.class);
        clock.advance(Intake.STALE_AFTER.plusSeconds(1));
        assertThat(intake.sweep("slack", IntakeTest::command)).as("still down: nothing to say yet").isEmpty();

        sessions.down = false;
        clock.advance(Intake.STALE_AFTER.plusSeconds(1));
        List<Intake.Replayed> replayed = intake.sweep("slack", IntakeTest::command);

        assertThat(replayed).hasSize(1);
        assertThat(replayed.get(0).reply().plainText()).contains("Bar Raiser feedback");
        assertThat(turnsWith(ANSWER)).isEqualTo(1);
    }

    @Test
    void givenSlowReceiver_whenASweepTookTheLetterOver_thenTheReceiverDoesNotApplyItToo() {
        Inbox.Letter l = answer("Ev1", ANSWER);
        intake.keep(l);
        clock.advance(Intake.STALE_AFTER.plusSeconds(1));
        assertThat(intake.sweep("slack", IntakeTest::command)).hasSize(1);

        assertThat(intake.handle(l, command(l))).isInstanceOf(Intake.Outcome.TakenOver.class);
        assertThat(turnsWith(ANSWER)).isEqualTo(1);
    }

    @Test
    void givenLetterThatKeepsFailing_whenAnHourHasPassed_thenItIsHandedBackAndClosed() {
        Inbox.Letter l = answer("Ev1", ANSWER);
        intake.keep(l);
        sessions.down = true;
        clock.advance(Duration.ofMinutes(61));

        List<Intake.Replayed> replayed = intake.sweep("slack", IntakeTest::command);

        assertThat(replayed).hasSize(1);
        Reply r = replayed.get(0).reply();
        assertThat(r.plainText()).startsWith(Intake.GAVE_UP).contains("Refunds now take 4 days");
    }

    /** The session store with a switch that makes every call fail, as an unreachable database does. */
    private static final class SwitchableSessions implements SessionStore {
        private final SessionStore real;
        volatile boolean down;

        SwitchableSessions(SessionStore real) {
            this.real = real;
        }

        private void check() {
            if (down) {
                throw new IllegalStateException("database unreachable");
            }
        }

        @Override
        public Optional<StoredSession> findActive(UserKey user) {
            check();
            return real.findActive(user);
        }

        @Override
        public Optional<StoredSession> find(SessionId id) {
            check();
            return real.find(id);
        }

        @Override
        public List<StoredSession> recent(UserKey user, int limit) {
            check();
            return real.recent(user, limit);
        }

        @Override
        public StoredSession create(InterviewSession session) {
            check();
            return real.create(session);
        }

        @Override
        public StoredSession update(InterviewSession session, long expectedVersion) {
            check();
            return real.update(session, expectedVersion);
        }
    }
}
