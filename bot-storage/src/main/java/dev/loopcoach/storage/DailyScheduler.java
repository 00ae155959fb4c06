package dev.loopcoach.storage;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.loopcoach.core.daily.DailyResult;
import dev.loopcoach.core.port.Clock;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the daily due-check on db-scheduler: one recurring task in {@code scheduled_tasks}. Any number of processes
 * may run a scheduler on the same database: db-scheduler lets one of them pick each run (row lock), and every post
 * is claimed in {@code daily_posts} before it is sent, so a channel still gets each post once.
 * <pre>{@code
 * DailyScheduler scheduler = DailyScheduler.create(storage.dataSource(), dailyService::runDue, Clock.system(),
 *         DailyScheduler.Settings.defaults());
 * scheduler.start();            // on shutdown: scheduler.stop();
 * }</pre>
 */
public final class DailyScheduler implements AutoCloseable {
    public static final String TASK_NAME = "loopcoach-daily-due";
    private static final Logger LOG = LoggerFactory.getLogger(DailyScheduler.class);
    private static final Duration HEARTBEAT = Duration.ofSeconds(10);
    private static final int MISSED_HEARTBEATS = 6;
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(20);

    /** The due-check to run, e.g. {@code dailyService::runDue}. */
    @FunctionalInterface
    public interface DueCheck {
        List<DailyResult> runDue(Instant now);
    }

    /** The next instant a post falls due after {@code now}, if any channel has one (e.g. {@code dailyService::nextDue}). */
    @FunctionalInterface
    public interface NextDue {
        java.util.Optional<Instant> after(Instant now);
    }

    /**
     * @param checkEvery pause between two due-checks (a post goes out at most this much plus {@code polling} late)
     * @param polling how often db-scheduler looks for due work
     * @param instanceName this process in {@code scheduled_tasks.picked_by} (at most 50 characters)
     */
    public record Settings(Duration checkEvery, Duration polling, String instanceName) {
        public Settings {
            Objects.requireNonNull(checkEvery, "checkEvery");
            Objects.requireNonNull(polling, "polling");
            if (checkEvery.compareTo(Duration.ofMillis(100)) < 0 || checkEvery.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new IllegalArgumentException("checkEvery must be between 100 ms and 5 minutes");
            }
            if (polling.compareTo(Duration.ofMillis(50)) < 0 || polling.compareTo(checkEvery) > 0) {
                throw new IllegalArgumentException("polling must be at least 50 ms and at most checkEvery");
            }
            if (instanceName == null || instanceName.isBlank() || instanceName.length() > 50) {
                throw new IllegalArgumentException("instanceName must be 1-50 characters");
            }
        }

        /** A check every 30 s, polling every 5 s, named after the host plus a random suffix. */
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(30), Duration.ofSeconds(5), defaultInstanceName());
        }

        /**
         * A check every {@code checkEvery} (e.g. the configured poll seconds) or at the next due post, polling every
         * second (the most a post at its minute is late) or more often.
         */
        public static Settings every(Duration checkEvery) {
            Duration polling = checkEvery.compareTo(Duration.ofSeconds(1)) < 0 ? checkEvery : Duration.ofSeconds(1);
            return new Settings(checkEvery, polling, defaultInstanceName());
        }

        static String defaultInstanceName() {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "loopcoach";
            }
            String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);
            return (host.length() > 50 - suffix.length() ? host.substring(0, 50 - suffix.length()) : host) + suffix;
        }
    }

    private final Scheduler scheduler;
    private volatile boolean started;

    private DailyScheduler(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** @param clock the time handed to the due-check (the system clock in production, a controllable one in tests) */
    public static DailyScheduler create(DataSource dataSource, DueCheck check, Clock clock, Settings settings) {
        return create(dataSource, check, now -> java.util.Optional.empty(), clock, settings);
    }

    /**
     * As above, and each next check is set for the moment the next post falls due when that comes before
     * {@code checkEvery}: posts go out at their minute (late by at most the polling interval), not up to a check later.
     */
    public static DailyScheduler create(DataSource dataSource, DueCheck check, NextDue nextDue, Clock clock, Settings settings) {
        RecurringTask<Void> task = Tasks.recurring(TASK_NAME, new UntilNextDue(settings.checkEvery(), nextDue, clock))
                .execute((instance, context) -> run(check, clock));
        Scheduler scheduler = Scheduler.create(dataSource)
                .startTasks(task)
                .pollingInterval(settings.polling())
                .threads(1)
                .schedulerName(new SchedulerName.Fixed(settings.instanceName()))
                // a process that dies mid-check releases the task within about a minute, not db-scheduler's default 30
                .heartbeatInterval(HEARTBEAT)
                .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                .shutdownMaxWait(SHUTDOWN_WAIT)
                .build();
        return new DailyScheduler(scheduler);
    }

    /**
     * The recurring task's schedule: the next check at the next due post or after {@code checkEvery}, whichever comes
     * first. The wait is measured on {@code clock} and added to db-scheduler's own time, so a test clock works too.
     */
    private record UntilNextDue(Duration checkEvery, NextDue nextDue, Clock clock)
            implements com.github.kagkarlsson.scheduler.task.schedule.Schedule {
        @Override
        public Instant getNextExecutionTime(com.github.kagkarlsson.scheduler.task.ExecutionComplete complete) {
            Duration wait = checkEvery;
            try {
                Instant now = clock.now();
                java.util.Optional<Instant> due = nextDue.after(now);
                if (due.isPresent() && Duration.between(now, due.get()).compareTo(wait) < 0) {
                    wait = Duration.between(now, due.get()).isNegative() ? Duration.ZERO : Duration.between(now, due.get());
                }
            } catch (RuntimeException e) {
                LOG.warn("could not compute the next daily post's time; checking again in {}", checkEvery, e);
            }
            return complete.getTimeDone().plus(wait);
        }

        @Override
        public Instant getInitialExecutionTime(Instant now) {
            return now;
        }

        @Override
        public boolean isDeterministic() {
            return false;
        }
    }

    private static void run(DueCheck check, Clock clock) {
        try {
            List<DailyResult> results = check.runDue(clock.now());
            if (!results.isEmpty()) {
                LOG.debug("daily due-check handled {} channel(s)", results.size());
            }
        } catch (RuntimeException e) {
            // the next run tries again; a failure here must not stop the recurring task
            LOG.error("daily due-check failed", e);
        }
    }

    public synchronized void start() {
        if (!started) {
            scheduler.start();
            started = true;
            LOG.info("daily scheduler started");
        }
    }

    /** Stops polling and waits (up to 20 s) for a running due-check to finish. */
    public synchronized void stop() {
        if (started) {
            scheduler.stop();
            started = false;
            LOG.info("daily scheduler stopped");
        }
    }

    @Override
    public void close() {
        stop();
    }
}
