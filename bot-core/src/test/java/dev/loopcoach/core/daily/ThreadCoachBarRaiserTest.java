package dev.loopcoach.core.daily;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.coaching.BarRaiserCoach;
import dev.loopcoach.core.coaching.Coaching;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.testing.InMemoryDailyStores;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RecordingPoster;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Thread coaching with the real Bar Raiser coach: a Dive Deep daily post answered, probed and continued in its thread. */
class ThreadCoachBarRaiserTest {
    private static final ChannelKey CHANNEL = new ChannelKey("discord", "1100000000000000001", "1400000000000000009");
    private static final UserKey ANA = new UserKey("discord", "1500000000000000001");
    private static final String ANSWER = "Last year our weekly active sellers dropped 8 percent in two weeks and nobody knew why. "
            + "As the product manager for seller onboarding I owned finding the cause. I pulled the raw event logs myself, "
            + "segmented the drop by country, device and signup cohort, and noticed it came almost entirely from sellers who "
            + "signed up on Android after a release. I read fifty session recordings and found that a new tax form crashed "
            + "on older Android versions. I wrote a one-page summary with the data, convinced engineering to roll back the form, "
            + "and added an alert on the onboarding funnel. Within a week active sellers recovered fully, and the alert has "
            + "since caught two similar regressions within hours.";
    private static QuestionBank bank;
    private static BarRaiserCoach barRaiser;

    @BeforeAll
    static void load() {
        bank = new BankLoader().builtInOnly();
        barRaiser = BarRaiserCoach.standard();
    }

    @Test
    void aDiveDeepAnswer_getsTheRealAnalysisAndOneFollowUp_andTheDialogueContinuesWithoutRepeats() {
        ManualClock clock = ManualClock.at("2026-03-23T08:00:00Z");
        InMemoryDailyStores daily = new InMemoryDailyStores();
        InMemoryStores stores = new InMemoryStores(clock);
        RecordingPoster poster = new RecordingPoster();
        DailyService service = new DailyService(daily.settings(), daily.posts(), poster, bank, clock, new SplittableRandom(9),
                DailyConfig.defaults());
        service.set(CHANNEL, "09:00 Europe/Berlin mon-fri dive deep", "1500000000000000009");
        service.now(CHANNEL, "1500000000000000009");
        String thread = poster.posted().get(0).ref();
        Question question = bank.find(daily.posts().findByMessage(CHANNEL, thread).orElseThrow().questionId()).orElseThrow();
        assertThat(question.primaryLp()).contains(LeadershipPrinciple.DIVE_DEEP);
        ThreadCoach coach = new ThreadCoach(daily.posts(), daily.dialogs(), stores.prefs(), stores.practice(), bank, barRaiser, clock,
                DailyConfig.defaults());
        Coaching expected = barRaiser.coach(question, ANSWER, List.of());

        Reply first = coach.onReply(new ThreadMessage(CHANNEL, thread, "m-1", ANA, ANSWER)).orElseThrow();
        clock.advance(Duration.ofMinutes(3));
        Reply second = coach.onReply(new ThreadMessage(CHANNEL, thread, "m-2", ANA,
                "I segmented by country first because our tax forms differ per country; the Android split showed up next, "
                        + "and the crash logs confirmed it for versions 9 and 10.")).orElseThrow();
        clock.advance(Duration.ofMinutes(3));
        Reply third = coach.onReply(new ThreadMessage(CHANNEL, thread, "m-3", ANA,
                "If I did it again I would have the funnel alert before the release, and I would check the recordings on day one "
                        + "instead of day four.")).orElseThrow();
        Optional<Reply> fourth = coach.onReply(new ThreadMessage(CHANNEL, thread, "m-4", ANA, ANSWER));

        assertThat(first.kind()).isEqualTo(Reply.Kind.FEEDBACK);
        assertThat(fieldValue(first, "Overall")).isEqualTo(expected.overall().label());
        assertThat(fieldValue(first, LeadershipPrinciple.DIVE_DEEP.displayName())).isIn(Arrays.stream(Vote.values()).map(Vote::label).toList());
        List<String> probe1 = followUps(first);
        assertThat(probe1).containsExactly(expected.followUps().get(0).text());
        List<String> probe2 = followUps(second);
        assertThat(probe2).hasSize(1).doesNotContainAnyElementsOf(probe1);
        assertThat(followUps(third)).isEmpty();
        assertThat(third.plainText()).contains("last coaching");
        assertThat(fourth).isEmpty();
        assertThat(stores.practice().entries(ANA)).hasSize(1);
        assertThat(stores.practice().entries(ANA).get(0).overall()).contains(expected.overall());
        assertThat(first.plainText().length() + second.plainText().length()).isLessThan(3000);
    }

    private static String fieldValue(Reply r, String name) {
        return r.blocks().stream().filter(b -> b instanceof Block.Fields).flatMap(b -> ((Block.Fields) b).fields().stream())
                .filter(f -> f.name().equals(name)).map(Block.Field::value).findFirst().orElseThrow(() -> new AssertionError("no field " + name));
    }

    private static List<String> followUps(Reply r) {
        return r.blocks().stream().filter(b -> b instanceof Block.QuestionCard).map(b -> (Block.QuestionCard) b)
                .filter(c -> c.label().equals("Follow-up")).map(Block.QuestionCard::text).toList();
    }
}
