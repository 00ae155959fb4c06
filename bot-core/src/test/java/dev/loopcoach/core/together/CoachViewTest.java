package dev.loopcoach.core.together;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.DailyConfig;
import dev.loopcoach.core.daily.DailyService;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.testing.InMemoryDailyStores;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RecordingPoster;
import dev.loopcoach.core.testing.StoreFixtures;
import dev.loopcoach.core.together.PracticeBoard.Community;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CoachViewTest {
    private static final Community TEAM = new Community("slack", "T0CAMP");
    private static final UserKey ANA = new UserKey("slack", "T0CAMP:U0ANA");
    private static final UserKey BO = new UserKey("slack", "T0CAMP:U0BO");
    private static final UserKey CY = new UserKey("slack", "T0CAMP:U0CY");

    private final ManualClock clock = ManualClock.at("2027-01-13T10:00:00Z"); // a Wednesday
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final CoachView view = new CoachView(stores.practiceBoard(), stores.practice(), stores.stories(), stores.prefs(),
            stores.channelSettings(), clock);

    @Test
    void givenMembersWhoConsent_andOneWhoDoesNot_thenTheReportShowsOnlyTheConsenting_withoutTheirAnswersText() {
        stores.practice().record(ANA, StoreFixtures.answeredEntry(Instant.parse("2027-01-12T09:00:00Z")));
        stores.practice().record(CY, StoreFixtures.answeredEntry(Instant.parse("2027-01-12T09:00:00Z")));
        stores.practice().record(BO, StoreFixtures.answeredEntry(Instant.parse("2026-12-20T09:00:00Z")));
        stores.stories().add(ANA, "Checkout", "story text", List.of(LeadershipPrinciple.DIVE_DEEP), clock.now());

        assertThat(view.share(TEAM, ANA, "Ana", true).plainText()).contains("coaches can now see your practice");
        view.share(TEAM, BO, "Bo", true);

        String report = view.report(TEAM).plainText();
        assertThat(report).contains("Members who share their practice (2)")
                .contains("Ana: 1 answer, last practised 2027-01-12; weakest: Ownership (Not Inclined), Dive Deep")
                .contains("story gaps: 15 of 16 principles without a story")
                .contains("Bo: 0 answers, last practised 2026-12-20")
                .contains("Stalled (nothing in 7 days): Bo.")
                .contains("Dive Deep: \u2588 1").doesNotContain("Cy").doesNotContain("story text");

        assertThat(view.share(TEAM, BO, "Bo", false).plainText()).contains("stopped sharing");
        assertThat(view.report(TEAM).plainText()).contains("(1)").doesNotContain("Bo");
    }

    @Test
    void givenTheDigestOnInACoachesChannel_thenMondayAtNineItGetsTheViewOnce_acrossProcesses() {
        RecordingPoster poster = new RecordingPoster();
        CoachView posting = new CoachView(stores.practiceBoard(), stores.practice(), stores.stories(), stores.prefs(),
                stores.channelSettings(), clock, poster);
        CoachView other = new CoachView(stores.sibling().practiceBoard(), stores.practice(), stores.stories(), stores.prefs(),
                stores.channelSettings(), clock, poster.sibling("other"));
        ChannelKey coaches = new ChannelKey("slack", "T0CAMP", "C0COACHES");
        stores.practice().record(ANA, StoreFixtures.answeredEntry(Instant.parse("2027-01-14T09:00:00Z")));
        posting.share(TEAM, ANA, "Ana", true);
        assertThat(posting.digest(coaches, true).plainText()).contains("digest is on");

        clock.set(Instant.parse("2027-01-18T08:59:00Z")); // Monday 08:59 UTC
        assertThat(posting.runWeekly(clock.now())).isZero();
        clock.set(Instant.parse("2027-01-18T09:00:30Z"));
        assertThat(posting.runWeekly(clock.now()) + other.runWeekly(clock.now())).isEqualTo(1);

        assertThat(poster.onPlatform(coaches)).singleElement().satisfies(p -> assertThat(p.reply().plainText())
                .contains("Coach's view").contains("Ana: 1 answer"));
        posting.digest(coaches, false);
        clock.set(Instant.parse("2027-01-25T09:00:30Z"));
        assertThat(posting.runWeekly(clock.now())).isZero();
    }

    @Test
    void givenAPrincipleOfTheWeek_thenTheCommunitysDailyQuestionsAskAboutIt_untilTheWeekEnds() {
        QuestionBank bank = new BankLoader().builtInOnly();
        InMemoryDailyStores daily = new InMemoryDailyStores();
        RecordingPoster poster = new RecordingPoster();
        DailyService service = new DailyService(daily.settings(), daily.posts(), poster, bank, clock, new SplittableRandom(3),
                DailyConfig.defaults(), channel -> view.focus(new Community(channel.platform(), channel.workspaceId())));
        ChannelKey channel = new ChannelKey("slack", "T0CAMP", "C0DAILY");

        assertThat(view.setFocus(TEAM, Optional.of(LeadershipPrinciple.FRUGALITY)).plainText()).contains("Frugality");
        service.now(channel, "U0ADMIN");
        service.now(channel, "U0ADMIN");
        assertThat(poster.posted()).allSatisfy(p -> assertThat(bank.find(new dev.loopcoach.core.bank.QuestionId(p.questionId()))
                .orElseThrow().lps()).contains(LeadershipPrinciple.FRUGALITY));
        assertThat(view.report(TEAM).plainText()).contains("Principle of the week: Frugality.");

        clock.advance(Duration.ofDays(7));
        assertThat(view.focus(TEAM)).as("a new week, no focus until it is set again").isEmpty();
    }

    @Test
    void givenAPrincipleOfTheWeek_thenConsentingMembersPlansPractiseItThisWeek_andOthersPlansDoNot() {
        view.share(TEAM, ANA, "Ana", true);
        view.setFocus(TEAM, Optional.of(LeadershipPrinciple.FRUGALITY));
        dev.loopcoach.core.plan.PlanService plans = new dev.loopcoach.core.plan.PlanService(stores.prefs(), stores.practice(),
                stores.stories(), stores.sessions(), dev.loopcoach.core.testing.RealCoach.builtInBank(), clock,
                dev.loopcoach.core.bank.Level.PM, user -> 0, CoachView.weekFocus(stores.practiceBoard(), stores.channelSettings(),
                        clock));

        String anas = plans.handle(ANA, "2027-02-15").plainText();
        String bos = plans.handle(BO, "2027-02-15").plainText();

        assertThat(anas).contains("one question: Frugality (your group's principle of the week)");
        assertThat(bos).doesNotContain("principle of the week");
        clock.advance(Duration.ofDays(7)); // the next week: the focus has lapsed
        assertThat(plans.handle(ANA, "").plainText()).doesNotContain("principle of the week");
    }

    @Test
    void givenNamedCoaches_thenTheyAreRecognisedByAnyOfTheirRefs_untilRemoved() {
        assertThat(view.isCoach(TEAM, List.of("U0COACH"))).isFalse();

        assertThat(view.nameCoach(TEAM, "U0COACH", "Coach <!channel> Kim", true).plainText())
                .contains("is now a named coach").doesNotContain("<!channel>");
        view.nameCoach(TEAM, "R0ROLE", "Coaches", true);

        assertThat(view.nameCoach(TEAM, "U0COACH", "Kim", true).plainText()).contains("already a named coach");
        assertThat(view.isCoach(TEAM, List.of("U0OTHER", "U0COACH"))).isTrue();
        assertThat(view.isCoach(TEAM, List.of("R0ROLE"))).isTrue();
        assertThat(view.isCoach(new Community("slack", "T0ELSE"), List.of("U0COACH"))).as("per community").isFalse();
        assertThat(view.nameCoach(TEAM, "U0COACH", "Kim", false).plainText()).contains("no longer a named coach");
        assertThat(view.isCoach(TEAM, List.of("U0COACH"))).isFalse();
        assertThat(view.coaches(TEAM)).containsExactly("R0ROLE");
    }
}
