package dev.loopcoach.storage;

import static dev.loopcoach.storage.DailyRig.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.DailyResult;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RecordingPoster;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two Loop Coach processes (each its own pool, service, poster and db-scheduler) on one PostgreSQL: every
 * channel gets exactly one post per day, whether the schedulers run side by side or the due-checks are fired
 * at the same moment from both, and a restarted process adds nothing.
 */
class DailyClusterPostgresTest {
    private static final int CHANNELS = 20;
    private static QuestionBank bank;
    private final List<DailyRig> rigs = new ArrayList<>();
    private final ManualClock clock = ManualClock.at("2026-03-23T07:30:00Z"); // Monday 08:30 in Berlin
    private DatabaseConfig config;
    private List<ChannelKey> channels;

    @BeforeAll
    static void loadBank() {
        bank = new BankLoader().builtInOnly();
    }

    @BeforeEach
    void twoProcessesOnOneSchema() throws Exception {
        PostgresTestDatabase.requireReachable();
        config = PostgresTestDatabase.config().withSchema(PostgresTestDatabase.createSchema());
        RecordingPoster first = new RecordingPoster();
        rigs.add(new DailyRig(config, bank, clock, first, "process-a", 1));
        rigs.add(new DailyRig(config, bank, clock, first.sibling("b"), "process-b", 2));
        channels = new ArrayList<>();
        for (int i = 0; i < CHANNELS; i++) {
            ChannelKey ch = new ChannelKey(i % 2 == 0 ? "slack" : "discord", "W" + (i % 3), "C" + i);
            channels.add(ch);
            rigs.get(i % 2).service().set(ch, "09:00 Europe/Berlin mon-fri", "U0ADMIN");
        }
    }

    @AfterEach
    void closeAndDrop() throws Exception {
        rigs.forEach(DailyRig::close);
        rigs.clear();
        if (config != null) {
            PostgresTestDatabase.dropSchema(config.schema());
        }
    }

    private List<RecordingPoster.Posted> allPosts() {
        List<RecordingPoster.Posted> all = new ArrayList<>();
        rigs.forEach(r -> all.addAll(r.poster().posted()));
        return all;
    }

    @Test
    void twoSchedulersSideBySide_postExactlyOncePerChannel() throws Exception {
        DailyRig a = rigs.get(0);
        DailyRig b = rigs.get(1);
        a.scheduler().start();
        b.scheduler().start();
        await(() -> a.runs() + b.runs() >= 4, Duration.ofSeconds(15), "due-checks before the minute");
        assertThat(allPosts()).isEmpty();

        clock.set(Instant.parse("2026-03-23T08:00:05Z"));
        await(() -> allPosts().size() >= CHANNELS, Duration.ofSeconds(15), "a post in every channel");
        int runs = a.runs() + b.runs();
        await(() -> a.runs() + b.runs() >= runs + 8, Duration.ofSeconds(15), "eight more due-checks");

        assertThat(allPosts()).hasSize(CHANNELS);
        assertThat(allPosts()).extracting(RecordingPoster.Posted::channel).containsExactlyInAnyOrderElementsOf(channels);
    }

    @Test
    void dueChecksFiredAtTheSameMomentFromBothProcesses_postExactlyOncePerChannel() throws Exception {
        clock.set(Instant.parse("2026-03-23T08:00:05Z"));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<DailyResult>>> runs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                DailyRig rig = rigs.get(i % 2);
                Callable<List<DailyResult>> run = () -> {
                    go.await();
                    return rig.service().runDue(clock.now());
                };
                runs.add(pool.submit(run));
            }
            go.countDown();
            int posted = 0;
            for (Future<List<DailyResult>> f : runs) {
                posted += (int) f.get(60, TimeUnit.SECONDS).stream().filter(DailyResult::posted).count();
            }
            assertThat(posted).isEqualTo(CHANNELS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(allPosts()).hasSize(CHANNELS);
        assertThat(allPosts()).extracting(RecordingPoster.Posted::channel).containsExactlyInAnyOrderElementsOf(channels);
    }

    @Test
    void aProcessRestartedAtThePostingMinute_postsNothingMore() throws Exception {
        DailyRig a = rigs.get(0);
        clock.set(Instant.parse("2026-03-23T08:00:05Z"));
        a.scheduler().start();
        await(() -> allPosts().size() >= CHANNELS, Duration.ofSeconds(15), "a post in every channel");
        a.close();
        rigs.remove(a);

        RecordingPoster restartedPoster = new RecordingPoster().sibling("restarted");
        DailyRig restarted = new DailyRig(config, bank, clock, restartedPoster, "process-a-restarted", 3);
        rigs.add(restarted);
        restarted.scheduler().start();
        clock.set(Instant.parse("2026-03-23T08:00:40Z"));
        await(() -> restarted.runs() >= 4, Duration.ofSeconds(15), "due-checks after the restart");

        assertThat(restartedPoster.posted()).isEmpty();
    }
}
