package dev.loopcoach.storage;

import static org.assertj.core.api.Assertions.fail;

import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.daily.DailyConfig;
import dev.loopcoach.core.daily.DailyService;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.testing.RecordingPoster;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * One "process" of the daily feature on a database: its own Storage (pool), stores, service, poster and scheduler.
 * {@link #runs()} counts completed due-checks of its scheduler.
 */
final class DailyRig implements AutoCloseable {
    private final Storage storage;
    private final DailyService service;
    private final RecordingPoster poster;
    private final DailyScheduler scheduler;
    private final AtomicInteger runs = new AtomicInteger();

    DailyRig(DatabaseConfig config, QuestionBank bank, Clock clock, RecordingPoster poster, String name, long seed) {
        this(config, bank, clock, poster, name, seed, Duration.ofMillis(150), false);
    }

    /** With {@code atTheMinute}, each next check is set for the next due post (as the app runs it). */
    DailyRig(DatabaseConfig config, QuestionBank bank, Clock clock, RecordingPoster poster, String name, long seed,
             Duration checkEvery, boolean atTheMinute) {
        this.storage = Storage.open(config);
        this.poster = poster;
        DailyStores stores = DailyStores.on(storage, clock);
        this.service = new DailyService(stores.settings(), stores.posts(), poster, bank, clock, new SplittableRandom(seed),
                DailyConfig.defaults());
        DailyScheduler.DueCheck check = now -> {
            var results = service.runDue(now);
            runs.incrementAndGet();
            return results;
        };
        DailyScheduler.Settings settings = new DailyScheduler.Settings(checkEvery, Duration.ofMillis(50), name);
        this.scheduler = atTheMinute ? DailyScheduler.create(storage.dataSource(), check, service::nextDue, clock, settings)
                : DailyScheduler.create(storage.dataSource(), check, clock, settings);
    }

    DailyService service() {
        return service;
    }

    RecordingPoster poster() {
        return poster;
    }

    DailyScheduler scheduler() {
        return scheduler;
    }

    Storage storage() {
        return storage;
    }

    int runs() {
        return runs.get();
    }

    @Override
    public void close() {
        scheduler.stop();
        storage.close();
    }

    static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
