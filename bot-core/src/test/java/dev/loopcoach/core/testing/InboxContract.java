package dev.loopcoach.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.port.Inbox;
import dev.loopcoach.core.port.UserKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Inbox} must do; the in-memory inbox, H2 and PostgreSQL run these same tests. {@link #process()}
 * opens another "process" on the same store. Ids and platforms are random per test, so tests may share a store.
 */
public abstract class InboxContract {
    protected static final Instant T0 = Instant.parse("2026-03-27T08:00:00.123456Z");

    /** Opens an independent instance over one shared store. */
    protected abstract Inbox process() throws Exception;

    private String platform;

    /** A platform of its own per test, so tests may share a store (and a test instance). */
    @BeforeEach
    final void freshPlatform() {
        StringBuilder sb = new StringBuilder("p");
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            sb.append((char) ('a' + r.nextInt(26)));
        }
        platform = sb.toString();
    }

    private Inbox.Letter letter(String text, Instant at) {
        return new Inbox.Letter(platform, "Ev" + UUID.randomUUID(), new UserKey("slack", "T0:U" + text.length()),
                Inbox.Kind.ANSWER, text, "U0CAND", at);
    }

    @Test
    void givenKeptLetter_whenKeptAgainFromAnyProcess_thenItIsARepeatAndComesBackWhole() throws Exception {
        Inbox a = process();
        Inbox.Letter l = letter("I owned the returns flow and cut refunds from 9 days to 4.", T0);

        assertThat(a.keep(l)).isTrue();
        assertThat(a.keep(l)).isFalse();
        assertThat(process().keep(l)).isFalse();
        assertThat(process().unfinished(platform, T0.plusSeconds(1), 10)).containsExactly(l);
    }

    @Test
    void givenLettersOfEveryKind_whenReadBack_thenEachKeepsItsKindAndText() throws Exception {
        Inbox a = process();
        String command = dev.loopcoach.core.intake.CommandCodec.encode(new dev.loopcoach.core.command.CoachCommand.AddStory(
                "Returns \"v2\"", "Refunds: 9 \u2192 4 days"));
        List<Inbox.Letter> kept = new java.util.ArrayList<>();
        for (Inbox.Kind kind : Inbox.Kind.values()) {
            Inbox.Letter l = new Inbox.Letter(platform, "Ev" + UUID.randomUUID(), new UserKey("discord", "15" + kind.ordinal()),
                    kind, kind == Inbox.Kind.COMMAND ? command : "text of " + kind, "U0CAND", T0.plusSeconds(kind.ordinal()));
            assertThat(a.keep(l)).isTrue();
            kept.add(l);
        }
        assertThat(process().unfinished(platform, T0.plusSeconds(60), 10)).containsExactlyElementsOf(kept);
        assertThat(dev.loopcoach.core.intake.CommandCodec.decode(kept.get(kept.size() - 1).text()))
                .isEqualTo(new dev.loopcoach.core.command.CoachCommand.AddStory("Returns \"v2\"", "Refunds: 9 \u2192 4 days"));
    }

    @Test
    void givenLetterStillTakenByItsReceiver_whenAnotherProcessSweeps_thenItIsNotHandedOut() throws Exception {
        Inbox a = process();
        Inbox.Letter l = letter("an answer", T0);
        a.keep(l);

        assertThat(a.begin(l, T0.plusSeconds(2))).isTrue();

        assertThat(process().unfinished(platform, T0.plusSeconds(2), 10)).as("taken at +2s is not stale at +2s").isEmpty();
        assertThat(process().retake(platform, l.deliveryId(), T0.plusSeconds(2), T0.plusSeconds(30))).isFalse();
        assertThat(process().unfinished(platform, T0.plusSeconds(3), 10)).containsExactly(l);
    }

    @Test
    void givenStaleLetter_whenTwoProcessesRetakeAtOnce_thenExactlyOneGetsIt_andTheReceiverCanNoLongerBegin() throws Exception {
        Inbox receiver = process();
        Inbox.Letter l = letter("an answer", T0);
        receiver.keep(l);
        List<Inbox> sweepers = List.of(process(), process(), process(), process());
        ExecutorService pool = Executors.newFixedThreadPool(sweepers.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Boolean>> got = new ArrayList<>();
            for (Inbox s : sweepers) {
                Callable<Boolean> retake = () -> {
                    go.await();
                    return s.retake(platform, l.deliveryId(), T0.plusSeconds(20), T0.plusSeconds(21));
                };
                got.add(pool.submit(retake));
            }
            go.countDown();
            int winners = 0;
            for (Future<Boolean> f : got) {
                winners += f.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(receiver.begin(l, T0.plusSeconds(22))).as("a sweep took it over").isFalse();
    }

    @Test
    void givenDoneLetter_thenNeverHandedOutAgain_butStillARepeat_untilForgotten() throws Exception {
        Inbox a = process();
        Inbox.Letter done = letter("done one", T0);
        Inbox.Letter open = letter("open one", T0.plusSeconds(1));
        a.keep(done);
        a.keep(open);

        a.done(platform, done.deliveryId());

        assertThat(process().unfinished(platform, T0.plus(Duration.ofHours(2)), 10)).containsExactly(open);
        assertThat(process().retake(platform, done.deliveryId(), T0.plus(Duration.ofHours(2)), T0.plus(Duration.ofHours(2))))
                .isFalse();
        assertThat(a.keep(done)).isFalse();
        assertThat(a.forgetDoneBefore(T0.plus(Inbox.KEEP).plusSeconds(1))).isEqualTo(1);
        assertThat(a.keep(done)).as("forgotten after a day").isTrue();
        assertThat(process().unfinished(platform, T0.plus(Duration.ofHours(2)), 10)).as("open letters are never forgotten")
                .contains(open);
    }

    @Test
    void givenSeveralOpenLetters_thenOldestComeFirst_withinTheLimit_andOnlyForThePlatform() throws Exception {
        Inbox a = process();
        Inbox.Letter second = letter("second", T0.plusSeconds(2));
        Inbox.Letter first = letter("first", T0.plusSeconds(1));
        Inbox.Letter third = letter("third", T0.plusSeconds(3));
        a.keep(second);
        a.keep(third);
        a.keep(first);
        a.keep(new Inbox.Letter("zz" + platform.substring(2), "Ev-other", first.user(), Inbox.Kind.MESSAGE, "other", "U0", T0));

        assertThat(process().unfinished(platform, T0.plusSeconds(60), 2)).containsExactly(first, second);
    }
}
