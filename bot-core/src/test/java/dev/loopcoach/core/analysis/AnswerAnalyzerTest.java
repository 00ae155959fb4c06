package dev.loopcoach.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerAnalyzerTest {
    private static final AnswerAnalyzer ANALYZER = AnswerAnalyzer.standard();
    private static final String QUESTION = "Tell me about a time you used data to find the root cause of a problem.";

    static final String STRONG = "Last year I was the PM for search at an online pharmacy, and searches that ended in "
            + "a purchase had dropped from 31% to 24% in a month. My goal was to find the cause before the flu season. "
            + "I pulled the query logs myself, split them by device and found that most failed searches were brand "
            + "names with typos. I worked with one engineer to add a spelling index and tested it on 10% of traffic. "
            + "As a result, searches ending in a purchase went back to 30% within three weeks, and we kept the index.";

    private AnswerAnalysis analyze(String answer) {
        return ANALYZER.analyze(QUESTION, answer, List.of(LeadershipPrinciple.DIVE_DEEP));
    }

    @Test
    void givenACompleteStory_allStarPartsAreFoundWithTheirSentences() {
        AnswerAnalysis a = analyze(STRONG);

        assertThat(a.star().missing()).isEmpty();
        // the role ("I was the PM for search") is a responsibility too (rubric section 2); the explicit goal is always a task
        assertThat(a.star().evidenceFor(StarPart.TASK)).anySatisfy(q -> assertThat(q).startsWith("My goal was"));
        assertThat(a.star().evidenceFor(StarPart.RESULT)).anySatisfy(q -> assertThat(q).startsWith("As a result"));
        assertThat(a.impact().quantified()).isTrue();
        assertThat(a.impact().resultAmounts()).contains("30%", "three weeks");
        assertThat(a.ownership().ownership()).isEqualTo(Ownership.I);
        assertThat(a.relevance().judgeable()).isTrue();
        assertThat(a.lps().matched()).contains(LeadershipPrinciple.DIVE_DEEP);
    }

    @Test
    void givenAResultWithAMeasureAndAPlainCount_theCoachQuotesTheMeasure() {
        // "three" says where the result happened and "within two weeks" when; "12%" is how much it moved
        AnswerAnalysis a = analyze("Our meal-kit add-ons sold badly outside the capital. I compared the regional menus "
                + "with the order data and moved the cheapest add-ons to the top of the list. Within two weeks add-on "
                + "revenue rose 12% across all three regions.");

        assertThat(a.impact().resultAmounts()).contains("12%").hasSizeGreaterThan(1);
        assertThat(a.impact().cited(3)).containsExactly("12%");
    }

    @Test
    void givenAResultMeasuredOnlyInTime_theCoachQuotesTheTime() {
        AnswerAnalysis a = analyze("Refund requests waited in a shared inbox at our marketplace. I set up a rota with the "
                + "support leads and wrote replies for the five commonest cases. The wait for a refund went from ten days "
                + "to two days.");

        assertThat(a.impact().cited(2)).containsExactly("ten days", "two days");
    }

    @Test
    void givenNumbersOnlyInTheSituation_theImpactIsNotQuantified() {
        AnswerAnalysis a = analyze("Our app had 2 million users and a cloud bill of $400,000 a month. I was asked to cut it. "
                + "I went through the bill with our infrastructure lead and turned off idle test servers. "
                + "Finance was happier after that and the bill came down.");

        assertThat(a.star().has(StarPart.RESULT)).isTrue();
        assertThat(a.impact().quantified()).isFalse();
        assertThat(a.impact().otherAmounts()).contains("2 million", "$400,000");
    }

    @Test
    void givenOnlyAForecast_thereIsNoResultAndTheAmountIsAForecast() {
        AnswerAnalysis a = analyze("Our churn was 9 percent a month. I was asked to bring it down. I read the exit surveys "
                + "and wrote the spec for a pause feature with engineering. It goes into beta next month, and we expect "
                + "it to cut churn by two points.");

        assertThat(a.star().has(StarPart.RESULT)).isFalse();
        assertThat(a.impact().quantified()).isFalse();
        assertThat(a.impact().forecasts()).isNotEmpty();
    }

    @Test
    void givenAHypotheticalPlan_noStarPartsAndTheSentencesAreFlagged() {
        AnswerAnalysis a = analyze("I would first talk to the team to understand the problem. Then I would look at the "
                + "data and decide on a fix, and I would keep stakeholders informed throughout.");

        assertThat(a.story().kind()).isEqualTo(Story.Kind.HYPOTHETICAL);
        assertThat(a.star().count()).isZero();
        assertThat(a.ownership().hypothetical()).isNotEmpty();
        assertThat(a.relevance().kind()).isEqualTo(Relevance.Kind.NO_STORY);
    }

    @Test
    void givenGenericClaims_itIsNotAStory() {
        AnswerAnalysis a = analyze("I always put the data first. I think that is the most important thing for a PM, and "
                + "every decision I make starts with the numbers. My managers say I am very analytical.");

        assertThat(a.story().kind()).isEqualTo(Story.Kind.GENERIC);
        assertThat(a.star().count()).isZero();
    }

    @Test
    void givenMostlyWe_ownershipIsWeAndPassiveVoiceIsFlagged() {
        AnswerAnalysis a = analyze("Our team owned the returns page and our complaints were growing. We looked at the "
                + "tickets, we rewrote the page and we tested it with customers. A decision was made to launch it early. "
                + "After launch our complaints fell by a third.");

        assertThat(a.ownership().ownership()).isEqualTo(Ownership.WE);
        assertThat(a.ownership().weWords()).isGreaterThan(a.ownership().iWords());
        assertThat(a.ownership().passive()).anySatisfy(q -> assertThat(q).contains("A decision was made"));
        assertThat(a.impact().quantified()).isTrue();
    }

    @Test
    void givenWeaselWordsAndHedges_eachGetsAConcreteReplacement() {
        AnswerAnalysis a = analyze("I think I basically kind of improved the checkout. Conversion increased significantly "
                + "and nearly all customers were happier.");

        assertThat(a.language().issues()).extracting(LanguageIssue::phrase)
                .contains("I think", "basically", "kind of", "significantly", "nearly all");
        assertThat(a.language().issues()).allSatisfy(i -> assertThat(i.suggestion()).isNotBlank());
        assertThat(a.language().issues()).filteredOn(i -> i.phrase().equals("significantly"))
                .singleElement().extracting(LanguageIssue::suggestion).asString().contains("number");
    }

    @Test
    void givenWordCounts_lengthBandsFollowTheTwoMinuteTarget() {
        assertThat(LengthFinding.of(60).band()).isEqualTo(LengthFinding.Band.TOO_SHORT);
        assertThat(LengthFinding.of(300).band()).isEqualTo(LengthFinding.Band.GOOD);
        assertThat(LengthFinding.of(300).seconds()).isEqualTo(120);
        assertThat(LengthFinding.of(300).spokenTime()).isEqualTo("2:00");
        assertThat(LengthFinding.of(600).band()).isEqualTo(LengthFinding.Band.TOO_LONG);
    }

    @Test
    void givenEmptyOneWordOrOffTopicAnswers_theyAreCalledOut() {
        assertThat(analyze("").relevance().kind()).isEqualTo(Relevance.Kind.EMPTY);
        assertThat(analyze("   \n ").relevance().kind()).isEqualTo(Relevance.Kind.EMPTY);
        assertThat(analyze("Nope.").relevance().kind()).isEqualTo(Relevance.Kind.TOO_SHORT);
        assertThat(analyze("I fixed the bug and it worked fine after that, thanks.").relevance().kind())
                .isEqualTo(Relevance.Kind.TOO_SHORT);
        assertThat(analyze("Pizza is my favourite food and I make it every Friday with my kids. We use a sourdough "
                + "base that I started during the winter, and my daughter always picks the toppings for everyone.")
                .relevance().kind()).isEqualTo(Relevance.Kind.OFF_TOPIC);
    }

    @Test
    void givenANumberWordResult_itCountsAsQuantified() {
        AnswerAnalysis a = analyze("Sign-ups for our waitlist were flat. I rewrote the page copy that afternoon and put "
                + "it live for half the traffic. Within a week the new page had doubled the sign-up rate.");

        assertThat(a.impact().quantified()).isTrue();
        assertThat(a.impact().resultAmounts()).contains("doubled");
        assertThat(a.impact().otherAmounts()).contains("half");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"The outcome was a 12% increase in retention.",
        "Revenue grew 15% quarter over quarter.", "By Q4 we had onboarded 40 new merchants.",
        "We ended up with 30% fewer tickets.", "This reduced churn by 3 points.", "We hit our Q3 target of $2M in bookings.",
        "Adoption reached 60% of active merchants.", "Signup time dropped to under five minutes.",
        "Two months later, 80 merchants were live.", "We closed the quarter at 120% of plan."})
    void givenCommonWaysToStateAMeasuredOutcome_eachIsAQuantifiedResult(String outcome) {
        String steps = "Last year I was the PM for merchant onboarding at a payments startup. I interviewed ten merchants, "
                + "rewrote the signup flow with our designer and removed two document checks. ";

        AnswerAnalysis a = ANALYZER.analyze("Tell me about a time you simplified something.", steps + outcome, List.of());

        assertThat(a.star().has(StarPart.RESULT)).isTrue();
        assertThat(a.impact().quantified()).isTrue();
        assertThat(ANALYZER.analyze("Tell me about a time you simplified something.", steps, List.of())
                .star().has(StarPart.RESULT)).isFalse();
    }

    @Test
    void givenAGoalToHitANumber_itIsATaskNotAResult() {
        AnswerAnalysis a = analyze("My responsibility was to own the payments roadmap and make sure we hit our OKRs "
                + "every quarter. My manager wanted us to hit a launch date in March.");

        assertThat(a.star().has(StarPart.RESULT)).isFalse();
        assertThat(a.impact().quantified()).isFalse();
    }

    @Test
    void givenAStoryWithADisagreementAndALesson_bothAreQuoted() {
        AnswerAnalysis a = analyze("My director wanted to launch without the tutorial. I disagreed and showed her the "
                + "session recordings. She kept the date, so I committed and we shipped. Activation dropped 8%, and the "
                + "lesson I took was to bring the data a week earlier.");

        assertThat(a.disagreement()).anySatisfy(q -> assertThat(q).contains("I disagreed"));
        assertThat(a.lessons()).anySatisfy(q -> assertThat(q).contains("lesson"));
    }

    @Test
    void givenAStoryThatEndsOnWhatTheSpeakerDoesNow_thatHabitIsNotAResult() {
        AnswerAnalysis a = analyze("Last spring our returns form lost a third of the people who opened it. I owned the "
                + "returns flow, so I sat with the support team for two days and rewrote the form with our designer. "
                + "These days I check every form we ship against support tickets within two weeks of launch.");

        assertThat(a.star().has(StarPart.RESULT)).isFalse();
        assertThat(a.impact().quantified()).isFalse();
    }

    @Test
    void givenAnEndingThatOnlyGuessesOrReportsPraiseOrStatus_noneIsAResult() {
        String steps = "Our courier app lost orders when the network dropped. I owned the order screen, so I added an "
                + "offline queue and tested it with ten couriers. ";
        for (String ending : List.of("I think lost orders went down after that, and couriers seemed to like it.",
                "My director told me it was the best fix she had seen that year.",
                "Engineering have started building the second part, and the rollout plan is with the operations lead.")) {
            assertThat(analyze(steps + ending).star().has(StarPart.RESULT)).as(ending).isFalse();
        }
        assertThat(analyze(steps + "Lost orders fell from 4% to under 1% in a month.").star().has(StarPart.RESULT)).isTrue();
    }

    @Test
    void givenAStoryToldInTheHistoricalPresent_itsStepsAreActionsAndItsOutcomeAResult() {
        AnswerAnalysis a = analyze("So it's 2022 and I'm running onboarding at a bike-rental app, and half of new riders "
                + "never finish sign-up. Nobody owns the drop-off, so I take it on. I watch twenty recorded sign-ups and find "
                + "that the licence scan fails in low light. I write a one-page spec for a manual entry fallback and I test it "
                + "with two hundred riders. Sign-up completion goes from 51% to 68% in a month.");

        assertThat(a.story().kind()).isEqualTo(Story.Kind.STORY);
        assertThat(a.star().missing()).isEmpty();
        assertThat(a.impact().quantified()).isTrue();
        assertThat(a.ownership().ownership()).isEqualTo(Ownership.I);
    }

    @Test
    void givenStepsInThePresentPerfect_theyAreStepsTaken_butAHabitInThePresentIsNot() {
        AnswerAnalysis perfect = analyze("Last year our hotel app had many cancelled bookings. I have interviewed twelve guests, "
                + "I have rewritten the cancellation page and I have launched it in March. Cancellations fell by 9% in two months.");
        AnswerAnalysis habit = analyze("I always talk to customers first. I usually write a short memo and I test every idea. "
                + "That is how I work with every team.");

        assertThat(perfect.star().has(StarPart.ACTION)).isTrue();
        assertThat(habit.star().has(StarPart.ACTION)).isFalse();
    }

    @Test
    void givenARealStoryThatAnswersAnotherQuestion_itIsOffTopic_whileTheQuestionItAnswersIsNot() {
        String launch = "Last year I was the PM for our delivery app and the checkout kept failing on older phones. I pulled "
                + "the crash logs, found that one payment library caused most of the failures, and I got two engineers to replace "
                + "it within two sprints. Checkout failures dropped from 6% to under 1% and weekly orders grew by 4%.";
        AnswerAnalysis wrongQuestion = ANALYZER.analyze("Tell me about a time you helped someone on your team "
                + "grow into a bigger role.", launch, List.of(LeadershipPrinciple.HIRE_AND_DEVELOP));
        assertThat(wrongQuestion.relevance().kind()).isEqualTo(Relevance.Kind.OFF_TOPIC);
        assertThat(wrongQuestion.star().count()).isEqualTo(4); // a real story: its parts are still read and shown

        AnswerAnalysis rightQuestion = ANALYZER.analyze("Describe a time you dug into a failure that was "
                + "hurting checkout.", launch, List.of(LeadershipPrinciple.CUSTOMER_OBSESSION));
        assertThat(rightQuestion.relevance().kind()).isEqualTo(Relevance.Kind.ON_TOPIC);
    }

    @Test
    void givenWeInTheBackgroundBeforeMyFirstStep_ownershipStaysI_butAWeStepAfterItMakesItMixed() {
        String background = "At my last company we sold scheduling software to clinics, and every integration we sold was a "
                + "custom project. Last spring the onboarding queue had grown to nine weeks. ";
        String mine = "I mapped the twenty most common setups myself. I wrote a self-serve guide for them. I ran a pilot with "
                + "five clinics and I cut the steps from twelve to four. Onboarding time fell from nine weeks to three.";
        AnswerAnalysis allMine = ANALYZER.analyze("Tell me about a time you simplified something.", background + mine,
                List.of(LeadershipPrinciple.INVENT_AND_SIMPLIFY));
        assertThat(allMine.ownership().ownership()).isEqualTo(Ownership.I);

        String shared = "I mapped the twenty most common setups myself. We rebuilt the importer together. We rewrote the "
                + "onboarding emails. I ran a pilot with five clinics. Onboarding time fell from nine weeks to three.";
        AnswerAnalysis withTeamSteps = ANALYZER.analyze("Tell me about a time you simplified something.",
                background + shared, List.of(LeadershipPrinciple.INVENT_AND_SIMPLIFY));
        assertThat(withTeamSteps.ownership().ownership()).isEqualTo(Ownership.MIXED);
    }

}
