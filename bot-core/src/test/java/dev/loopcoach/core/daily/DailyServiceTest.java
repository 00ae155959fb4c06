package dev.loopcoach.core.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.ChannelPoster;
import dev.loopcoach.core.port.DailyPostStore;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.testing.InMemoryDailyStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RecordingPoster;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DailyServiceTest {
    private static final ChannelKey CHANNEL = new ChannelKey("slack", "T0FAKE", "C0DAILY");
    private static final Duration POLL = Duration.ofSeconds(30);
    private static QuestionBank bank;

    private InMemoryDailyStores stores;
    private ManualClock clock;
    private RecordingPoster poster;
    private DailyService service;

    @BeforeAll
    static void loadBank() {
        bank = new BankLoader().builtInOnly();
    }

    @BeforeEach
    void setUp() {
        stores = new InMemoryDailyStores();
        clock = ManualClock.at("2026-03-23T06:00:00Z"); // Monday, 07:00 in Berlin
        poster = new RecordingPoster();
        service = newService(stores, poster);
    }

    private DailyService newService(InMemoryDailyStores s, ChannelPoster p) {
        return new DailyService(s.settings(), s.posts(), p, bank, clock, new SplittableRandom(42), DailyConfig.defaults());
    }

    /** Polls like the scheduler does, every 30 s, until {@code until}; returns how many questions went out. */
    private int pollUntil(DailyService s, Instant until) {
        int posted = 0;
        while (clock.now().isBefore(until)) {
            clock.advance(POLL);
            posted += (int) s.runDue(clock.now()).stream().filter(DailyResult::posted).count();
        }
        return posted;
    }

    @Test
    void settingASchedule_confirmsItWithTheNextPost() {
        DailyResult r = service.set(CHANNEL, "09:00 Europe/Berlin mon-fri", "U0ADMIN");

        assertThat(r.outcome()).isEqualTo(DailyResult.Outcome.SCHEDULE_SET);
        assertThat(r.reply().plainText().trim()).isEqualTo("Daily question set for 09:00 Europe/Berlin, Mon-Fri, rotating all 16 principles. "
                + "Next post: Mon 23 Mar 2026, 09:00 CET.");
        assertThat(stores.settings().find(CHANNEL)).map(DailySettings::activeSince).contains(clock.now());
    }

    @Test
    void badInput_isExplained_andNothingIsStored() {
        DailyResult r = service.set(CHANNEL, "9 o'clock Europe/Berlin", "U0ADMIN");

        assertThat(r.outcome()).isEqualTo(DailyResult.Outcome.INVALID);
        assertThat(r.reply().kind()).isEqualTo(Reply.Kind.ERROR);
        assertThat(r.reply().plainText()).contains("HH:MM");
        assertThat(stores.settings().find(CHANNEL)).isEmpty();
    }

    @Test
    void givenMonFriInBerlin_aWeekAcrossTheMarchChange_postsFiveTimes_atNineLocal() {
        clock.set(Instant.parse("2026-03-26T00:00:00Z")); // Thursday; clocks go forward on Sunday the 29th
        service.set(CHANNEL, "09:00 Europe/Berlin mon-fri", "U0ADMIN");

        int posted = pollUntil(service, Instant.parse("2026-04-02T00:00:00Z"));

        assertThat(posted).isEqualTo(5);
        List<DailyPost> posts = stores.posts().postedQuestions(CHANNEL);
        assertThat(posts).extracting(DailyPost::localDate).extracting(LocalDate::getDayOfWeek)
                .containsExactly(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
        for (DailyPost p : posts) {
            LocalTime local = p.claimedAt().atZone(ZoneId.of("Europe/Berlin")).toLocalTime();
            assertThat(local).isBetween(LocalTime.of(9, 0), LocalTime.of(9, 0, 30));
            assertThat(p.status()).isEqualTo(PostStatus.POSTED);
        }
        assertThat(posts.get(1).claimedAt()).isBetween(Instant.parse("2026-03-27T08:00:00Z"), Instant.parse("2026-03-27T08:00:30Z"));
        assertThat(posts.get(2).claimedAt()).isBetween(Instant.parse("2026-03-30T07:00:00Z"), Instant.parse("2026-03-30T07:00:30Z"));
    }

    @Test
    void givenNewYorkOverTheNovemberChange_andAFallBackHour_eachDayGetsExactlyOnePost() {
        clock.set(Instant.parse("2026-10-30T00:00:00Z"));
        service.set(CHANNEL, "01:30 America/New_York daily", "U0ADMIN");

        int posted = pollUntil(service, Instant.parse("2026-11-03T12:00:00Z"));

        assertThat(posted).isEqualTo(5); // Oct 30, 31, Nov 1 (01:30 happens twice), 2, 3
        assertThat(stores.posts().postedQuestions(CHANNEL)).extracting(DailyPost::localDate).doesNotHaveDuplicates();
        DailyPost sunday = stores.posts().find(CHANNEL, LocalDate.of(2026, 11, 1), PostKind.SCHEDULED).orElseThrow();
        assertThat(sunday.claimedAt()).isBetween(Instant.parse("2026-11-01T05:30:00Z"), Instant.parse("2026-11-01T05:30:30Z"));
    }

    @Test
    void theScheduledPost_isAQuestionCardWithThreadInstructions_andNoButtons() {
        service.set(CHANNEL, "09:00 Europe/Berlin mon-fri", "U0ADMIN");
        pollUntil(service, Instant.parse("2026-03-23T08:01:00Z"));

        RecordingPoster.Posted p = poster.posted().get(0);
        assertThat(p.channel()).isEqualTo(CHANNEL);
        assertThat(p.reply().kind()).isEqualTo(Reply.Kind.QUESTION);
        assertThat(p.reply().actions()).isEmpty();
        Block.QuestionCard card = p.reply().blocks().stream().filter(b -> b instanceof Block.QuestionCard)
                .map(b -> (Block.QuestionCard) b).findFirst().orElseThrow();
        assertThat(bank.find(card.questionId())).isPresent();
        assertThat(card.text()).isEqualTo(bank.find(card.questionId()).orElseThrow().text());
        assertThat(p.reply().plainText()).contains("Daily question for Mon 23 Mar").contains("Reply in this thread").contains("\"mute\"");
        assertThat(stores.posts().findByMessage(CHANNEL, p.ref())).isPresent();
    }

    @Test
    void aMissedPostWithinGrace_goesOutOnce_whenTheProcessComesBack() {
        service.set(CHANNEL, "09:00 Europe/Berlin mon-fri", "U0ADMIN");
        clock.set(Instant.parse("2026-03-23T09:40:00Z")); // down from 07:00 to 10:40 local; grace is 2 h

        List<DailyResult> first = service.runDue(clock.now());
        int later = pollUntil(service, Instant.parse("2026-03-23T12:00:00Z"));

        assertThat(first).extracting(DailyResult::outcome).containsExactly(DailyResult.Outcome.POSTED);
        assertThat(later).isZero();
        assertThat(poster.posted()).hasSize(1);
    }

    @Test
    void aMissedPostBeyondGrace_isSkipped_andTheNextDayIsNormal() {
        service.set(CHANNEL, "09:00 Europe/Berlin mon-fri", "U0ADMIN");
        clock.set(Instant.parse("2026-03-23T10:00:30Z")); // 11:00:30 local: 2 h 30 s late

        assertThat(service.runDue(clock.now())).isEmpty();
        int rest = pollUntil(service, Instant.parse("2026-03-24T09:00:00Z"));

        assertThat(rest).isEqualTo(1);
        assertThat(stores.posts().postedQuestions(CHANNEL)).extracting(DailyPost::localDate).containsExactly(LocalDate.of(2026, 3, 24));
    }

    @Test
    void settingTheScheduleAfterTodaysTime_startsTomorrow_withoutACatchUpPost() {
        clock.set(Instant.parse("2026-03-23T08:30:00Z")); // 09:30 Berlin
        DailyResult r = service.set(CHANNEL, "09:00 Europe/Berlin mon-fri", "U0ADMIN");

        assertThat(r.reply().plainText()).contains("Next post: Tue 24 Mar 2026, 09:00 CET.");
        assertThat(pollUntil(service, Instant.parse("2026-03-23T20:00:00Z"))).isZero();
    }

    @Test
    void aRestartAtThePostingMinute_postsNothingMore() {
        service.set(CHANNEL, "09:00 Europe/Berlin mon-fri", "U0ADMIN");
        clock.set(Instant.parse("2026-03-23T08:00:05Z"));
        assertThat(service.runDue(clock.now())).extracting(DailyResult::outcome).containsExactly(DailyResult.Outcome.POSTED);

        RecordingPoster afterRestartPoster = poster.sibling("restarted");
        DailyService afterRestart = newService(stores.sibling(), afterRestartPoster);
        int again = pollUntil(afterRestart, Instant.parse("2026-03-23T09:59:00Z"));

        assertThat(again).isZero();
        assertThat(afterRestartPoster.posted()).isEmpty();
        assertThat(poster.posted()).hasSize(1);
    }

    @Test
    void aCrashBeforeTheSend_leavesAClaimThatTheRestartedProcessLooksUpAndSendsOnce() {
        service.set(CHANNEL, "09:00 Europe/Berlin mon-fri", "U0ADMIN");
        clock.set(Instant.parse("2026-03-23T08:00:05Z"));
        poster.dieOnNextPost();
        assertThatThrownBy(() -> service.runDue(clock.now())).isInstanceOf(RecordingPoster.ProcessKilled.class);

        RecordingPoster afterRestartPoster = poster.sibling("restarted");
        DailyService restarted = newService(stores.sibling(), afterRestartPoster);
        assertThat(pollUntil(restarted, Instant.parse("2026-03-23T08:02:30Z"))).as("a claim this young may be alive").isZero();
        int again = pollUntil(restarted, Instant.parse("2026-03-23T09:59:00Z"));

        assertThat(again).isEqualTo(1);
        assertThat(poster.onPlatform(CHANNEL)).hasSize(1);
        assertThat(stores.posts().find(CHANNEL, LocalDate.of(2026, 3, 23), PostKind.SCHEDULED))
                .map(DailyPost::status).contains(PostStatus.POSTED);
    }

    @Test
    void aSendWhoseAnswerWasLost_isFoundOnThePlatform_andRecordedWithoutASecondPost() {
        service.set(CHANNEL, "09:00 Europe/Berlin mon-fri", "U0ADMIN");
        poster.loseTheAnswerOnNextPost();
        pollUntil(service, Instant.parse("2026-03-23T08:00:30Z"));
        assertThat(stores.posts().find(CHANNEL, LocalDate.of(2026, 3, 23), PostKind.SCHEDULED)).get()
                .satisfies(p -> assertThat(p.failure()).get().asString().startsWith(DailyPostStore.UNKNOWN));

        pollUntil(service, Instant.parse("2026-03-23T08:05:00Z"));

        assertThat(poster.onPlatform(CHANNEL)).hasSize(1);
        DailyPost post = stores.posts().find(CHANNEL, LocalDate.of(2026, 3, 23), PostKind.SCHEDULED).orElseThrow();
        assertThat(post.status()).isEqualTo(PostStatus.POSTED);
        assertThat(post.messageRef()).contains(poster.onPlatform(CHANNEL).get(0).ref());
    }

    @Test
    void serverErrors_areRetriedWithBackoff_untilThePostGoesOutOnce() {
        service.set(CHANNEL, "09:00 Europe/Berlin mon-fri", "U0ADMIN");
        poster.failWithServerErrors(3);

        pollUntil(service, Instant.parse("2026-03-23T08:01:50Z"));
        assertThat(poster.onPlatform(CHANNEL)).as("backing off: not every poll retries").isEmpty();
        pollUntil(service, Instant.parse("2026-03-23T08:10:00Z"));

        assertThat(poster.onPlatform(CHANNEL)).hasSize(1);
        assertThat(stores.posts().find(CHANNEL, LocalDate.of(2026, 3, 23), PostKind.SCHEDULED))
                .map(DailyPost::status).contains(PostStatus.POSTED);
    }

    @Test
    void whileTheChannelCannotBeRead_nothingIsSentAgain_andOnceItCanTheUnknownSendIsSettled() {
        service.set(CHANNEL, "09:00 Europe/Berlin mon-fri", "U0ADMIN");
        poster.loseTheAnswerOnNextPost();
        poster.lookupDown(true);
        pollUntil(service, Instant.parse("2026-03-23T08:20:00Z"));
        assertThat(poster.onPlatform(CHANNEL)).hasSize(1);
        assertThat(stores.posts().find(CHANNEL, LocalDate.of(2026, 3, 23), PostKind.SCHEDULED))
                .map(DailyPost::status).contains(PostStatus.FAILED);

        poster.lookupDown(false);
        pollUntil(service, Instant.parse("2026-03-23T08:30:00Z"));

        assertThat(poster.onPlatform(CHANNEL)).hasSize(1);
        assertThat(stores.posts().find(CHANNEL, LocalDate.of(2026, 3, 23), PostKind.SCHEDULED))
                .map(DailyPost::status).contains(PostStatus.POSTED);
    }

    @Test
    void aPostThatNeverGoesOut_isGivenUpAfterTheWindow_andNoRowStaysClaimed() {
        service.set(CHANNEL, "09:00 Europe/Berlin mon-fri", "U0ADMIN");
        poster.failWithServerErrors(Integer.MAX_VALUE);

        pollUntil(service, Instant.parse("2026-03-23T13:00:00Z"));

        DailyPost post = stores.posts().find(CHANNEL, LocalDate.of(2026, 3, 23), PostKind.SCHEDULED).orElseThrow();
        assertThat(post.status()).isEqualTo(PostStatus.FAILED);
        assertThat(post.failure()).get().asString().startsWith(PostRepair.GAVE_UP);
        assertThat(poster.onPlatform(CHANNEL)).isEmpty();
    }

    @Test
    void twoProcesses_oneKilledMidFanOut_everyChannelGetsExactlyOnePost_andNoRowStaysClaimed() {
        List<ChannelKey> channels = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ChannelKey ch = new ChannelKey("slack", "T0FAKE", "C" + i);
            channels.add(ch);
            service.set(ch, "09:00 Europe/Berlin mon-fri", "U0ADMIN");
        }
        RecordingPoster survivorPoster = poster.sibling("survivor");
        DailyService survivor = newService(stores.sibling(), survivorPoster);
        clock.set(Instant.parse("2026-03-23T08:00:10Z"));
        poster.dieOnNextPost(); // the first process claims a channel and dies in the send

        assertThatThrownBy(() -> service.runDue(clock.now())).isInstanceOf(RecordingPoster.ProcessKilled.class);
        pollUntil(survivor, Instant.parse("2026-03-23T08:30:00Z"));

        for (ChannelKey ch : channels) {
            assertThat(poster.onPlatform(ch)).as("posts in %s", ch).hasSize(1);
            assertThat(stores.posts().find(ch, LocalDate.of(2026, 3, 23), PostKind.SCHEDULED))
                    .map(DailyPost::status).contains(PostStatus.POSTED);
        }
    }

    @Test
    void twoProcessesPollingTogether_postExactlyOncePerChannel() throws Exception {
        List<ChannelKey> channels = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ChannelKey ch = new ChannelKey("slack", "T0FAKE", "C" + i);
            channels.add(ch);
            service.set(ch, "09:00 Europe/Berlin mon-fri", "U0ADMIN");
        }
        RecordingPoster otherPoster = poster.sibling("other");
        DailyService other = newService(stores.sibling(), otherPoster);
        clock.set(Instant.parse("2026-03-23T08:00:10Z"));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<DailyResult>>> runs = new ArrayList<>();
            for (DailyService s : List.of(service, other, service, other)) {
                Callable<List<DailyResult>> run = () -> {
                    go.await();
                    return s.runDue(clock.now());
                };
                runs.add(pool.submit(run));
            }
            go.countDown();
            for (Future<List<DailyResult>> f : runs) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<RecordingPoster.Posted> all = new ArrayList<>(poster.posted());
        all.addAll(otherPoster.posted());
        assertThat(all).hasSize(25);
        assertThat(all).extracting(RecordingPoster.Posted::channel).containsExactlyInAnyOrderElementsOf(channels);
    }

    @Test
    void overAYearOfDailyPosts_all16PrinciplesComeRound_andNoQuestionRepeatsUntilExhausted() {
        service.set(CHANNEL, "08:00 UTC daily", "U0ADMIN");
        int pool = service.planner().poolSize(Rotation.allPrinciples());
        List<String> questions = new ArrayList<>();
        List<LeadershipPrinciple> lps = new ArrayList<>();
        Instant day = Instant.parse("2026-03-24T08:00:10Z");
        for (int i = 0; i < pool + 16; i++) {
            clock.set(day.plus(Duration.ofDays(i)));
            List<DailyResult> r = service.runDue(clock.now());
            assertThat(r).extracting(DailyResult::outcome).containsExactly(DailyResult.Outcome.POSTED);
            questions.add(poster.posted().get(i).questionId());
            lps.add(r.get(0).post().orElseThrow().target().orElseThrow());
        }
        for (int start = 0; start + 16 <= lps.size(); start += 16) {
            assertThat(new HashSet<>(lps.subList(start, start + 16))).hasSize(16);
        }
        assertThat(new HashSet<>(questions.subList(0, pool))).hasSize(pool);
        Set<String> firstRound = new HashSet<>(questions.subList(0, pool));
        assertThat(firstRound).containsAll(questions.subList(pool, questions.size()));
    }

    @Test
    void now_beforeTheScheduledTime_postsTodaysQuestion_andTheSchedulerDoesNotPostAgain() {
        service.set(CHANNEL, "09:00 Europe/Berlin mon-fri", "U0ADMIN");
        clock.set(Instant.parse("2026-03-23T07:15:00Z")); // 08:15 Berlin

        DailyResult now = service.now(CHANNEL, "U0ADMIN");
        int scheduled = pollUntil(service, Instant.parse("2026-03-23T12:00:00Z"));

        assertThat(now.outcome()).isEqualTo(DailyResult.Outcome.POSTED);
        assertThat(now.post()).map(DailyPost::kind).contains(PostKind.SCHEDULED);
        assertThat(now.reply().plainText()).contains("counts as today's question").contains("Tue 24 Mar 2026, 09:00 CET");
        assertThat(scheduled).isZero();
        assertThat(poster.posted()).hasSize(1);
    }

    @Test
    void now_reservedBeforeTheAck_byAProcessThatThenDied_isPostedOnceByTheRestartedProcess() {
        service.set(CHANNEL, "09:00 Europe/Berlin mon-fri", "U0ADMIN");
        clock.set(Instant.parse("2026-03-23T07:15:00Z")); // 08:15 Berlin

        // the claim is written before the platform is acknowledged; the process dies before the post is sent
        DailyService.NowRequest request = service.reserveNow(CHANNEL, "U0ADMIN");
        assertThat(request).isInstanceOf(DailyService.NowRequest.Reserved.class);
        assertThat(poster.posted()).isEmpty();

        DailyService restarted = newService(stores.sibling(), poster.sibling("restarted"));
        int posted = pollUntil(restarted, Instant.parse("2026-03-23T12:00:00Z"));

        assertThat(posted).as("the repair sends the reserved post; the 09:00 slot it filled is not posted again").isEqualTo(1);
        assertThat(poster.onPlatform(CHANNEL)).hasSize(1);
        assertThat(stores.posts().find(CHANNEL, LocalDate.of(2026, 3, 23), PostKind.SCHEDULED))
                .map(DailyPost::status).contains(PostStatus.POSTED);
    }

    @Test
    void now_inTwoSteps_answersAsNowDoes() {
        service.set(CHANNEL, "09:00 Europe/Berlin mon-fri", "U0ADMIN");
        clock.set(Instant.parse("2026-03-23T07:15:00Z"));

        DailyService.NowRequest request = service.reserveNow(CHANNEL, "U0ADMIN");
        DailyResult r = service.post((DailyService.NowRequest.Reserved) request);

        assertThat(r.outcome()).isEqualTo(DailyResult.Outcome.POSTED);
        assertThat(r.reply().plainText()).contains("counts as today's question").contains("Tue 24 Mar 2026, 09:00 CET");
        assertThat(poster.posted()).hasSize(1);
        assertThat(service.reserveNow(CHANNEL, "U0ADMIN")).as("the extra one").isInstanceOf(DailyService.NowRequest.Reserved.class);
        DailyService.NowRequest third = service.reserveNow(CHANNEL, "U0ADMIN");
        assertThat(third).isInstanceOf(DailyService.NowRequest.Answered.class);
        assertThat(((DailyService.NowRequest.Answered) third).result().outcome()).isEqualTo(DailyResult.Outcome.ALREADY_POSTED);
    }

    @Test
    void now_afterTodaysPost_postsOneExtra_andThenRefusesPolitely() {
        service.set(CHANNEL, "09:00 Europe/Berlin mon-fri", "U0ADMIN");
        pollUntil(service, Instant.parse("2026-03-23T08:01:00Z"));
        assertThat(poster.posted()).hasSize(1);

        DailyResult extra = service.now(CHANNEL, "U0ADMIN");
        DailyResult third = service.now(CHANNEL, "U0ADMIN");

        assertThat(extra.outcome()).isEqualTo(DailyResult.Outcome.POSTED);
        assertThat(extra.post()).map(DailyPost::kind).contains(PostKind.EXTRA);
        assertThat(extra.reply().plainText()).startsWith("Posted: \"").contains("Next scheduled post: Tue 24 Mar 2026, 09:00 CET.");
        assertThat(third.outcome()).isEqualTo(DailyResult.Outcome.ALREADY_POSTED);
        assertThat(third.reply().plainText()).contains("won't post another one today");
        assertThat(poster.posted()).hasSize(2);
        assertThat(poster.posted().get(0).questionId()).isNotEqualTo(poster.posted().get(1).questionId());
    }

    @Test
    void now_withoutASchedule_postsOnce_andSaysHowToSchedule() {
        DailyResult r = service.now(CHANNEL, "U0ADMIN");

        assertThat(r.outcome()).isEqualTo(DailyResult.Outcome.POSTED);
        assertThat(r.reply().plainText()).contains("not scheduled here").contains("daily set 09:00 Europe/Berlin mon-fri");
        assertThat(poster.posted()).hasSize(1);
    }

    @Test
    void now_refusedByThePlatform_explains_andCanBeRetriedAfterTheFix() {
        service.set(CHANNEL, "09:00 Europe/Berlin mon-fri", "U0ADMIN");
        poster.refuseWith("not_in_channel");

        DailyResult refused = service.now(CHANNEL, "U0ADMIN");
        poster.refuseWith(null);
        DailyResult retried = service.now(CHANNEL, "U0ADMIN");

        assertThat(refused.outcome()).isEqualTo(DailyResult.Outcome.POST_FAILED);
        assertThat(refused.reply().kind()).isEqualTo(Reply.Kind.ERROR);
        assertThat(refused.reply().plainText()).contains("not_in_channel").contains("member of the channel");
        assertThat(retried.outcome()).isEqualTo(DailyResult.Outcome.POSTED);
        assertThat(retried.post()).map(DailyPost::kind).contains(PostKind.SCHEDULED);
        assertThat(poster.posted()).hasSize(1);
    }

    @Test
    void aScheduledPostRefusedByThePlatform_isRecordedAsFailed_andNotRetriedThatDay() {
        service.set(CHANNEL, "09:00 Europe/Berlin mon-fri", "U0ADMIN");
        poster.refuseWith("channel_not_found");

        int posted = pollUntil(service, Instant.parse("2026-03-23T10:30:00Z"));

        assertThat(posted).isZero();
        DailyPost failed = stores.posts().find(CHANNEL, LocalDate.of(2026, 3, 23), PostKind.SCHEDULED).orElseThrow();
        assertThat(failed.status()).isEqualTo(PostStatus.FAILED);
        assertThat(failed.failure()).contains("channel_not_found");
    }

    @Test
    void off_stopsThePosts_andDescribeSaysSo() {
        service.set(CHANNEL, "09:00 Europe/Berlin mon-fri", "U0ADMIN");

        DailyResult off = service.off(CHANNEL, "U0ADMIN");
        int posted = pollUntil(service, Instant.parse("2026-03-24T12:00:00Z"));

        assertThat(off.reply().plainText()).contains("Daily questions are off in this channel");
        assertThat(posted).isZero();
        assertThat(service.describe(CHANNEL).reply().plainText()).contains("off in this channel");
        assertThat(service.off(CHANNEL, "U0ADMIN").reply().plainText()).contains("were not on");
    }

    @Test
    void describe_givesTheScheduleTheNextPostAndTheCount() {
        service.set(CHANNEL, "09:00 Europe/Berlin mon-fri product", "U0ADMIN");
        pollUntil(service, Instant.parse("2026-03-23T09:00:00Z"));

        String text = service.describe(CHANNEL).reply().plainText();

        assertThat(text).contains("09:00 Europe/Berlin, Mon-Fri, Product sense / design questions")
                .contains("Next post: Tue 24 Mar 2026, 09:00 CET").contains("1 question posted");
    }

    @Test
    void aPartialChange_keepsTheRest_andANewChannelOfTheWorkspaceStartsFromItsSchedule() {
        service.set(CHANNEL, "07:45 America/Chicago mon,wed,fri metrics", "U0ADMIN");

        DailyResult changed = service.set(CHANNEL, new ScheduleChange(Optional.of(LocalTime.of(8, 0)), Optional.empty(),
                Optional.empty(), Optional.empty()), "U0ADMIN");
        ChannelKey sibling = new ChannelKey("slack", "T0FAKE", "C0OTHER");
        DailyResult moved = service.set(sibling, new ScheduleChange(Optional.empty(), Optional.of(ZoneId.of("Europe/Paris")),
                Optional.empty(), Optional.empty()), "U0ADMIN");
        ChannelKey elsewhere = new ChannelKey("slack", "T0ELSE", "C1");
        DailyResult fresh = service.set(elsewhere, ScheduleChange.none(), "U0ADMIN");

        assertThat(changed.reply().plainText()).contains("08:00 America/Chicago, Mon, Wed, Fri, Metrics / analytical questions");
        assertThat(moved.reply().plainText()).contains("08:00 Europe/Paris, Mon, Wed, Fri, Metrics / analytical questions");
        assertThat(fresh.reply().plainText()).contains("09:00 UTC, Mon-Fri, rotating all 16 principles");
        assertThat(service.channelsIn("slack", "T0FAKE")).extracting(DailySettings::channel).containsExactlyInAnyOrder(CHANNEL, sibling);
        assertThat(service.current(elsewhere)).isPresent();
    }

    @Test
    void aRotationWithoutQuestions_isRefused_andNothingIsStored() {
        DailyService emptyBank = new DailyService(stores.settings(), stores.posts(), poster, new QuestionBank(List.of()), clock,
                new SplittableRandom(1), DailyConfig.defaults());

        DailyResult r = emptyBank.set(CHANNEL, "09:00 UTC", "U0ADMIN");

        assertThat(r.outcome()).isEqualTo(DailyResult.Outcome.NO_QUESTION);
        assertThat(r.reply().plainText()).contains("no questions for \"rotating all 16 principles\"");
        assertThat(stores.settings().find(CHANNEL)).isEmpty();
    }

    @Test
    void aProcessRunningOnlySlack_leavesTheDiscordChannelsToTheDiscordProcess() {
        ChannelKey discord = new ChannelKey("discord", "1100000000000000001", "1400000000000000009");
        service.set(CHANNEL, "09:00 Europe/Berlin mon-fri", "U0ADMIN");
        service.set(discord, "09:00 Europe/Berlin mon-fri", "1500000000000000001");
        RecordingPoster slackSide = new RecordingPoster();
        RecordingPoster discordSide = slackSide.sibling("d");
        DailyService slackOnly = newService(stores.sibling(), new PlatformPosters().register("slack", slackSide));
        DailyService discordOnly = newService(stores.sibling(), new PlatformPosters().register("discord", discordSide));
        clock.set(Instant.parse("2026-03-23T08:00:05Z"));

        List<DailyResult> bySlack = slackOnly.runDue(clock.now());
        List<DailyResult> byDiscord = discordOnly.runDue(clock.now());

        assertThat(bySlack).extracting(DailyResult::outcome).containsExactly(DailyResult.Outcome.POSTED);
        assertThat(byDiscord).extracting(DailyResult::outcome).containsExactly(DailyResult.Outcome.POSTED);
        assertThat(slackSide.posted()).extracting(RecordingPoster.Posted::channel).containsExactly(CHANNEL);
        assertThat(discordSide.posted()).extracting(RecordingPoster.Posted::channel).containsExactly(discord);
        DailyResult nowElsewhere = slackOnly.now(discord, "U0ADMIN");
        assertThat(nowElsewhere.outcome()).isEqualTo(DailyResult.Outcome.POST_FAILED);
        assertThat(nowElsewhere.reply().plainText()).contains("no discord bot runs here");
    }
}
