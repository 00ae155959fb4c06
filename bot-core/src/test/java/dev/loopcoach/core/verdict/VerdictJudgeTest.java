package dev.loopcoach.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.AnswerAnalyzer;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.followup.QuestionTraits;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictJudgeTest {
    private static final AnswerAnalyzer ANALYZER = AnswerAnalyzer.standard();
    private static final VerdictJudge JUDGE = new VerdictJudge();
    private static final String Q = "Tell me about a time you used data to find the root cause of a problem.";
    private static final List<LeadershipPrinciple> DD = List.of(LeadershipPrinciple.DIVE_DEEP);

    static final String STRONG = "Last year I was the PM for search at an online pharmacy, and searches that ended in "
            + "a purchase had dropped from 31% to 24% in a month. My goal was to find the cause before the flu season "
            + "started, because that is when most of our yearly revenue comes in. I pulled the query logs myself in "
            + "SQL, split the failed searches by device and by query, and found that most failures were brand names "
            + "typed with small typos. I read through a sample of two hundred of them to check the pattern, then "
            + "worked with one engineer to add a spelling index and tested it on 10% of traffic for a week. I also "
            + "added a weekly dashboard of failed searches so the next drop would show up in days. As a result, "
            + "searches ending in a purchase went back to 30% within three weeks, and we kept the index. The lesson "
            + "for me was to look at the raw queries before trusting the summary metric.";

    private Verdict judge(String answer) {
        AnswerAnalysis a = ANALYZER.analyze(Q, answer, DD);
        return JUDGE.judge(a, DD, QuestionTraits.of(Q, DD));
    }

    @Test
    void givenAStrongMeasuredStory_theVoteIsPositiveWithQuotedEvidence() {
        Verdict v = judge(STRONG);

        assertThat(v.overall().positive()).isTrue();
        assertThat(v.votes()).singleElement().satisfies(lv -> {
            assertThat(lv.vote().positive()).isTrue();
            assertThat(lv.evidence()).isNotEmpty().allSatisfy(q -> assertThat(STRONG).contains(q));
        });
    }

    @Test
    void givenOffTopicEmptyOrOneLineAnswers_theVoteIsNeverPositive() {
        for (String bad : List.of("", "Nope.", "I fixed it.", "Pizza is my favourite food and I make it every Friday "
                + "with my kids using a sourdough base that I started during the winter holidays.")) {
            Verdict v = judge(bad);
            assertThat(v.judgeable()).isFalse();
            assertThat(v.overall()).isEqualTo(Vote.STRONGLY_NOT_INCLINED);
            assertThat(v.votes()).allSatisfy(lv -> assertThat(lv.vote().positive()).isFalse());
        }
    }

    @Test
    void givenAHypotheticalAnswer_theVoteIsNotPositive() {
        Verdict v = judge("I would first look at the dashboards and the logs to find the root cause, then I would talk "
                + "to the engineers and the customers, and I would make sure we fix it quickly and measure the result.");

        assertThat(v.overall().positive()).isFalse();
    }

    @Test
    void givenTheSameStoryToldAsWe_itIsNeverStronglyInclined() {
        String we = STRONG.replace("I was", "we were").replace("I pulled", "we pulled").replace("I read", "we read")
                .replace("worked with", "we worked with").replace("I also", "we also").replace("My goal", "Our goal")
                .replace("for me", "for us");

        assertThat(judge(we).overall()).isNotEqualTo(Vote.STRONGLY_INCLINED);
    }

    @Test
    void givenAStoryWithoutAResult_itIsNotInclinedAtBest() {
        String noResult = STRONG.substring(0, STRONG.indexOf(" As a result"));

        assertThat(judge(noResult).overall().positive()).isFalse();
    }

    @Test
    void givenAnyAnswer_tipsAreTwoOrThreeAndTheSkeletonHasFourParts() {
        for (String answer : List.of(STRONG, "", "I would look at the data.")) {
            AnswerAnalysis a = ANALYZER.analyze(Q, answer, DD);
            assertThat(RewriteTips.of(a, DD, QuestionTraits.of(Q, DD))).hasSizeBetween(2, 3);
            assertThat(StarSkeleton.of(a)).hasSize(4);
        }
    }

    @Test
    void givenAMissingResult_theSkeletonSaysWhatToAddAndQuotesTheRest() {
        String noResult = STRONG.substring(0, STRONG.indexOf(" As a result"));
        List<StarSkeleton.Line> lines = StarSkeleton.of(ANALYZER.analyze(Q, noResult, DD));

        assertThat(lines.get(0).render()).startsWith("Situation: \u201cLast year I was the PM");
        assertThat(lines.get(3).found()).isFalse();
        assertThat(lines.get(3).render()).startsWith("Result (add):").contains("numbers");
    }
}
