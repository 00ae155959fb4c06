package dev.loopcoach.core.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A reply to a probe is judged against what the probe asked (its intent) and the story it follows (rubric section
 * 3): for every intent, a reply that gives it is on-probe, and one that does not (or moves to another story) gets at
 * most Not Inclined and one rephrased probe.
 */
class FollowUpReplyTest {
    private static final BarRaiserCoach COACH = BarRaiserCoach.standard();
    private static final QuestionBank BANK = new BankLoader().builtInOnly();
    private static final Question STORY_QUESTION = BANK.find(new QuestionId("dd-01")).orElseThrow();
    private static final Question CASE_QUESTION = BANK.find(new QuestionId("ps-01")).orElseThrow();

    private static final String STORY = "Last March, weekly sign-ups on our meal-kit app fell 18% in one week and nobody "
            + "knew why. I owned the onboarding funnel, so finding the cause was mine. I pulled the funnel by platform and app "
            + "version in SQL and saw the whole drop came from Android 5.2, where the address form rejected postcodes with "
            + "a space. I asked our Android lead, Priya, to patch the validation and I wrote the release note for support. "
            + "Sign-ups were back to the old level within six days.";

    private static final String CASE = "I would focus on Prime members who only use free shipping, because they renew at "
            + "the lowest rate. Their pain is that they do not see the value beyond delivery. I would test a monthly "
            + "benefits digest against a one-tap video trial.";

    static Stream<Arguments> onProbe() {
        return Stream.of(
                Arguments.of(ProbeIntent.OUTCOME, "What was the outcome, in numbers?",
                        "Sign-ups went from about 9,100 a week back to 11,000 within six days, and Android conversion at the "
                                + "address step rose from 61% to 78%."),
                Arguments.of(ProbeIntent.PERSONAL_ROLE, "What did you personally do?",
                        "I ran the SQL split by app version myself, I reproduced the postcode bug on my own phone, and I "
                                + "wrote the ticket with the failing postcodes for Priya."),
                Arguments.of(ProbeIntent.DATA, "What data did you use?",
                        "I used the funnel table in our warehouse: 92% of the failed address submissions came from Android "
                                + "5.2, and the error log showed the validation message on 3,400 attempts."),
                Arguments.of(ProbeIntent.PUSHBACK, "Where did you push back?",
                        "Our marketing lead wanted to blame the new ad campaign and pause it. I disagreed and told her the "
                                + "drop was on one app version only, so the ads could not explain it; she agreed to wait a day."),
                Arguments.of(ProbeIntent.LESSON, "What did you learn, and what changed afterwards?",
                        "I learned to watch funnel steps per app version. Since then every release has an alarm on address "
                                + "form errors, and I review it in our weekly release meeting."),
                Arguments.of(ProbeIntent.DO_DIFFERENTLY, "What would you do differently?",
                        "I would have caught it in hours instead of a week: I would add a per-version alarm on form errors "
                                + "before the release goes to everyone, and I should have asked for a staged rollout."),
                Arguments.of(ProbeIntent.REAL_EXAMPLE, "Tell me about one specific time you did this.",
                        "In March the Android 5.2 release broke postcodes with a space. I split the funnel by version, found "
                                + "the form error, and got the fix out in two days; sign-ups recovered within the week."),
                Arguments.of(ProbeIntent.SCOPE, "How big was this: how many customers, teams, dollars?",
                        "About 1,900 lost sign-ups a week, roughly $60,000 of first-order revenue, and two teams: my "
                                + "onboarding squad and the Android platform team."),
                Arguments.of(ProbeIntent.CLARIFY, "What was your first hypothesis, and how did you test it?",
                        "My first hypothesis was the new ad campaign, so I compared sign-ups by traffic source; every source "
                                + "dropped the same amount, which ruled the ads out and pointed me at the app itself."));
    }

    static Stream<Arguments> offProbe() {
        return Stream.of(
                Arguments.of(ProbeIntent.OUTCOME, "What was the outcome, in numbers?",
                        "At my previous company I grew sign-ups by 40% in a quarter with a referral program that brought "
                                + "12,000 new customers."),
                Arguments.of(ProbeIntent.PERSONAL_ROLE, "What did you personally do?",
                        "In a situation like that I would always start with the data, then I would bring the team together "
                                + "and I would make sure everyone agrees on the plan."),
                Arguments.of(ProbeIntent.DATA, "What data did you use?",
                        "Honestly it was a team effort and everybody pitched in to help get it fixed, which I really "
                                + "appreciated about that group of colleagues."),
                Arguments.of(ProbeIntent.PUSHBACK, "Where did you push back?",
                        "Sign-ups recovered within six days and support tickets about addresses dropped to almost zero, "
                                + "which everyone on the onboarding team was happy about."),
                Arguments.of(ProbeIntent.LESSON, "What did you learn, and what changed afterwards?",
                        "Sign-ups went from about 9,100 a week back to 11,000 within six days after the patch went out to "
                                + "all Android users."),
                Arguments.of(ProbeIntent.DO_DIFFERENTLY, "What would you do differently?",
                        "Priya patched the validation, support got the release note, and sign-ups came back to the old "
                                + "level within six days of the release."),
                Arguments.of(ProbeIntent.REAL_EXAMPLE, "Tell me about one specific time you did this.",
                        "Generally I believe good product managers should always look at the data first and should "
                                + "always talk to customers before they decide anything."),
                Arguments.of(ProbeIntent.SCOPE, "How big was this: how many customers, teams, dollars?",
                        "The biggest project I've run was the loyalty relaunch at another company: 14 teams, 30 million "
                                + "members and a $25 million budget."),
                Arguments.of(ProbeIntent.CLARIFY, "What was your first hypothesis, and how did you test it?",
                        "I think in general teams should be curious and should not jump to conclusions, that is the most "
                                + "important thing for any product organization."));
    }

    @ParameterizedTest(name = "{0}: on-probe reply")
    @MethodSource("onProbe")
    void givenAReplyThatGivesWhatTheProbeAsks_itAnswersTheProbe(ProbeIntent intent, String probe, String reply) {
        Coaching c = COACH.coachFollowUp(STORY_QUESTION, new AskedProbe(probe, intent), STORY, reply, List.of());

        ProbeReading r = c.probe().orElseThrow();
        assertThat(r.answersProbe()).as(r.reason()).isTrue();
        assertThat(c.overall().positive()).as(r.reason()).isTrue();
        assertThat(c.rubric()).isEqualTo(RubricKind.FOLLOW_UP);
        assertThat(c.followUps()).as("no rephrase after an answered probe").isEmpty();
    }

    @ParameterizedTest(name = "{0}: off-probe reply")
    @MethodSource("offProbe")
    void givenAReplyThatMissesTheProbe_itIsAtMostNotInclinedWithAReasonAndOneRephrase(ProbeIntent intent, String probe,
                                                                                      String reply) {
        Coaching c = COACH.coachFollowUp(STORY_QUESTION, new AskedProbe(probe, intent), STORY, reply, List.of());

        ProbeReading r = c.probe().orElseThrow();
        assertThat(r.answersProbe()).as(r.reason()).isFalse();
        assertThat(r.vote().score()).isLessThanOrEqualTo(Vote.NOT_INCLINED.score());
        assertThat(r.reason()).isNotBlank();
        assertThat(c.followUps()).singleElement().satisfies(f -> {
            assertThat(f.intent()).isEqualTo(intent);
            assertThat(f.policy()).isEqualTo("rephrase-unanswered");
            assertThat(f.text()).isNotEqualToIgnoringCase(probe);
        });
        // the rephrase is asked once: missing it again gets no third wording
        Coaching again = COACH.coachFollowUp(STORY_QUESTION, c.followUps().get(0).asked(), STORY, reply,
                List.of(probe, c.followUps().get(0).text()));
        assertThat(again.followUps()).isEmpty();
    }

    static Stream<Arguments> caseReplies() {
        return Stream.of(
                Arguments.of(ProbeIntent.CASE_GOAL, "What goal are you optimizing for?",
                        "The goal is renewal rate among shipping-only members: lifting it from 71% to 75% is worth more "
                                + "than any new benefit, because these members already pay and just do not see the value.",
                        "Prime is a great program and customers love it, so there are many things we could do."),
                Arguments.of(ProbeIntent.CASE_CUSTOMER, "Which customer segment would you focus on first?",
                        "Shipping-only members who joined in the last year, because they renew at the lowest rate and "
                                + "rarely open Prime Video; parents among them order most often.",
                        "I would optimize for renewal rate and measure it weekly against a holdout group."),
                Arguments.of(ProbeIntent.CASE_OPTIONS, "What alternatives did you consider?",
                        "Three options: a monthly benefits digest by email, a free month of Music for members who never "
                                + "streamed, and a one-tap reorder for household essentials that shows the shipping savings.",
                        "The biggest risk is that members see the digest as spam, so I would cap it at one email a month."),
                Arguments.of(ProbeIntent.CASE_PRIORITY, "If you could build only one, which would it be and why?",
                        "The digest first, because it needs no new service, ships in six weeks, and reaches every "
                                + "shipping-only member, while the Music trial needs licensing we do not have yet.",
                        "Shipping-only members are the key segment and parents are the largest group within it."),
                Arguments.of(ProbeIntent.CASE_METRICS, "How would you measure success?",
                        "Primary metric: 12-month renewal rate of digest recipients against a 10% holdout; guardrail: "
                                + "email unsubscribe rate under 0.5%; target: plus three points of renewal.",
                        "I would build the digest first because it is cheap and fast, then look at the Music trial."),
                Arguments.of(ProbeIntent.CASE_RISKS, "What is the biggest risk, and how would you reduce it?",
                        "The biggest risk is fatigue: members may unsubscribe from all Amazon email, so I would cap the "
                                + "digest at one a month and stop the test if unsubscribes pass 0.5%, trading reach for trust.",
                        "The primary metric is renewal rate, with a holdout group of ten percent of members."));
    }

    @ParameterizedTest(name = "{0}: on- and off-probe replies to a case probe")
    @MethodSource("caseReplies")
    void givenACaseProbe_theReplyIsJudgedOnThePartOfTheWalkThroughItAskedFor(ProbeIntent intent, String probe, String on,
                                                                             String off) {
        ProbeReading yes = COACH.coachFollowUp(CASE_QUESTION, new AskedProbe(probe, intent), CASE, on, List.of()).probe().orElseThrow();
        ProbeReading no = COACH.coachFollowUp(CASE_QUESTION, new AskedProbe(probe, intent), CASE, off, List.of()).probe().orElseThrow();

        assertThat(yes.answersProbe()).as(yes.reason()).isTrue();
        assertThat(yes.vote().positive()).as(yes.reason()).isTrue();
        assertThat(no.answersProbe()).as(no.reason()).isFalse();
        assertThat(no.vote().positive()).isFalse();
    }
}
