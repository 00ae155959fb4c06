package dev.loopcoach.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopcoach.core.port.DeliveryLog;
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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DeliveryLog} must do; the in-memory log, H2 and PostgreSQL run these same tests.
 * {@link #process()} opens another "process" on the same store. Ids are random per test, so tests may share a store.
 */
public abstract class DeliveryLogContract {
    protected static final Instant T0 = Instant.parse("2026-03-27T08:00:00.123456Z");

    /** Opens an independent instance over one shared store (the first call of a class may create the store). */
    protected abstract DeliveryLog openLog() throws Exception;

    /** Called after every test. */
    protected void cleanUp() throws Exception {
    }

    private final List<DeliveryLog> opened = new ArrayList<>();

    protected final DeliveryLog process() throws Exception {
        DeliveryLog log = openLog();
        opened.add(log);
        return log;
    }

    @AfterEach
    final void after() throws Exception {
        opened.clear();
        cleanUp();
    }

    protected static String freshId() {
        return "Ev" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
    }

    @Test
    void givenNewDelivery_whenRecordedTwice_thenOnlyTheFirstIsFirst() throws Exception {
        DeliveryLog log = process();
        String id = freshId();

        assertThat(log.firstDelivery("slack", id, T0)).isTrue();
        assertThat(log.firstDelivery("slack", id, T0.plusSeconds(60))).isFalse();
        assertThat(log.firstDelivery("slack", id, T0.plusSeconds(300))).isFalse();
    }

    @Test
    void givenSameIdOnTwoPlatforms_thenEachPlatformHasItsOwnFirst() throws Exception {
        DeliveryLog log = process();
        String id = freshId();

        assertThat(log.firstDelivery("slack", id, T0)).isTrue();
        assertThat(log.firstDelivery("discord", id, T0)).isTrue();
        assertThat(log.firstDelivery("discord", id, T0)).isFalse();
    }

    @Test
    void givenDeliveryRecordedByOneProcess_whenAnotherSeesItAgain_thenItIsNotFirst() throws Exception {
        DeliveryLog a = process();
        DeliveryLog b = process();
        String id = freshId();

        assertThat(a.firstDelivery("slack", id, T0)).isTrue();

        assertThat(b.firstDelivery("slack", id, T0.plusSeconds(1))).isFalse();
        assertThat(a.firstDelivery("slack", id, T0.plusSeconds(2))).isFalse();
    }

    @Test
    void givenSixteenConcurrentDeliveriesOnTwoProcesses_thenExactlyOneIsFirst() throws Exception {
        List<DeliveryLog> logs = List.of(process(), process());
        String id = freshId();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                DeliveryLog log = logs.get(i % 2);
                Callable<Boolean> call = () -> {
                    go.await();
                    return log.firstDelivery("slack", id, T0);
                };
                results.add(pool.submit(call));
            }
            go.countDown();
            int first = 0;
            for (Future<Boolean> f : results) {
                if (f.get(20, TimeUnit.SECONDS)) {
                    first++;
                }
            }
            assertThat(first).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givenOldAndRecentDeliveries_whenOldOnesAreForgotten_thenOnlyTheRecentOnesAreStillKnown() throws Exception {
        DeliveryLog log = process();
        String old = freshId();
        String recent = freshId();
        Instant later = T0.plus(Duration.ofHours(30));
        log.firstDelivery("slack", old, T0);
        log.firstDelivery("slack", recent, later);

        int forgotten = log.forgetBefore(later.minus(DeliveryLog.KEEP));

        assertThat(forgotten).isGreaterThanOrEqualTo(1);
        assertThat(log.firstDelivery("slack", recent, later)).as("recent one still known").isFalse();
        assertThat(log.firstDelivery("slack", old, later)).as("old one forgotten, so new again").isTrue();
    }

    @Test
    void givenNothingOlderThanTheCutoff_whenForgetting_thenNothingIsRemoved() throws Exception {
        DeliveryLog log = process();
        String id = freshId();
        log.firstDelivery("slack", id, T0.plus(Duration.ofDays(400)));

        log.forgetBefore(T0.plus(Duration.ofDays(400)));

        assertThat(log.firstDelivery("slack", id, T0.plus(Duration.ofDays(400)))).isFalse();
    }

    @Test
    void givenLongestAllowedId_thenItIsStored() throws Exception {
        DeliveryLog log = process();
        String id = (freshId() + "x".repeat(DeliveryLog.MAX_ID_LENGTH)).substring(0, DeliveryLog.MAX_ID_LENGTH);

        assertThat(log.firstDelivery("slack", id, T0)).isTrue();
        assertThat(log.firstDelivery("slack", id, T0)).isFalse();
    }

    @Test
    void givenBlankOrTooLongIdOrBadPlatform_thenRejectedWithAClearMessage() throws Exception {
        DeliveryLog log = process();

        assertThatThrownBy(() -> log.firstDelivery("slack", " ", T0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("delivery id");
        assertThatThrownBy(() -> log.firstDelivery("slack", "x".repeat(DeliveryLog.MAX_ID_LENGTH + 1), T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delivery id");
        assertThatThrownBy(() -> log.firstDelivery("Slack!", freshId(), T0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("platform");
    }
}
