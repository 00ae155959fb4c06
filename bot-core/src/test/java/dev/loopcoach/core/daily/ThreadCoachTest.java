package dev.loopcoach.core.daily;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.port.PracticeEntry;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.testing.InMemoryDailyStores;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RecordingPoster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dialogue in a daily post's thread: who gets coached, how often, and what is passed to the coach. */
class ThreadCoachTest {
    private static final ChannelKey CHANNEL = new ChannelKey("slack", "T0FAKE", "C0DAILY");
    private static final UserKey ANA = new UserKey("slack", "T0FAKE:U0ANA");
    private static final UserKey BO = new UserKey("slack", "T0FAKE:U0BO");
    private static final String ANSWER = "In my last role I noticed our checkout conversion dropped, so I pulled the funnel data, "
            + "found a broken address form on mobile, and shipped a fix with the team within two days.";
    private static QuestionBank bank;

    private final ManualClock clock = ManualClock.at("2026-03-23T08:00:00Z");
    private final InMemoryDailyStores daily = new InMemoryDailyStores();
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final ScriptedAnswerCoach answerCoach = new ScriptedAnswerCoach();
    private ThreadCoach coach;
    private String thread;
    private int messages;

    @BeforeAll
    static void loadBank() {
        bank = new BankLoader().builtInOnly();
    }

    @BeforeEach
    void postTodaysQuestion() {
        RecordingPoster poster = new RecordingPoster();
        DailyService service = new DailyService(daily.settings(), daily.posts(), poster, bank, clock, new SplittableRandom(5),
                DailyConfig.defaults());
        service.now(CHANNEL, "U0ADMIN");
        thread = poster.posted().get(0).ref();
        coach = coachOn(daily, stores);
    }

    private ThreadCoach coachOn(InMemoryDailyStores d, InMemoryStores s) {
        return new ThreadCoach(d.posts(), d.dialogs(), s.prefs(), s.practice(), bank, answerCoach, clock, DailyConfig.defaults());
    }

    private ThreadMessage say(UserKey who, String text) {
        clock.advance(Duration.ofSeconds(30));
        return new ThreadMessage(CHANNEL, thread, "reply-" + (++messages), who, text);
    }

    private static List<String> followUpCards(Reply r) {
        return r.blocks().stream().filter(b -> b instanceof Block.QuestionCard).map(b -> (Block.QuestionCard) b)
                .filter(c -> c.label().equals("Follow-up")).map(Block.QuestionCard::text).toList();
    }

    @Test
    void givenAnAnswerInTheThread_itGetsTheAnalysisAndExactlyOneFollowUp() {
        Reply r = coach.onReply(say(ANA, ANSWER)).orElseThrow();

        assertThat(r.kind()).isEqualTo(Reply.Kind.FEEDBACK);
        assertThat(r.plainText()).contains("Feedback on your answer").contains("Overall: Inclined").contains("STAR: missing Result")
                .contains("To make it stronger").contains("End with the result in numbers.").doesNotContain("Cut the background");
        assertThat(followUpCards(r)).containsExactly(ScriptedAnswerCoach.PROBES.get(0));
        assertThat(answerCoach.calls()).extracting(ScriptedAnswerCoach.Call::method).containsExactly("coach");
        assertThat(answerCoach.calls().get(0).answer()).isEqualTo(ANSWER);
        List<PracticeEntry> practised = stores.practice().entries(ANA);
        assertThat(practised).hasSize(1);
        assertThat(practised.get(0).overall()).contains(Vote.INCLINED);
        assertThat(practised.get(0).questionId().value()).isEqualTo(daily.posts().findByMessage(CHANNEL, thread).orElseThrow().questionId().value());
    }

    @Test
    void givenAReplyThatArrivesBeforeThePostsMessageIdIsStored_thenItWaitsForIt_andIsCoached() throws Exception {
        ChannelKey other = new ChannelKey("slack", "T0FAKE", "C0RACE");
        java.time.LocalDate today = java.time.LocalDate.of(2026, 3, 23);
        QuestionId question = daily.posts().findByMessage(CHANNEL, thread).orElseThrow().questionId();
        assertThat(daily.posts().claim(new PostClaim(other, today, PostKind.SCHEDULED, question, Optional.empty(),
                clock.now()))).isTrue();
        // the platform has answered the post with its message id, which is stored only after the reply looked once
        java.util.concurrent.CountDownLatch lookedOnce = new java.util.concurrent.CountDownLatch(1);
        dev.loopcoach.core.port.DailyPostStore real = daily.posts();
        dev.loopcoach.core.port.DailyPostStore watched = (dev.loopcoach.core.port.DailyPostStore) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {dev.loopcoach.core.port.DailyPostStore.class}, (proxy, method, args) -> {
                    Object out = method.invoke(real, args);
                    if (method.getName().equals("findByMessage") && ((Optional<?>) out).isEmpty()) {
                        lookedOnce.countDown();
                    }
                    return out;
                });
        ThreadCoach racing = new ThreadCoach(watched, daily.dialogs(), stores.prefs(), stores.practice(), bank, answerCoach, clock,
                DailyConfig.defaults());
        Thread storer = new Thread(() -> {
            try {
                lookedOnce.await();
            } catch (InterruptedException e) {
                return;
            }
            daily.posts().markPosted(other, today, PostKind.SCHEDULED, "1700000999.000100", clock.now());
        });
        storer.start();

        Optional<Reply> r = racing.onReply(new ThreadMessage(other, "1700000999.000100", "reply-race", ANA, ANSWER));
        storer.join();

        assertThat(r).hasValueSatisfying(reply -> assertThat(reply.plainText()).contains("Feedback on your answer"));
        assertThat(coach.onReply(new ThreadMessage(other, "1700000000.999999", "reply-other", BO, ANSWER)))
                .as("a thread that is no daily post, once no post is being sent there, is left alone").isEmpty();
    }

    @Test
    void replyingToTheFollowUp_continues_upToThreeCoachedReplies_thenSilence() {
        coach.onReply(say(ANA, ANSWER));

        Reply second = coach.onReply(say(ANA, "The result was a 12 percent lift in mobile conversion within one week of the fix.")).orElseThrow();
        Reply third = coach.onReply(say(ANA, "Next time I would add monitoring on the form so we catch breakage in hours, not days.")).orElseThrow();
        Optional<Reply> fourth = coach.onReply(say(ANA, "Thanks a lot for the coaching, this was really helpful for my prep today."));

        assertThat(second.plainText()).contains("Feedback on your follow-up answer").contains("scripted feedback").doesNotContain("STAR:");
        assertThat(followUpCards(second)).containsExactly(ScriptedAnswerCoach.PROBES.get(1));
        assertThat(followUpCards(third)).isEmpty();
        assertThat(third.plainText()).contains("last coaching").contains("/mockinterview");
        assertThat(fourth).isEmpty();
        List<ScriptedAnswerCoach.Call> calls = answerCoach.calls();
        assertThat(calls).extracting(ScriptedAnswerCoach.Call::method).containsExactly("coach", "coachFollowUp", "coachFollowUp");
        assertThat(calls.get(1).probe()).isEqualTo(ScriptedAnswerCoach.PROBES.get(0));
        assertThat(calls.get(1).alreadyAsked()).containsExactly(ScriptedAnswerCoach.PROBES.get(0));
        assertThat(calls.get(2).probe()).isEqualTo(ScriptedAnswerCoach.PROBES.get(1));
        assertThat(stores.practice().entries(ANA)).hasSize(1);
    }

    @Test
    void eachPersonInTheThread_hasTheirOwnDialogue() {
        coach.onReply(say(ANA, ANSWER));
        Reply bo = coach.onReply(say(BO, ANSWER + " I also wrote a short memo for leadership.")).orElseThrow();

        assertThat(followUpCards(bo)).containsExactly(ScriptedAnswerCoach.PROBES.get(0));
        assertThat(answerCoach.calls()).extracting(ScriptedAnswerCoach.Call::method).containsExactly("coach", "coach");
    }

    @Test
    void repliesOutsideADailyThread_areNotOurs() {
        assertThat(coach.onReply(new ThreadMessage(CHANNEL, "1699999999.000001", "r-1", ANA, ANSWER))).isEmpty();
        assertThat(coach.onReply(new ThreadMessage(new ChannelKey("slack", "T0FAKE", "C0ELSEWHERE"), thread, "r-2", ANA, ANSWER))).isEmpty();
        assertThat(coach.isDailyThread(CHANNEL, thread)).isTrue();
        assertThat(answerCoach.calls()).isEmpty();
    }

    @Test
    void theSameMessageDeliveredAgain_isCoachedOnce() {
        ThreadMessage m = say(ANA, ANSWER);

        assertThat(coach.onReply(m)).isPresent();
        assertThat(coach.onReply(m)).isEmpty();
        assertThat(coachOn(daily.sibling(), stores.sibling()).onReply(m)).isEmpty();
        assertThat(answerCoach.calls()).hasSize(1);
    }

    @Test
    void theSameMessageHandledByTwoProcessesAtOnce_isAnsweredOnce() throws Exception {
        ThreadCoach other = coachOn(daily.sibling(), stores.sibling());
        ThreadMessage m = say(ANA, ANSWER);
        answerCoach.meetInside(2);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Optional<Reply>> replies = new ArrayList<>();
        try {
            List<Future<Optional<Reply>>> futures = new ArrayList<>();
            for (ThreadCoach c : List.of(coach, other)) {
                Callable<Optional<Reply>> call = () -> c.onReply(m);
                futures.add(pool.submit(call));
            }
            for (Future<Optional<Reply>> f : futures) {
                replies.add(f.get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(replies.stream().filter(Optional::isPresent)).hasSize(1);
        assertThat(answerCoach.calls()).hasSize(2); // both analysed, only one answer was kept and sent
        assertThat(stores.practice().entries(ANA)).hasSize(1);
    }

    @Test
    void mute_stopsCoachingForThatPerson_andUnmuteBringsItBack() {
        Reply muted = coach.onReply(say(ANA, "Mute")).orElseThrow();
        Optional<Reply> whileMuted = coach.onReply(say(ANA, ANSWER));
        Reply othersStillCoached = coach.onReply(say(BO, ANSWER)).orElseThrow();
        Reply unmuted = coach.onReply(say(ANA, "unmute")).orElseThrow();
        Optional<Reply> afterUnmute = coach.onReply(say(ANA, ANSWER + " Then we rolled it out to every market."));

        assertThat(muted.plainText()).contains("won't coach your replies").contains("/coach unmute");
        assertThat(whileMuted).isEmpty();
        assertThat(stores.prefs().get(ANA).threadCoachingMuted()).isFalse();
        assertThat(othersStillCoached.kind()).isEqualTo(Reply.Kind.FEEDBACK);
        assertThat(unmuted.plainText()).contains("back on");
        assertThat(afterUnmute).isPresent();
        assertThat(answerCoach.calls()).hasSize(2);
    }

    @Test
    void snooze_keepsCoachingQuietUntilTheDate_thenItComesBackByItself() {
        Reply snoozed = coach.onReply(say(ANA, "snooze 3 days")).orElseThrow();
        Optional<Reply> duringSnooze = coach.onReply(say(ANA, ANSWER));
        clock.advance(java.time.Duration.ofDays(2));
        Optional<Reply> lastDay = coach.onReply(say(ANA, ANSWER + " Then we rolled it out."));
        clock.advance(java.time.Duration.ofDays(1));
        Optional<Reply> dayAfter = coach.onReply(say(ANA, ANSWER + " Then we rolled it out to every market."));

        assertThat(snoozed.plainText()).contains("until Wed 25 Mar 2026").contains("comes back on by itself");
        assertThat(stores.prefs().get(ANA).snoozedUntil()).contains(java.time.LocalDate.of(2026, 3, 25));
        assertThat(duringSnooze).isEmpty();
        assertThat(lastDay).as("the last day of the snooze is still quiet").isEmpty();
        assertThat(dayAfter).isPresent();
    }

    @Test
    void snoozeRequests_areReadInEveryUsualWay_andNeverForGoodOrInThePast() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 3, 23);
        assertThat(SnoozeRequest.until("snooze", today)).contains(today.plusDays(6));
        assertThat(SnoozeRequest.until("Snooze for 2 weeks.", today)).contains(today.plusDays(13));
        assertThat(SnoozeRequest.until("snooze until 2026-04-01", today)).contains(java.time.LocalDate.of(2026, 4, 1));
        assertThat(SnoozeRequest.until("snooze 999 days", today)).contains(today.plusDays(SnoozeRequest.MAX_DAYS - 1));
        assertThat(SnoozeRequest.until("snooze until 2026-03-01", today)).isEmpty();
        assertThat(SnoozeRequest.until("I snoozed through the alarm and missed the launch", today)).isEmpty();
    }

    @Test
    void onDiscord_theWayBackIsTheThreadWord() {
        UserKey discordUser = new UserKey("discord", "1500000000000000001");
        assertThat(coach.mute(discordUser, true).plainText()).contains("reply saying \"unmute\"");
    }

    @Test
    void muteFromACommand_isStoredInTheUsersPrefs() {
        Reply r = coach.mute(ANA, true);

        assertThat(r.plainText()).contains("won't coach");
        assertThat(stores.prefs().get(ANA).threadCoachingMuted()).isTrue();
        assertThat(coach.onReply(say(ANA, ANSWER))).isEmpty();
    }

    @Test
    void shortChat_getsOneNudge_thenSilence_andAFullAnswerIsStillCoached() {
        Reply nudge = coach.onReply(say(ANA, "Great question!")).orElseThrow();
        Optional<Reply> again = coach.onReply(say(ANA, "+1 love it"));
        Optional<Reply> answered = coach.onReply(say(ANA, ANSWER));

        assertThat(nudge.plainText()).contains("reply with your full answer");
        assertThat(again).isEmpty();
        assertThat(answered).map(Reply::kind).contains(Reply.Kind.FEEDBACK);
        assertThat(answerCoach.calls()).hasSize(1);
    }

    @Test
    void whenAFollowUpAnswerMeetsTheProbe_theNextPlannedProbeIsAsked() {
        answerCoach.followUpAnswersSatisfy();
        coach.onReply(say(ANA, ANSWER));

        Reply second = coach.onReply(say(ANA, "Conversion went from 2.1 to 2.4 percent on mobile within a week, which was about 9k orders.")).orElseThrow();

        assertThat(second.plainText()).contains("Feedback on your follow-up answer").doesNotContain("Follow-up feedback")
                .contains("answered the probe");
        assertThat(followUpCards(second)).containsExactly(ScriptedAnswerCoach.PROBES.get(1));
        ThreadDialog dialog = daily.dialogs().find(daily.posts().findByMessage(CHANNEL, thread).orElseThrow().id(), ANA).orElseThrow();
        assertThat(dialog.asked()).containsExactly(ScriptedAnswerCoach.PROBES.get(0), ScriptedAnswerCoach.PROBES.get(1));
        assertThat(dialog.queued()).containsExactly(ScriptedAnswerCoach.PROBES.get(2));
        assertThat(dialog.pendingFollowUp()).contains(ScriptedAnswerCoach.PROBES.get(1));
    }
}
