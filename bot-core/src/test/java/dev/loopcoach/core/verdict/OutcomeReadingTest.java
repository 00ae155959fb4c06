package dev.loopcoach.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.AnswerAnalyzer;
import dev.loopcoach.core.analysis.Relevance;
import dev.loopcoach.core.analysis.StarPart;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What is and is not an outcome, a task or a step, by the definitions of rubric section 2 (round 12): an activity under
 * way, a clause that only dates a step and the noun of a verb are no outcome; a metric's move told in the historical
 * present is one; a responsibility told beside a habit is still a task; a story that never touches a principle's own
 * subject answers another question. A task can be told without goal words (round 13).
 */
class OutcomeReadingTest {
    private static final AnswerAnalyzer ANALYZER = AnswerAnalyzer.standard();
    private static final String QUESTION = "Tell me about a time you coached someone who was struggling.";

    private static AnswerAnalysis read(String answer, LeadershipPrinciple... targets) {
        return ANALYZER.analyze(QUESTION, answer, List.of(targets));
    }

    private static List<String> results(String answer) {
        return read(answer).star().evidenceFor(StarPart.RESULT);
    }

    /** Words that look like an outcome but are not one: (why, answer, the words that must not be read as the result). */
    static Stream<Arguments> noOutcomes() {
        return Stream.of(
                Arguments.of("an activity under way", "At the bakery chain I managed a junior analyst who built our weekly "
                        + "waste report. Store managers had stopped trusting it. I booked a one-to-one and brought three "
                        + "wrong figures printed out. I asked him how he built it and saw he was copying figures from four "
                        + "files by hand. I showed him how to pull them with one query and we wrote a checklist together.",
                        "copying"),
                Arguments.of("a clause that only dates a step", "Our support macros were full of outdated refund rules and "
                        + "agents kept quoting the wrong policy. I rewrote the twelve macros with the policy team. For three "
                        + "weeks I checked every macro change myself before it went out.", "before it went out"),
                Arguments.of("the noun of an outcome verb", "Our mobile team shipped on Fridays and weekend incidents kept "
                        + "waking the same two engineers. I listed every alert from the last quarter with them. I also moved "
                        + "our release day from Friday to Tuesday.", "release day"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noOutcomes")
    void givenWordsThatOnlyLookLikeAnOutcome_theyAreNotTheResult(String why, String answer, String words) {
        assertThat(results(answer)).noneMatch(s -> s.contains(words));
    }

    @Test
    void givenAMetricMoveToldInTheHistoricalPresentAfterTheSteps_itIsTheResult() {
        // a story told in the past that slips into the present for its ending, as speakers often do
        String answer = "I was the growth PM at a language-learning app last year, and paid renewals were failing. I read the "
                + "card networks' retry rules and spent a week with the payments engineers. I wrote a new retry schedule, got "
                + "the payments team to test it, and switched on the card updater we already paid for. Involuntary churn "
                + "drops 22%.";
        assertThat(results(answer)).anyMatch(s -> s.contains("drops 22%"));
        assertThat(read(answer).impact().quantified()).isTrue();
    }

    @Test
    void givenAResponsibilityToldBesideAHabit_itIsStillTheTask() {
        String answer = "At a ticketing startup I owned the checkout flow, and we always reviewed conversion by week. In "
                + "March I noticed mobile conversion had slipped for three weeks in a row. I pulled the sessions and found "
                + "the card form reset on every error. I had the form keep its fields and shipped it in two days. Mobile "
                + "conversion went from 41% to 47% the next month.";
        assertThat(read(answer).star().has(StarPart.TASK)).isTrue();
    }

    /** A task in other words (rubric section 2: "in any wording"; round 13): (why, answer, the task sentence's words). */
    static Stream<Arguments> tasksInOtherWords() {
        return Stream.of(
                Arguments.of("a metric named as one's own", "Our pet-food subscription lost a lot of customers after the "
                        + "second box. Repeat orders were my KPI that half. I called twenty people who had cancelled and "
                        + "changed the second box to a smaller trial size. Repeat orders went from 38% to 45%.",
                        "my KPI"),
                Arguments.of("a role with a purpose", "Our team was hiring its first data PM and the loop had five "
                        + "interviewers. My role on that loop was to test how the candidate reads an experiment. I wrote "
                        + "a case with a broken A/B test and ran it in my interview. We hired the candidate, who caught "
                        + "the flaw in ten minutes.", "My role on that loop"),
                Arguments.of("something on one's plate", "The warehouse scanners at our depot dropped orders every "
                        + "evening shift. Fixing the scanner sync was on my plate that quarter. I sat with the night "
                        + "shift for two evenings and logged every failure. Dropped orders fell from 30 a night to 4.",
                        "on my plate"),
                Arguments.of("taking on what nobody looked at", "Our invoicing app sent reminder emails that many "
                        + "clients never opened. Nobody was watching the bounces, so I did. I cleaned the "
                        + "addresses with the support team and rewrote the subject line. Paid-on-time invoices rose by "
                        + "a fifth.", "Nobody was watching"),
                Arguments.of("a team's commitment", "A school district moved its 40 schools onto our reading app in "
                        + "August. Our commitment was a working login for every pupil on the first day of term. I ran a "
                        + "test login with each school's office the week before. Every school was live on day one.",
                        "Our commitment"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tasksInOtherWords")
    void givenATaskToldWithoutGoalWords_itIsTheTask(String why, String answer, String words) {
        assertThat(read(answer).star().evidenceFor(StarPart.TASK)).anyMatch(s -> s.contains(words));
    }

    @Test
    void givenAStoryThatNeverTouchesFrugalitysSubject_itIsOffTopic() {
        String question = "Tell me about a time you delivered what customers needed with less budget than you wanted.";
        String story = "I was the PM for our clinic-booking app, and patients kept missing appointments because the reminder "
                + "text came too late. I read the reminder logs myself and saw the message went out at midnight. I moved it to "
                + "the evening before, rewrote it in plain words and added a one-tap reschedule link. Missed appointments "
                + "fell from 14% to 9% over the next two months, which was what patients needed.";
        AnswerAnalysis frugality = ANALYZER.analyze(question, story, List.of(LeadershipPrinciple.FRUGALITY));
        assertThat(frugality.relevance().kind()).isEqualTo(Relevance.Kind.OFF_TOPIC);
        assertThat(frugality.relevance().reason()).contains("Frugality");
        // the same story answers a question about customers: it is judged as a story there
        assertThat(ANALYZER.analyze(question, story, List.of(LeadershipPrinciple.CUSTOMER_OBSESSION)).relevance().judgeable())
                .isTrue();
        // and a frugal version of it is on topic
        String frugal = story.replace("added a one-tap reschedule link", "added a one-tap reschedule link without any "
                + "new budget, reusing the text provider we already paid for");
        assertThat(ANALYZER.analyze(question, frugal, List.of(LeadershipPrinciple.FRUGALITY)).relevance().judgeable()).isTrue();
    }

    @Test
    void givenOnlyBeingAskedToDoMore_itIsNotAnOutcomeOnItsOwn() {
        String answer = "I was the PM for our claims portal and the team had no written incident process. When a payout "
                + "went to the wrong account I wrote up the timeline and the fix the same day. My director asked me to turn "
                + "it into a template.";
        assertThat(read(answer).star().has(StarPart.RESULT)).isFalse();
    }

    @Test
    void givenJoiningACompanyMidStory_itPlacesTheSpeakerAndIsNotAStep() {
        String answer = "The payments market in Poland changed fast after 2019, and banks started their own instant transfers. "
                + "Two years later I joined a small invoicing startup in Krakow as senior PM. Its customers were mostly "
                + "accountants who sent invoices by email. I interviewed twelve accountants in my first month and found that "
                + "late payers never opened the email.";
        assertThat(read(answer).star().evidenceFor(StarPart.ACTION)).noneMatch(s -> s.contains("I joined"))
                .anyMatch(s -> s.contains("I interviewed"));
    }

    @Test
    void givenTheStoryPlacedInAnOrganisationOrItsProblemNamed_thatIsTheSituation() {
        String placed = "At the grocery startup we delivered within two hours across the city. I wrote a rule for the "
                + "pickers: call the customer before any swap over five pounds. Refund requests fell by a third in a month.";
        String problem = "I looked after the returns flow. The problem was that every return needed a phone call to the "
                + "warehouse. I added a self-service label page. Calls to the warehouse fell by half within six weeks.";
        String ownStepThere = "In the insurance company we sold home cover through brokers. I interviewed six brokers and "
                + "cut the quote form from twenty fields to eight. Quotes per broker rose 30% the next quarter.";
        String question = "Tell me about a time you made a process simpler for customers.";
        for (String answer : List.of(placed, problem, ownStepThere)) {
            assertThat(ANALYZER.analyze(question, answer, List.of()).star().has(StarPart.SITUATION)).as(answer).isTrue();
        }
        // a time and a place inside a step are not the situation on their own
        assertThat(ANALYZER.analyze(question, "I called the warehouse at the start of the week and fixed the return labels "
                + "for customers. Calls fell by half.", List.of()).star().has(StarPart.SITUATION)).isFalse();
    }

    @Test
    void givenAStoryOpeningWithASceneWithoutAVerb_thatIsTheSituation_butAShortReplyIsNot() {
        String question = "Tell me about a time you made a process simpler for customers.";
        String terse = "Parcel lockers, Tampere, winter 2021. Pick-up codes expired after two days. I changed the expiry to "
                + "five days and added a reminder on day two. Uncollected parcels fell from 9% to 3% in a month.";
        assertThat(ANALYZER.analyze(question, terse, List.of()).star().has(StarPart.SITUATION)).isTrue();
        String reply = "Yes, often. I changed the expiry of our pick-up codes to five days and added a reminder on day two. "
                + "Uncollected parcels fell from 9% to 3% in a month.";
        assertThat(ANALYZER.analyze(question, reply, List.of()).star().has(StarPart.SITUATION)).isFalse();
    }

    @Test
    void givenWhatHadToBeDoneToldImpersonally_thatIsTheTask() {
        String question = "Tell me about a time you made a process simpler for customers.";
        String answer = "At the bike-rental startup, refunds for broken bikes took three weeks. It was necessary to bring "
                + "them under three days before the summer. I moved refunds under twenty euros to the app with one tap "
                + "and checked the first hundred myself. Refund time fell to two days in June.";
        assertThat(ANALYZER.analyze(question, answer, List.of()).star().has(StarPart.TASK)).isTrue();
    }
}
