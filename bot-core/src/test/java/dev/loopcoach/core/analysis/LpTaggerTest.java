package dev.loopcoach.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LpTaggerTest {
    private static final LpTagger TAGGER = LpTagger.standard();

    @Test
    void givenAnyText_all16PrinciplesAreRankedWithScoresBetween0And1() {
        LpTagging t = TAGGER.tag("Tell me about a time you dug into the data to find a root cause.");

        assertThat(t.ranked()).hasSize(16).extracting(LpScore::lp).doesNotHaveDuplicates();
        assertThat(t.ranked()).allSatisfy(s -> assertThat(s.score()).isBetween(0.0, 1.0));
        assertThat(t.ranked()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(t.best().lp()).isEqualTo(LeadershipPrinciple.DIVE_DEEP);
        assertThat(t.best().triggers()).contains("root cause");
    }

    @Test
    void givenWordingWithoutThePrinciplesName_itStillFindsThePrinciple() {
        assertThat(TAGGER.tag("Describe a time you got a launch out the door with half the engineers you asked for.")
                .best().lp()).isEqualTo(LeadershipPrinciple.FRUGALITY);
        assertThat(TAGGER.tag("Tell me about a time you told your director that her plan would not work.")
                .top(3)).extracting(LpScore::lp).contains(LeadershipPrinciple.BACKBONE);
        assertThat(TAGGER.tag("Walk me through a time you noticed a teammate was exhausted and what you changed.")
                .best().lp()).isEqualTo(LeadershipPrinciple.BEST_EMPLOYER);
    }

    @Test
    void givenNoDataAtAll_theDataCueIsWeakenedByTheNegation() {
        double without = TAGGER.tag("a decision without data").of(LeadershipPrinciple.DIVE_DEEP).raw();
        double with = TAGGER.tag("a decision based on data").of(LeadershipPrinciple.DIVE_DEEP).raw();

        assertThat(without).isLessThan(with);
    }

    @Test
    void givenASideClause_itsCuesCountLessThanTheMainClause() {
        LpTagging t = TAGGER.tag("Describe a time you cut costs without hurting the customer experience.");

        assertThat(t.best().lp()).isEqualTo(LeadershipPrinciple.FRUGALITY);
    }

    @Test
    void givenEmptyOrSymbolOnlyText_allScoresAreZeroAndOrderIsStable() {
        LpTagging a = TAGGER.tag("");
        LpTagging b = TAGGER.tag("?!?! \uD83D\uDE00");

        assertThat(a.blank()).isTrue();
        assertThat(a.ranked()).extracting(LpScore::lp).isEqualTo(b.ranked().stream().map(LpScore::lp).toList());
    }

    @Test
    void givenGuideKeywords_theyAddToTheLexicon() {
        LpTagger withKeywords = LpTagger.withKeywords(Map.of(LeadershipPrinciple.DIVE_DEEP, List.of("clickstream")), 2);

        assertThat(withKeywords.tag("I studied the clickstream").of(LeadershipPrinciple.DIVE_DEEP).raw())
                .isGreaterThan(TAGGER.tag("I studied the clickstream").of(LeadershipPrinciple.DIVE_DEEP).raw());
    }

    @Test
    void givenTheLexicon_noPatternIsListedTwiceForOnePrinciple() {
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        java.util.List<String> duplicates = new java.util.ArrayList<>();
        for (Cue c : CueSet.readResource(LpTagger.RESOURCE)) {
            String key = c.label() + "|" + CueSet.shape(c.elements());
            String before = seen.putIfAbsent(key, c.pattern());
            if (before != null && !before.equals(c.pattern())) {
                duplicates.add(c.label() + ": '" + before + "' and '" + c.pattern() + "'");
            }
        }
        assertThat(duplicates).isEmpty();
    }

    @Test
    void givenQuestioningTheWayThingsAreDone_itIsInventAndSimplify_notBackbone() {
        assertThat(TAGGER.tag("Tell me about a time you challenged the status quo.").best().lp())
                .isEqualTo(LeadershipPrinciple.INVENT_AND_SIMPLIFY);
        assertThat(TAGGER.tag("When did you question the way things had always been done on your team?").best().lp())
                .isEqualTo(LeadershipPrinciple.INVENT_AND_SIMPLIFY);
    }

    @Test
    void givenChallengingAsAnAdjective_itIsNotReadAsDisagreement() {
        assertThat(TAGGER.tag("Describe the most challenging project you worked on.").rankOf(LeadershipPrinciple.BACKBONE))
                .isGreaterThan(2);
        assertThat(TAGGER.tag("Tell me about a time you challenged your manager's decision.").best().lp())
                .isEqualTo(LeadershipPrinciple.BACKBONE);
    }

    @Test
    void givenOnlyGenericProjectWords_deliverResultsDoesNotOutweighTheQuestionsRealConcept() {
        assertThat(TAGGER.tag("Tell me about a project where the outcome surprised you and you had to learn something new.")
                .best().lp()).isEqualTo(LeadershipPrinciple.LEARN_AND_BE_CURIOUS);
        assertThat(TAGGER.tag("Tell me about a goal you set for a new hire and how you helped them grow.").best().lp())
                .isEqualTo(LeadershipPrinciple.HIRE_AND_DEVELOP);
    }
}
