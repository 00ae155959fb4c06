package dev.loopcoach.slack.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.port.DeliveryLog;
import dev.loopcoach.core.testing.InMemoryDeliveryLog;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventDedupeTest {

    @Test
    @DisplayName("32 concurrent deliveries of one event id: exactly one is first")
    void givenConcurrentDeliveries_exactlyOneWins() throws Exception {
        CaffeineEventDedupe dedupe = new CaffeineEventDedupe(Duration.ofMinutes(5), 1000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger winners = new AtomicInteger();
        for (int i = 0; i < 32; i++) {
            pool.submit(() -> {
                go.await();
                if (dedupe.firstTime("Ev0SAME")) {
                    winners.incrementAndGet();
                }
                return null;
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        assertThat(winners.get()).isEqualTo(1);
        assertThat(dedupe.firstTime("Ev0OTHER")).isTrue();
    }

    @Test
    @DisplayName("the durable store decides when memory has not seen the id (e.g. another instance handled it)")
    void givenDurableSeenElsewhere_notFirst() {
        Set<String> database = ConcurrentHashMap.newKeySet();
        database.add("Ev0HANDLED_BY_B");
        EventDedupe durable = database::add;
        LayeredEventDedupe layered = new LayeredEventDedupe(CaffeineEventDedupe.defaults(), Optional.of(durable));

        assertThat(layered.firstTime("Ev0HANDLED_BY_B")).isFalse();
        assertThat(layered.firstTime("Ev0NEW")).isTrue();
        assertThat(layered.firstTime("Ev0NEW")).isFalse();
        assertThat(database).contains("Ev0NEW");
    }

    @Test
    @DisplayName("the durable layer records Slack event ids in the delivery log: first time true, then false")
    void givenDeliveryLog_slackIdsRecordedOnce() {
        InMemoryDeliveryLog log = new InMemoryDeliveryLog();
        DeliveryLogDedupe dedupe = new DeliveryLogDedupe(log, () -> Instant.parse("2026-03-25T08:00:00Z"));

        assertThat(dedupe.firstTime("Ev0DURABLE")).isTrue();
        assertThat(dedupe.firstTime("Ev0DURABLE")).isFalse();
        assertThat(log.firstDelivery("slack", "Ev0DURABLE", Instant.now())).as("kept under the slack platform").isFalse();
        assertThat(log.firstDelivery("discord", "Ev0DURABLE", Instant.now())).isTrue();
    }

    @Test
    @DisplayName("when the delivery log cannot be reached the event is handled (memory already stopped this instance's repeats)")
    void givenDeliveryLogDown_eventHandled() {
        DeliveryLog down = new DeliveryLog() {
            @Override
            public boolean firstDelivery(String platform, String deliveryId, Instant at) {
                throw new IllegalStateException("database unreachable");
            }

            @Override
            public int forgetBefore(Instant cutoff) {
                throw new IllegalStateException("database unreachable");
            }
        };
        LayeredEventDedupe layered = new LayeredEventDedupe(CaffeineEventDedupe.defaults(),
                Optional.of(new DeliveryLogDedupe(down, Instant::now)));

        assertThat(layered.firstTime("Ev0WHILEDOWN")).isTrue();
        assertThat(layered.firstTime("Ev0WHILEDOWN")).as("memory still catches the repeat").isFalse();
    }
}
