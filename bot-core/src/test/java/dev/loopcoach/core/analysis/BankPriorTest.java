package dev.loopcoach.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import org.junit.jupiter.api.Test;

/**
 * The bank's profiles as a question tagger uses them: they lean a question towards the principle whose bank questions
 * share its words, they never tag a question no cue speaks to, and answers are tagged by the cues alone.
 */
class BankPriorTest {
    private static LeadershipPrinciple closest(String text) {
        double[] s = BankPrior.shared().similarity(text);
        int best = 0;
        for (int i = 1; i < s.length; i++) {
            best = s[i] > s[best] ? i : best;
        }
        return LeadershipPrinciple.values()[best];
    }

    @Test
    void givenQuestionsOnAPrinciplesTopic_thenItsProfileIsTheClosest() {
        assertThat(closest("Tell me about a time you helped a colleague grow into a bigger role.")).isEqualTo(LeadershipPrinciple.HIRE_AND_DEVELOP);
        assertThat(closest("Tell me about a time you cut costs without hurting customers.")).isEqualTo(LeadershipPrinciple.FRUGALITY);
    }

    @Test
    void givenTextUnlikeAnyBankQuestion_thenTheLikenessIsFaint_andNoCueMeansNoPrinciple() {
        for (double s : BankPrior.shared().similarity("Why Amazon?")) {
            assertThat(s).isLessThan(0.05);
        }
        assertThat(LpTagger.forQuestions().tag("What is your favourite colour?").blank()).isTrue();
        assertThat(BankPrior.shared().similarity("")).containsOnly(0.0);
    }

    @Test
    void givenTheSameText_thenTheQuestionTaggerOnlyReordersWhatTheCuesFound_andAnswersKeepTheCuesAlone() {
        String text = "Describe a time you made a call that helped the long term even though it hurt your numbers that quarter.";
        LpTagging cues = LpTagger.standard().tag(text);
        LpTagging questions = LpTagger.forQuestions().tag(text);
        assertThat(questions.ranked()).extracting(LpScore::raw).allSatisfy(r -> assertThat(r).isGreaterThanOrEqualTo(0.0));
        assertThat(questions.best().raw()).isGreaterThan(cues.best().raw());
        assertThat(AnswerAnalyzer.standard().tagger().tag(text).ranked()).extracting(LpScore::raw)
                .containsExactlyElementsOf(cues.ranked().stream().map(LpScore::raw).toList());
    }
}
