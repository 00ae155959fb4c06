package dev.loopcoach.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.plan.PlanRequest;
import dev.loopcoach.core.port.PlanReminderStore;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.port.UserPrefs;
import dev.loopcoach.core.port.UserPrefsStore;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every plan-reminder store guarantees, whatever it keeps its rows in: the people with a reminder are listed with
 * their plan and zone, and a day's reminder is claimed by exactly one of several processes sharing the store.
 */
public abstract class PlanReminderStoreContract {
    /** One process's view of the shared store. */
    public record Process(UserPrefsStore prefs, PlanReminderStore reminders) {
    }

    /** Opens an independent instance over one shared store. */
    protected abstract Process process() throws Exception;

    private static final LocalDate DAY = LocalDate.of(2027, 1, 11);

    /** A platform of its own per test (lower-case letters only), so tests may share one store. */
    private static String freshPlatform() {
        StringBuilder sb = new StringBuilder("p");
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            sb.append((char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }

    private static UserKey someone(String platform) {
        return new UserKey(platform, "U" + UUID.randomUUID().toString().substring(0, 12));
    }

    private static UserPrefs planned(Optional<LocalTime> at) {
        return UserPrefs.defaults().withZone(ZoneId.of("Asia/Tokyo")).withPlan(Optional.of(
                new PlanRequest(LocalDate.of(2027, 2, 15), Level.SENIOR, Optional.of("payments"), DAY.minusDays(3), at)));
    }

    @Test
    void givenPlansWithAndWithoutAReminder_thenOnlyThoseWithOneAreListed_withTheirPlanAndZone() throws Exception {
        String platform = freshPlatform();
        Process a = process();
        UserKey with = someone(platform);
        UserKey without = someone(platform);
        a.prefs().put(with, planned(Optional.of(LocalTime.of(8, 30))));
        a.prefs().put(without, planned(Optional.empty()));

        List<PlanReminderStore.Reminder> listed = process().reminders().reminders(platform);

        assertThat(listed).singleElement().satisfies(r -> {
            assertThat(r.user()).isEqualTo(with);
            assertThat(r.prefs()).isEqualTo(planned(Optional.of(LocalTime.of(8, 30))));
            assertThat(r.lastSent()).isEmpty();
        });
        assertThat(process().reminders().reminders(freshPlatform())).isEmpty();
    }

    @Test
    void givenFourProcessesClaimingOneDay_thenExactlyOneGetsIt_andAnEarlierDayCannotBeClaimedAfter() throws Exception {
        String platform = freshPlatform();
        UserKey user = someone(platform);
        process().prefs().put(user, planned(Optional.of(LocalTime.of(7, 0))));
        List<Process> processes = List.of(process(), process(), process(), process());
        ExecutorService pool = Executors.newFixedThreadPool(processes.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (Process p : processes) {
                Callable<Boolean> claim = () -> {
                    go.await();
                    return p.reminders().claim(user, DAY);
                };
                claims.add(pool.submit(claim));
            }
            go.countDown();
            int won = 0;
            for (Future<Boolean> f : claims) {
                won += f.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(process().reminders().reminders(platform)).singleElement()
                .satisfies(r -> assertThat(r.lastSent()).contains(DAY));
        assertThat(process().reminders().claim(user, DAY.minusDays(1))).as("an earlier day, after a later one").isFalse();
        assertThat(process().reminders().claim(user, DAY.plusDays(1))).as("the next day").isTrue();
    }

    @Test
    void givenAClaimGivenBack_thenTheDayCanBeClaimedAgain_butAnotherDaysClaimIsNotUndone() throws Exception {
        String platform = freshPlatform();
        UserKey user = someone(platform);
        Process a = process();
        a.prefs().put(user, planned(Optional.of(LocalTime.of(7, 0))));
        assertThat(a.reminders().claim(user, DAY)).isTrue();

        process().reminders().release(user, DAY, Optional.empty());
        assertThat(process().reminders().reminders(platform).get(0).lastSent()).isEmpty();
        assertThat(process().reminders().claim(user, DAY)).isTrue();

        process().reminders().release(user, DAY.minusDays(1), Optional.empty()); // a stale release of another day
        assertThat(process().reminders().reminders(platform).get(0).lastSent()).contains(DAY);
        assertThat(process().reminders().claim(someone(platform), DAY)).as("nobody with no prefs row").isFalse();
    }
}
