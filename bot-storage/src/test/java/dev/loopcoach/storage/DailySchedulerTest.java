package dev.loopcoach.storage;

import static dev.loopcoach.storage.DailyRig.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.DailyPost;
import dev.loopcoach.core.daily.PostStatus;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RecordingPoster;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The db-scheduler task on H2: it runs the due-check, posts on time, keeps going, and stops when told. */
class DailySchedulerTest {
    private static QuestionBank bank;
    private final List<DailyRig> rigs = new ArrayList<>();
    private final DatabaseConfig config = DatabaseConfig.h2Memory("daily-scheduler-" + UUID.randomUUID());
    private final ManualClock clock = ManualClock.at("2026-03-23T07:59:00Z"); // Monday 08:59 in Berlin

    @BeforeAll
    static void loadBank() {
        bank = new BankLoader().builtInOnly();
    }

    @AfterEach
    void closeAll() throws Exception {
        rigs.forEach(DailyRig::close);
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
             Statement s = c.createStatement()) {
            s.execute("shutdown");
        }
    }

    private DailyRig rig(RecordingPoster poster, String name) {
        DailyRig rig = new DailyRig(config, bank, clock, poster, name, rigs.size() + 1);
        rigs.add(rig);
        return rig;
    }

    @Test
    void givenSchedulesInThreeChannels_whenTheMinuteComes_theSchedulerPostsEachOnce_andKeepsRunning() throws Exception {
        DailyRig rig = rig(new RecordingPoster(), "test-a");
        List<ChannelKey> channels = List.of(new ChannelKey("slack", "T1", "C1"), new ChannelKey("slack", "T1", "C2"),
                new ChannelKey("discord", "G1", "C3"));
        channels.forEach(ch -> rig.service().set(ch, "09:00 Europe/Berlin mon-fri", "U0ADMIN"));
        rig.scheduler().start();
        await(() -> rig.runs() >= 3, Duration.ofSeconds(10), "three due-checks before the minute");
        assertThat(rig.poster().posted()).isEmpty();

        clock.set(Instant.parse("2026-03-23T08:00:05Z"));
        await(() -> rig.poster().posted().size() == 3, Duration.ofSeconds(10), "three posts");
        int runsAfterPosting = rig.runs();
        await(() -> rig.runs() >= runsAfterPosting + 5, Duration.ofSeconds(10), "five more due-checks");

        assertThat(rig.poster().posted()).extracting(RecordingPoster.Posted::channel).containsExactlyInAnyOrderElementsOf(channels);
        DailyPost recorded = DailyStores.on(rig.storage(), clock).posts().findByMessage(channels.get(0),
                rig.poster().postedTo(channels.get(0)).get(0).ref()).orElseThrow();
        assertThat(recorded.status()).isEqualTo(PostStatus.POSTED);
        assertThat(recorded.localDate()).isEqualTo(LocalDate.of(2026, 3, 23));

        clock.set(Instant.parse("2026-03-24T08:00:05Z"));
        await(() -> rig.poster().posted().size() == 6, Duration.ofSeconds(10), "the next day's three posts");
    }

    @Test
    void theRecurringTask_isOneRowInScheduledTasks_sharedByAllProcesses() throws Exception {
        DailyRig a = rig(new RecordingPoster(), "test-a");
        DailyRig b = rig(new RecordingPoster(), "test-b");
        a.scheduler().start();
        b.scheduler().start();
        await(() -> a.runs() + b.runs() >= 4, Duration.ofSeconds(10), "due-checks");

        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
             PreparedStatement ps = c.prepareStatement("select count(*) from scheduled_tasks where task_name = ?")) {
            ps.setString(1, DailyScheduler.TASK_NAME);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void afterStop_noMoreDueChecksRun() throws Exception {
        DailyRig rig = rig(new RecordingPoster(), "test-a");
        rig.scheduler().start();
        await(() -> rig.runs() >= 2, Duration.ofSeconds(10), "two due-checks");

        rig.scheduler().stop();
        int stoppedAt = rig.runs();
        Thread.sleep(500);

        assertThat(rig.runs()).isEqualTo(stoppedAt);
    }

    @Test
    void aFailingDueCheck_isLogged_andTheNextRunStillHappens() throws Exception {
        List<Instant> seen = new ArrayList<>();
        DailyScheduler scheduler = DailyScheduler.create(rig(new RecordingPoster(), "unused").storage().dataSource(), now -> {
            synchronized (seen) {
                seen.add(now);
                if (seen.size() == 1) {
                    throw new IllegalStateException("simulated failure");
                }
            }
            return List.of();
        }, clock, new DailyScheduler.Settings(Duration.ofMillis(150), Duration.ofMillis(50), "test-failing"));
        try {
            scheduler.start();
            await(() -> {
                synchronized (seen) {
                    return seen.size() >= 3;
                }
            }, Duration.ofSeconds(10), "three runs, the first failing");
        } finally {
            scheduler.stop();
        }
        synchronized (seen) {
            assertThat(seen).hasSizeGreaterThanOrEqualTo(3).allMatch(clock.now()::equals);
        }
    }

    @Test
    void badSettings_areRefused() {
        assertThatThrownBy(() -> new DailyScheduler.Settings(Duration.ofMillis(10), Duration.ofMillis(50), "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DailyScheduler.Settings(Duration.ofSeconds(30), Duration.ofMinutes(1), "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DailyScheduler.Settings(Duration.ofSeconds(30), Duration.ofSeconds(5), "x".repeat(51)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(DailyScheduler.Settings.defaults().instanceName()).hasSizeLessThanOrEqualTo(50);
        assertThat(DailyScheduler.Settings.every(Duration.ofSeconds(30)).polling()).isEqualTo(Duration.ofSeconds(1));
        assertThat(DailyScheduler.Settings.every(Duration.ofMillis(500)).polling()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void givenAPostDueBeforeTheNextRegularCheck_thenTheSchedulerWakesAtItsMinute() throws Exception {
        clock.set(Instant.parse("2026-03-23T07:59:58Z")); // two seconds before 09:00 in Berlin
        DailyRig rig = new DailyRig(config, bank, clock, new RecordingPoster(), "test-minute", 1, Duration.ofMinutes(5), true);
        rigs.add(rig);
        ChannelKey channel = new ChannelKey("slack", "T1", "C1");
        rig.service().set(channel, "09:00 Europe/Berlin mon-fri", "U0ADMIN");

        rig.scheduler().start();
        await(() -> rig.runs() >= 1, Duration.ofSeconds(10), "the first due-check");
        clock.set(Instant.parse("2026-03-23T08:00:00.200Z"));

        // the regular check is five minutes away: only a wake-up at the due instant posts within seconds
        await(() -> rig.poster().posted().size() == 1, Duration.ofSeconds(10), "the post at its minute");
        assertThat(rig.poster().postedTo(channel)).hasSize(1);
        assertThat(rig.service().nextDue(clock.now())).contains(Instant.parse("2026-03-24T08:00:00Z"));
    }
}
