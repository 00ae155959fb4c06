package dev.loopcoach.core.testing;

import static dev.loopcoach.core.testing.DailyFixtures.DISCORD_CHANNEL;
import static dev.loopcoach.core.testing.DailyFixtures.SLACK_CHANNEL;
import static dev.loopcoach.core.testing.DailyFixtures.channel;
import static dev.loopcoach.core.testing.DailyFixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.port.DailyPostStore;
import dev.loopcoach.core.daily.DailyPost;
import dev.loopcoach.core.daily.DailySchedule;
import dev.loopcoach.core.daily.DailySettings;
import dev.loopcoach.core.daily.Days;
import dev.loopcoach.core.daily.PostClaim;
import dev.loopcoach.core.daily.PostKind;
import dev.loopcoach.core.daily.PostStatus;
import dev.loopcoach.core.daily.Rotation;
import dev.loopcoach.core.daily.ThreadDialog;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.ConcurrentUpdateException;
import dev.loopcoach.core.port.UserKey;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the daily-question ports must do; the in-memory stores, H2 and PostgreSQL run
 * these same tests. Each test starts from an empty store; {@link #process()} opens another "process" on it.
 */
public abstract class DailyStoreContract {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 27);
    private static final Instant AT = Instant.parse("2026-03-27T08:00:00.123456789Z");
    private static final UserKey ANA = new UserKey("slack", "T0FAKE:U0ANA");
    private static final UserKey BO = new UserKey("discord", "1500000000000000002");

    private final List<DailyStoreSet> opened = new ArrayList<>();

    /** Opens an independent instance over one store: the first call in a test creates a fresh, empty store. */
    protected abstract DailyStoreSet openStores() throws Exception;

    /** Drops what {@link #openStores} created, after every test. */
    protected void cleanUp() throws Exception {
    }

    protected final DailyStoreSet process() throws Exception {
        DailyStoreSet set = openStores();
        opened.add(set);
        return set;
    }

    @AfterEach
    final void closeAll() throws Exception {
        try {
            for (DailyStoreSet s : opened) {
                s.close();
            }
        } finally {
            opened.clear();
            cleanUp();
        }
    }

    // ---- settings

    @Test
    void givenNoSettings_findIsEmptyAndNothingIsEnabled() throws Exception {
        DailyStoreSet s = process();
        assertThat(s.settings().find(SLACK_CHANNEL)).isEmpty();
        assertThat(s.settings().enabled()).isEmpty();
    }

    @Test
    void savedSettings_readBackEqualInAnotherProcess_forEveryRotationKind() throws Exception {
        DailyStoreSet a = process();
        DailyStoreSet b = process();
        List<DailySettings> all = List.of(
                settings(channel("C1"), new DailySchedule(LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"), Days.weekdays(), Rotation.allPrinciples())),
                settings(channel("C2"), new DailySchedule(LocalTime.of(17, 45), ZoneId.of("America/New_York"),
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), new Rotation.OfCategory(Category.METRICS))),
                settings(DISCORD_CHANNEL, new DailySchedule(LocalTime.of(0, 5), ZoneId.of("Asia/Kolkata"), Days.everyDay(),
                        new Rotation.SinglePrinciple(LeadershipPrinciple.BACKBONE))));
        all.forEach(a.settings()::save);

        for (DailySettings expected : all) {
            DailySettings read = b.settings().find(expected.channel()).orElseThrow();
            assertThat(read.schedule()).isEqualTo(expected.schedule());
            assertThat(read.enabled()).isTrue();
            assertThat(read.activeSince()).isEqualTo(Instant.parse("2026-03-27T08:00:00.123456Z"));
        }
        assertThat(b.settings().enabled()).extracting(DailySettings::channel)
                .containsExactlyInAnyOrder(channel("C1"), channel("C2"), DISCORD_CHANNEL);
    }

    @Test
    void savingAgain_replacesTheSettings_andDisabledOnesAreNotListed() throws Exception {
        DailyStoreSet s = process();
        DailySettings first = settings(SLACK_CHANNEL, DailySchedule.weekdays(LocalTime.of(9, 0), ZoneId.of("Europe/Berlin")));
        s.settings().save(first);
        DailySettings changed = new DailySettings(SLACK_CHANNEL,
                DailySchedule.weekdays(LocalTime.of(10, 30), ZoneId.of("Europe/London")), true, AT.plusSeconds(60));
        s.settings().save(changed);
        assertThat(s.settings().find(SLACK_CHANNEL).orElseThrow().schedule().time()).isEqualTo(LocalTime.of(10, 30));
        assertThat(s.settings().find(SLACK_CHANNEL).orElseThrow().activeSince()).isEqualTo(Instant.parse("2026-03-27T08:01:00.123456Z"));

        s.settings().save(changed.disabled(AT.plusSeconds(120)));

        assertThat(s.settings().enabled()).isEmpty();
        DailySettings off = s.settings().find(SLACK_CHANNEL).orElseThrow();
        assertThat(off.enabled()).isFalse();
        assertThat(off.schedule().zone()).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void channelsAreKeptApartByPlatformAndWorkspace() throws Exception {
        DailyStoreSet s = process();
        ChannelKey slack = new ChannelKey("slack", "W1", "C1");
        ChannelKey otherTeam = new ChannelKey("slack", "W2", "C1");
        ChannelKey discord = new ChannelKey("discord", "W1", "C1");
        s.settings().save(settings(slack, DailySchedule.weekdays(LocalTime.of(9, 0), ZoneId.of("UTC"))));
        assertThat(s.settings().find(otherTeam)).isEmpty();
        assertThat(s.settings().find(discord)).isEmpty();
        s.settings().save(settings(new ChannelKey("slack", "W1", "C2"), DailySchedule.weekdays(LocalTime.of(9, 0), ZoneId.of("UTC"))));
        s.settings().save(settings(new ChannelKey("slack", "W1", "C3"), DailySchedule.weekdays(LocalTime.of(9, 0), ZoneId.of("UTC")))
                .disabled(AT));
        s.settings().save(settings(discord, DailySchedule.weekdays(LocalTime.of(9, 0), ZoneId.of("UTC"))));
        assertThat(s.settings().enabledIn("slack", "W1")).extracting(DailySettings::channel)
                .containsExactlyInAnyOrder(slack, new ChannelKey("slack", "W1", "C2"));
        assertThat(s.settings().enabledIn("slack", "W2")).isEmpty();
        assertThat(s.settings().enabledIn("discord", "W1")).extracting(DailySettings::channel).containsExactly(discord);
        assertThat(s.posts().claim(claim(slack, DAY, PostKind.SCHEDULED, "q-1", AT))).isTrue();
        assertThat(s.posts().claim(claim(otherTeam, DAY, PostKind.SCHEDULED, "q-1", AT))).isTrue();
        assertThat(s.posts().claim(claim(discord, DAY, PostKind.SCHEDULED, "q-1", AT))).isTrue();
        assertThat(s.posts().postedQuestions(slack)).hasSize(1);
    }

    // ---- posts

    @Test
    void aSlotIsClaimedOnce_evenFromAnotherProcess_whileOtherKindsAndDaysStayFree() throws Exception {
        DailyStoreSet a = process();
        DailyStoreSet b = process();
        assertThat(a.posts().claim(claim(SLACK_CHANNEL, DAY, PostKind.SCHEDULED, "q-1", AT))).isTrue();

        assertThat(a.posts().claim(claim(SLACK_CHANNEL, DAY, PostKind.SCHEDULED, "q-2", AT))).isFalse();
        assertThat(b.posts().claim(claim(SLACK_CHANNEL, DAY, PostKind.SCHEDULED, "q-3", AT))).isFalse();
        assertThat(b.posts().claim(claim(SLACK_CHANNEL, DAY, PostKind.EXTRA, "q-4", AT))).isTrue();
        assertThat(b.posts().claim(claim(SLACK_CHANNEL, DAY.plusDays(1), PostKind.SCHEDULED, "q-5", AT))).isTrue();

        DailyPost first = b.posts().find(SLACK_CHANNEL, DAY, PostKind.SCHEDULED).orElseThrow();
        assertThat(first.questionId()).isEqualTo(new QuestionId("q-1"));
        assertThat(first.status()).isEqualTo(PostStatus.CLAIMED);
        assertThat(first.messageRef()).isEmpty();
        assertThat(first.target()).contains(LeadershipPrinciple.DIVE_DEEP);
        assertThat(first.claimedAt()).isEqualTo(Instant.parse("2026-03-27T08:00:00.123456Z"));
    }

    @Test
    void concurrentClaimsOfOneSlot_fromManyThreadsAndProcesses_haveExactlyOneWinner() throws Exception {
        List<DailyStoreSet> processes = List.of(process(), process(), process());
        int threads = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                DailyStoreSet p = processes.get(i % processes.size());
                String q = "q-" + i;
                Callable<Boolean> task = () -> {
                    start.await();
                    return p.posts().claim(claim(SLACK_CHANNEL, DAY, PostKind.SCHEDULED, q, AT));
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> f : results) {
                winners += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            assertThat(processes.get(0).posts().postedQuestions(SLACK_CHANNEL)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void markPosted_keepsTheMessageRef_andTheThreadIsFoundByIt() throws Exception {
        DailyStoreSet a = process();
        DailyStoreSet b = process();
        a.posts().claim(claim(SLACK_CHANNEL, DAY, PostKind.SCHEDULED, "beh-dd-001", AT));
        a.posts().markPosted(SLACK_CHANNEL, DAY, PostKind.SCHEDULED, "1700000000.000100", AT.plusSeconds(1));

        DailyPost found = b.posts().findByMessage(SLACK_CHANNEL, "1700000000.000100").orElseThrow();
        assertThat(found.status()).isEqualTo(PostStatus.POSTED);
        assertThat(found.messageRef()).contains("1700000000.000100");
        assertThat(found.localDate()).isEqualTo(DAY);
        assertThat(found.kind()).isEqualTo(PostKind.SCHEDULED);
        assertThat(found.id()).isEqualTo(b.posts().find(SLACK_CHANNEL, DAY, PostKind.SCHEDULED).orElseThrow().id());
        assertThat(b.posts().findByMessage(channel("C0ELSEWHERE"), "1700000000.000100")).isEmpty();
        assertThat(b.posts().findByMessage(SLACK_CHANNEL, "1700000000.000200")).isEmpty();
    }

    @Test
    void unsettledPosts_areTheClaimedAndTheUnknownFailures_andExactlyOneProcessRetakesEach() throws Exception {
        DailyStoreSet a = process();
        DailyStoreSet b = process();
        ChannelKey claimed = channel("C0CLAIMED");
        ChannelKey unknown = channel("C0UNKNOWN");
        ChannelKey refused = channel("C0REFUSED");
        ChannelKey posted = channel("C0POSTED");
        for (ChannelKey ch : List.of(claimed, unknown, refused, posted)) {
            a.posts().claim(claim(ch, DAY, PostKind.SCHEDULED, "beh-dd-001", AT));
        }
        a.posts().markFailed(unknown, DAY, PostKind.SCHEDULED, DailyPostStore.UNKNOWN + "HTTP 500", AT.plusSeconds(1));
        a.posts().markFailed(refused, DAY, PostKind.SCHEDULED, "not_in_channel", AT.plusSeconds(1));
        a.posts().markPosted(posted, DAY, PostKind.SCHEDULED, "1700000000.000100", AT.plusSeconds(1));

        List<DailyPost> open = b.posts().unsettled(AT.minusSeconds(60)).stream()
                .filter(p -> p.channel().channelId().startsWith("C0")).toList();
        assertThat(open).extracting(p -> p.channel().channelId()).containsExactlyInAnyOrder("C0CLAIMED", "C0UNKNOWN");
        assertThat(b.posts().unsettled(AT.plusSeconds(60))).as("claimed before the cut-off").isEmpty();

        long id = b.posts().find(unknown, DAY, PostKind.SCHEDULED).orElseThrow().id();
        assertThat(b.posts().retake(id, AT, AT.plusSeconds(90))).as("changed at +1 s, not quiet since the claim").isFalse();
        assertThat(b.posts().retake(id, AT.plusSeconds(60), AT.plusSeconds(90))).isTrue();
        assertThat(a.posts().retake(id, AT.plusSeconds(60), AT.plusSeconds(91))).as("just retaken by b").isFalse();
        assertThat(a.posts().find(unknown, DAY, PostKind.SCHEDULED)).map(DailyPost::status).contains(PostStatus.CLAIMED);
        long refusedId = b.posts().find(refused, DAY, PostKind.SCHEDULED).orElseThrow().id();
        assertThat(b.posts().retake(refusedId, AT.plusSeconds(600), AT.plusSeconds(600))).as("a refusal is final").isFalse();
    }

    @Test
    void markingAnUnclaimedSlot_isAnError() throws Exception {
        DailyStoreSet s = process();
        assertThatThrownBy(() -> s.posts().markPosted(SLACK_CHANNEL, DAY, PostKind.SCHEDULED, "ts", AT))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> s.posts().markFailed(SLACK_CHANNEL, DAY, PostKind.SCHEDULED, "nope", AT))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailedPost_keepsItsReason_andBlocksTheSlotUntilReleased() throws Exception {
        DailyStoreSet s = process();
        s.posts().claim(claim(SLACK_CHANNEL, DAY, PostKind.SCHEDULED, "q-1", AT));
        s.posts().markFailed(SLACK_CHANNEL, DAY, PostKind.SCHEDULED, "not_in_channel", AT.plusSeconds(1));

        DailyPost failed = s.posts().find(SLACK_CHANNEL, DAY, PostKind.SCHEDULED).orElseThrow();
        assertThat(failed.status()).isEqualTo(PostStatus.FAILED);
        assertThat(failed.failure()).contains("not_in_channel");
        assertThat(failed.counts()).isFalse();
        assertThat(s.posts().claim(claim(SLACK_CHANNEL, DAY, PostKind.SCHEDULED, "q-2", AT))).isFalse();

        assertThat(s.posts().release(SLACK_CHANNEL, DAY, PostKind.SCHEDULED)).isTrue();

        assertThat(s.posts().find(SLACK_CHANNEL, DAY, PostKind.SCHEDULED)).isEmpty();
        assertThat(s.posts().claim(claim(SLACK_CHANNEL, DAY, PostKind.SCHEDULED, "q-2", AT))).isTrue();
    }

    @Test
    void aPostedSlot_isNeverReleased() throws Exception {
        DailyStoreSet s = process();
        s.posts().claim(claim(SLACK_CHANNEL, DAY, PostKind.SCHEDULED, "q-1", AT));
        s.posts().markPosted(SLACK_CHANNEL, DAY, PostKind.SCHEDULED, "m-1", AT);

        assertThat(s.posts().release(SLACK_CHANNEL, DAY, PostKind.SCHEDULED)).isFalse();
        assertThat(s.posts().release(SLACK_CHANNEL, DAY.plusDays(3), PostKind.SCHEDULED)).isFalse();
        assertThat(s.posts().find(SLACK_CHANNEL, DAY, PostKind.SCHEDULED)).map(DailyPost::status).contains(PostStatus.POSTED);
    }

    @Test
    void postedQuestions_areTheChannelsPosts_oldestClaimFirst_withOrWithoutATarget() throws Exception {
        DailyStoreSet s = process();
        s.posts().claim(claim(SLACK_CHANNEL, DAY.plusDays(1), PostKind.SCHEDULED, "q-b", AT.plusSeconds(86_400)));
        s.posts().claim(new PostClaim(SLACK_CHANNEL, DAY, PostKind.SCHEDULED, new QuestionId("q-a"), Optional.empty(), AT));
        s.posts().claim(claim(SLACK_CHANNEL, DAY.plusDays(1), PostKind.EXTRA, "q-c", AT.plusSeconds(90_000)));
        s.posts().claim(claim(channel("C0OTHER"), DAY, PostKind.SCHEDULED, "q-x", AT));

        List<DailyPost> posts = s.posts().postedQuestions(SLACK_CHANNEL);

        assertThat(posts).extracting(p -> p.questionId().value()).containsExactly("q-a", "q-b", "q-c");
        assertThat(posts.get(0).target()).isEmpty();
        assertThat(posts.get(1).target()).contains(LeadershipPrinciple.DIVE_DEEP);
        assertThat(posts).extracting(DailyPost::id).doesNotHaveDuplicates();
    }

    // ---- thread dialogues

    @Test
    void aDialog_isStoredAtVersionOne_andReadBackEqual() throws Exception {
        DailyStoreSet a = process();
        DailyStoreSet b = process();
        long post = postedPost(a, "m-1");
        assertThat(a.dialogs().find(post, ANA)).isEmpty();

        ThreadDialog fresh = ThreadDialog.start(post, ANA, AT);
        ThreadDialog saved = a.dialogs().save(fresh.afterCoaching("msg-1", Optional.of("What did you measure?"),
                Optional.of(List.of("What did you measure?", "Who pushed back?", "What would you change?")), AT));

        assertThat(saved.version()).isEqualTo(1);
        ThreadDialog read = b.dialogs().find(post, ANA).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.coached()).isEqualTo(1);
        assertThat(read.pendingFollowUp()).contains("What did you measure?");
        assertThat(read.asked()).containsExactly("What did you measure?");
        assertThat(read.queued()).containsExactly("Who pushed back?", "What would you change?");
        assertThat(read.hasHandled("msg-1")).isTrue();
        assertThat(read.updatedAt()).isEqualTo(Instant.parse("2026-03-27T08:00:00.123456Z"));
        assertThat(b.dialogs().find(post, BO)).isEmpty();
    }

    @Test
    void aStaleDialogWrite_isRefused_andTheWinnerKept() throws Exception {
        DailyStoreSet a = process();
        DailyStoreSet b = process();
        long post = postedPost(a, "m-1");
        ThreadDialog v1 = a.dialogs().save(ThreadDialog.start(post, ANA, AT).afterNudge("msg-0", AT));

        ThreadDialog byA = a.dialogs().save(v1.afterCoaching("msg-1", Optional.of("first probe"), AT.plusSeconds(5)));

        assertThat(byA.version()).isEqualTo(2);
        assertThatThrownBy(() -> b.dialogs().save(v1.afterCoaching("msg-2", Optional.of("other probe"), AT.plusSeconds(6))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> b.dialogs().save(ThreadDialog.start(post, ANA, AT)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(b.dialogs().find(post, ANA).orElseThrow().pendingFollowUp()).contains("first probe");
    }

    @Test
    void dialogsOfAPerson_areListedAndErased_withoutTouchingOthers() throws Exception {
        DailyStoreSet s = process();
        long p1 = postedPost(s, "m-1");
        long p2 = postedPost(s, "m-2");
        s.dialogs().save(ThreadDialog.start(p1, ANA, AT).afterCoaching("a", Optional.empty(), AT));
        s.dialogs().save(ThreadDialog.start(p2, ANA, AT.plusSeconds(10)).afterCoaching("b", Optional.of("probe \u201cquoted\u201d \u00e9"), AT.plusSeconds(10)));
        s.dialogs().save(ThreadDialog.start(p1, BO, AT).afterCoaching("c", Optional.empty(), AT));

        assertThat(s.dialogs().ofUser(ANA)).extracting(ThreadDialog::postId).containsExactly(p1, p2);
        assertThat(s.dialogs().ofUser(ANA).get(1).asked()).containsExactly("probe \u201cquoted\u201d \u00e9");

        assertThat(s.dialogs().deleteAll(ANA)).isEqualTo(2);

        assertThat(s.dialogs().ofUser(ANA)).isEmpty();
        assertThat(s.dialogs().find(p1, BO)).isPresent();
        assertThat(s.dialogs().deleteAll(ANA)).isZero();
    }

    private static long postedPost(DailyStoreSet s, String ref) {
        LocalDate day = DAY.plusDays(Math.abs(ref.hashCode() % 300));
        s.posts().claim(claim(SLACK_CHANNEL, day, PostKind.SCHEDULED, "q-1", AT));
        s.posts().markPosted(SLACK_CHANNEL, day, PostKind.SCHEDULED, ref, AT);
        return s.posts().findByMessage(SLACK_CHANNEL, ref).orElseThrow().id();
    }

    private static DailySettings settings(ChannelKey channel, DailySchedule schedule) {
        return new DailySettings(channel, schedule, true, AT);
    }
}
