package dev.loopcoach.core.selection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.PracticeEntry;
import dev.loopcoach.core.testing.RealCoach;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Question selection over the real built-in bank and simulated practice histories. */
class QuestionSelectorTest {
    private static final Instant NOW = Instant.parse("2025-07-01T12:00:00Z");
    private static QuestionBank bank;
    private static QuestionSelector selector;

    @BeforeAll
    static void loadBank() {
        bank = RealCoach.builtInBank();
        selector = new QuestionSelector(bank);
    }

    private static SelectionRequest request(Category category, Level level, LeadershipPrinciple lp, int count) {
        return new SelectionRequest(Optional.ofNullable(category), level, Optional.ofNullable(lp), count, Set.of());
    }

    /** An answer to {@code q} voted {@code vote} on each principle it targets. */
    private static PracticeEntry answered(Question q, Vote vote, Instant at) {
        Map<LeadershipPrinciple, Vote> votes = new java.util.EnumMap<>(LeadershipPrinciple.class);
        q.lps().forEach(lp -> votes.put(lp, vote));
        return new PracticeEntry(q.id(), q.category(), q.lps(), votes, Optional.of(vote), at);
    }

    /** An answer voted only on the question's primary principle, to steer a standing precisely. */
    private static PracticeEntry answeredOnPrimary(Question q, Vote vote, Instant at) {
        return new PracticeEntry(q.id(), q.category(), q.lps(), Map.of(q.primaryLp().orElseThrow(), vote), Optional.of(vote), at);
    }

    private static Pick pickOne(SelectionRequest r, List<PracticeEntry> history, Instant now, long seed) {
        List<Pick> picks = selector.pick(r, history, now, new Random(seed));
        assertThat(picks).as("a pick for %s", r).hasSize(1);
        return picks.get(0);
    }

    private static Question byPrimary(LeadershipPrinciple lp, int index) {
        return bank.byPrimaryLp(lp).stream().filter(q -> q.category() == Category.BEHAVIORAL).toList().get(index);
    }

    @Nested
    class NoRepeats {
        @ParameterizedTest(name = "focus {0}")
        @EnumSource(value = LeadershipPrinciple.class, names = {"DIVE_DEEP", "FRUGALITY", "BACKBONE"})
        void givenAGrowingHistory_everyMatchingQuestionComesOnceBeforeAnyComesAgain(LeadershipPrinciple lp) {
            List<Question> pool = bank.matching(q -> q.category() == Category.BEHAVIORAL && q.primaryLp().equals(Optional.of(lp)) && q.fits(Level.SENIOR));
            assertThat(pool).hasSizeGreaterThan(5);
            SelectionRequest r = request(Category.BEHAVIORAL, Level.SENIOR, lp, 1);
            List<PracticeEntry> history = new ArrayList<>();
            List<QuestionId> order = new ArrayList<>();
            Instant t = NOW.minus(Duration.ofDays(60));

            for (int i = 0; i < pool.size(); i++) {
                Pick p = pickOne(r, history, t, i);
                assertThat(order).as("pick %d while unseen ones remain", i).doesNotContain(p.question().id());
                assertThat(p.reason()).startsWith("new to you");
                order.add(p.question().id());
                history.add(answered(p.question(), Vote.INCLINED, t));
                t = t.plus(Duration.ofHours(5));
            }
            assertThat(order).containsExactlyInAnyOrderElementsOf(pool.stream().map(Question::id).toList());

            for (int i = 0; i < 4; i++) {
                Pick again = pickOne(r, history, t, 100 + i);
                assertThat(again.question().id()).as("round two, pick %d", i).isEqualTo(order.get(i));
                assertThat(again.reason()).contains("longest ago");
                history.add(answered(again.question(), Vote.INCLINED, t));
                t = t.plus(Duration.ofHours(5));
            }
        }

        @Test
        void givenNoFocus_theWholeBehavioralBankIsUsedUpBeforeARepeat() {
            List<Question> pool = bank.matching(q -> q.category() == Category.BEHAVIORAL && q.fits(Level.PM));
            SelectionRequest r = request(Category.BEHAVIORAL, Level.PM, null, 3);
            List<PracticeEntry> history = new ArrayList<>();
            Set<QuestionId> seen = new HashSet<>();
            Instant t = NOW.minus(Duration.ofDays(200));
            Random random = new Random(3);

            while (seen.size() < pool.size()) {
                List<Pick> plan = selector.pick(r, history, t, random);
                assertThat(plan).isNotEmpty();
                for (Pick p : plan) {
                    boolean unseenLeft = seen.size() < pool.size();
                    if (unseenLeft) {
                        assertThat(seen.add(p.question().id())).as("%s repeated with unseen ones left", p.question().id()).isTrue();
                    }
                    history.add(answered(p.question(), Vote.STRONGLY_INCLINED, t));
                    t = t.plus(Duration.ofMinutes(30));
                }
            }
            assertThat(seen).containsExactlyInAnyOrderElementsOf(pool.stream().map(Question::id).toList());
        }

        @Test
        void givenTwoQuestions_theyAlternateAndNeverComeTwiceInARow() {
            Question a = byPrimary(LeadershipPrinciple.OWNERSHIP, 0);
            Question b = byPrimary(LeadershipPrinciple.OWNERSHIP, 1);
            QuestionSelector two = new QuestionSelector(new QuestionBank(List.of(a, b)));
            List<PracticeEntry> history = new ArrayList<>();
            Instant t = NOW;
            QuestionId last = null;
            for (int i = 0; i < 6; i++) {
                List<Pick> picks = two.pick(request(Category.BEHAVIORAL, Level.SENIOR, null, 1), history, t, new Random(i));
                assertThat(picks).hasSize(1);
                assertThat(picks.get(0).question().id()).isNotEqualTo(last);
                last = picks.get(0).question().id();
                history.add(answered(picks.get(0).question(), Vote.INCLINED, t));
                t = t.plus(Duration.ofDays(1));
            }
        }

        @Test
        void givenTheLastQuestionIsDueForReview_itStillIsNotAskedTwiceInARow() {
            Question a = byPrimary(LeadershipPrinciple.EARN_TRUST, 0);
            Question b = byPrimary(LeadershipPrinciple.EARN_TRUST, 1);
            QuestionSelector two = new QuestionSelector(new QuestionBank(List.of(a, b)));
            List<PracticeEntry> history = List.of(
                    answered(b, Vote.INCLINED, NOW.minus(Duration.ofDays(9))),
                    answered(a, Vote.STRONGLY_NOT_INCLINED, NOW.minus(Duration.ofDays(5))));

            List<Pick> picks = two.pick(request(Category.BEHAVIORAL, Level.SENIOR, null, 1), history, NOW, new Random(1));

            assertThat(picks).extracting(p -> p.question().id()).containsExactly(b.id());
        }

        @Test
        void givenTheOnlyMatchingQuestionWasJustAsked_nothingIsPicked() {
            Question only = byPrimary(LeadershipPrinciple.THINK_BIG, 0);
            QuestionSelector one = new QuestionSelector(new QuestionBank(List.of(only)));

            List<Pick> picks = one.pick(request(Category.BEHAVIORAL, Level.SENIOR, null, 1),
                    List.of(answered(only, Vote.INCLINED, NOW.minus(Duration.ofDays(3)))), NOW, new Random(1));

            assertThat(picks).isEmpty();
            assertThat(one.hasMatching(request(Category.BEHAVIORAL, Level.SENIOR, null, 1))).isTrue();
        }

        @Test
        void givenAPlanOfSeveral_noQuestionIsInItTwiceAndExcludedOnesStayOut() {
            List<Question> pool = bank.matching(q -> q.category() == Category.BEHAVIORAL && q.primaryLp().equals(Optional.of(LeadershipPrinciple.DIVE_DEEP))
                    && q.fits(Level.SENIOR));
            Set<QuestionId> exclude = Set.of(pool.get(0).id(), pool.get(1).id());
            SelectionRequest r = new SelectionRequest(Optional.of(Category.BEHAVIORAL), Level.SENIOR,
                    Optional.of(LeadershipPrinciple.DIVE_DEEP), pool.size(), exclude);

            List<Pick> picks = selector.pick(r, List.of(), NOW, new Random(4));

            assertThat(picks).hasSize(pool.size() - 2);
            assertThat(picks).extracting(p -> p.question().id()).doesNotHaveDuplicates().doesNotContainAnyElementsOf(exclude);
        }
    }

    @Nested
    class SpacedRepetition {
        private final Question weak = byPrimary(LeadershipPrinciple.DELIVER_RESULTS, 0);
        private final Question other = byPrimary(LeadershipPrinciple.DELIVER_RESULTS, 1);
        private final SelectionRequest r = request(Category.BEHAVIORAL, Level.SENIOR, LeadershipPrinciple.DELIVER_RESULTS, 1);

        /** Weak answers to {@code weak} at the given times, each followed a minute later by a good answer to another question. */
        private List<PracticeEntry> weakAnswersAt(List<Instant> times) {
            List<PracticeEntry> history = new ArrayList<>();
            for (Instant at : times) {
                history.add(answered(weak, Vote.NOT_INCLINED, at));
                history.add(answered(other, Vote.STRONGLY_INCLINED, at.plus(Duration.ofMinutes(1))));
            }
            return history;
        }

        private void assertComesBackAfter(List<Instant> weakAt, Duration interval) {
            Instant last = weakAt.get(weakAt.size() - 1);
            List<PracticeEntry> history = weakAnswersAt(weakAt);
            for (long seed = 0; seed < 5; seed++) {
                Pick early = pickOne(r, history, last.plus(interval).minus(Duration.ofMinutes(1)), seed);
                assertThat(early.question().id()).as("a minute before the %s interval", interval).isNotEqualTo(weak.id());
                assertThat(early.reason()).doesNotStartWith("review");
            }
            Pick due = pickOne(r, history, last.plus(interval), 0);
            assertThat(due.question().id()).isEqualTo(weak.id());
            assertThat(due.reason()).isEqualTo("review: your last answer to this one was Not Inclined, and it is due again");
        }

        @Test
        void givenOneWeakAnswer_theQuestionComesBackAfterOneDayAndNotBefore() {
            assertComesBackAfter(List.of(NOW), Duration.ofDays(1));
        }

        @Test
        void givenWeakAnswersInARow_theIntervalGrowsThreeSevenFourteenThirtyDays() {
            List<Instant> times = new ArrayList<>(List.of(NOW));
            int[] expected = {3, 7, 14, 30, 30};
            Duration[] previous = {Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(30)};
            for (int i = 0; i < expected.length; i++) {
                times.add(times.get(times.size() - 1).plus(previous[i]));
                assertComesBackAfter(times, Duration.ofDays(expected[i]));
            }
        }

        @Test
        void givenAGoodAnswerAfterWeakOnes_theQuestionIsNoLongerDue() {
            List<PracticeEntry> history = new ArrayList<>(weakAnswersAt(List.of(NOW.minus(Duration.ofDays(20)))));
            history.add(answered(weak, Vote.INCLINED, NOW.minus(Duration.ofDays(10))));
            history.add(answered(other, Vote.INCLINED, NOW.minus(Duration.ofDays(9))));

            for (long seed = 0; seed < 5; seed++) {
                assertThat(pickOne(r, history, NOW.plus(Duration.ofDays(60)), seed).question().id()).isNotEqualTo(weak.id());
            }
        }

        @Test
        void givenAReviewIsDue_itComesBeforeUnseenQuestions() {
            List<PracticeEntry> history = weakAnswersAt(List.of(NOW.minus(Duration.ofDays(2))));
            List<Pick> plan = selector.pick(request(Category.BEHAVIORAL, Level.SENIOR, null, 3), history, NOW, new Random(8));

            assertThat(plan.get(0).question().id()).isEqualTo(weak.id());
            assertThat(plan.subList(1, 3)).allSatisfy(p -> assertThat(p.reason()).startsWith("new to you"));
        }
    }

    @Nested
    class Weakness {
        @Test
        void givenOnePrincipleNeverPractised_itIsChosenWithoutAFocus() {
            List<PracticeEntry> history = new ArrayList<>();
            Instant t = NOW.minus(Duration.ofHours(20));
            for (LeadershipPrinciple lp : LeadershipPrinciple.all()) {
                if (lp != LeadershipPrinciple.LEARN_AND_BE_CURIOUS) {
                    for (int i = 0; i < 3; i++) {
                        history.add(answeredOnPrimary(byPrimary(lp, i), Vote.STRONGLY_INCLINED, t));
                        t = t.plus(Duration.ofMinutes(5));
                    }
                }
            }
            for (long seed = 0; seed < 10; seed++) {
                Pick p = pickOne(request(Category.BEHAVIORAL, Level.SENIOR, null, 1), history, NOW, seed);
                assertThat(p.question().primaryLp()).contains(LeadershipPrinciple.LEARN_AND_BE_CURIOUS);
                assertThat(p.reason()).isEqualTo("new to you, and you have not practised Learn and Be Curious yet");
            }
        }

        @Test
        void givenEveryPrinciplePractised_theLowestAverageIsChosenAndNamed() {
            List<PracticeEntry> history = new ArrayList<>();
            Instant t = NOW.minus(Duration.ofHours(20));
            for (LeadershipPrinciple lp : LeadershipPrinciple.all()) {
                Vote vote = lp == LeadershipPrinciple.FRUGALITY ? Vote.NOT_INCLINED : Vote.INCLINED;
                for (int i = 0; i < 3; i++) {
                    history.add(answeredOnPrimary(byPrimary(lp, i), vote, t));
                    t = t.plus(Duration.ofMinutes(5));
                }
            }
            for (long seed = 0; seed < 10; seed++) {
                Pick p = pickOne(request(Category.BEHAVIORAL, Level.SENIOR, null, 1), history, NOW, seed);
                assertThat(p.question().primaryLp()).contains(LeadershipPrinciple.FRUGALITY);
                assertThat(p.reason()).isEqualTo("new to you, and Frugality is one of your weakest principles (average 2.0/4 over 3 answers)");
            }
        }

        @Test
        void givenNoHistory_aPlanSpreadsOverDifferentPrinciples() {
            for (long seed = 0; seed < 10; seed++) {
                List<Pick> plan = selector.pick(request(Category.BEHAVIORAL, Level.SENIOR, null, 5), List.of(), NOW, new Random(seed));
                assertThat(plan).hasSize(5);
                assertThat(plan).extracting(p -> p.question().primaryLp().orElseThrow()).doesNotHaveDuplicates();
            }
        }

        @Test
        void givenAFocus_weaknessElsewhereDoesNotPullTheQuestionAway() {
            List<PracticeEntry> history = List.of(answeredOnPrimary(byPrimary(LeadershipPrinciple.FRUGALITY, 0), Vote.STRONGLY_NOT_INCLINED,
                    NOW.minus(Duration.ofHours(1))));

            Pick p = pickOne(request(null, Level.SENIOR, LeadershipPrinciple.EARN_TRUST, 1), history, NOW, 2);

            assertThat(p.question().primaryLp()).contains(LeadershipPrinciple.EARN_TRUST);
            assertThat(p.reason()).isEqualTo("new to you, and it targets Earn Trust as you asked");
        }
    }

    @Nested
    class Filters {
        @ParameterizedTest
        @EnumSource(LeadershipPrinciple.class)
        void givenAPrincipleAlone_everyPickIsABehavioralQuestionWithItAsPrimary(LeadershipPrinciple lp) {
            List<Pick> plan = selector.pick(request(null, Level.SENIOR, lp, 3), List.of(), NOW, new Random(lp.ordinal()));

            assertThat(plan).hasSize(3).allSatisfy(p -> {
                assertThat(p.question().category()).isEqualTo(Category.BEHAVIORAL);
                assertThat(p.question().primaryLp()).contains(lp);
                assertThat(p.question().fits(Level.SENIOR)).isTrue();
            });
        }

        @ParameterizedTest
        @EnumSource(Category.class)
        void givenACategoryAndLevel_everyPickIsOfThatCategoryAndFitsTheLevel(Category category) {
            for (Level level : Level.values()) {
                List<Pick> plan = selector.pick(request(category, level, null, 3), List.of(), NOW, new Random(category.ordinal()));
                assertThat(plan).as("%s at %s", category, level).hasSize(3).allSatisfy(p -> {
                    assertThat(p.question().category()).isEqualTo(category);
                    assertThat(p.question().fits(level)).isTrue();
                });
            }
        }

        @Test
        void givenACategoryAndAPrinciple_picksTargetThePrincipleInThatCategory() {
            List<Pick> plan = selector.pick(request(Category.PRODUCT_SENSE, Level.SENIOR, LeadershipPrinciple.CUSTOMER_OBSESSION, 3),
                    List.of(), NOW, new Random(5));

            assertThat(plan).isNotEmpty().allSatisfy(p -> {
                assertThat(p.question().category()).isEqualTo(Category.PRODUCT_SENSE);
                assertThat(p.question().lps()).contains(LeadershipPrinciple.CUSTOMER_OBSESSION);
            });
        }

        @Test
        void givenALevelWithNoQuestionInTheCategory_questionsOfOtherLevelsAreOffered() {
            List<Question> notPrincipal = bank.matching(q -> q.category() == Category.PROGRAM && !q.fits(Level.PRINCIPAL));
            assertThat(notPrincipal).hasSizeGreaterThan(2);
            QuestionSelector narrow = new QuestionSelector(new QuestionBank(notPrincipal));

            List<Pick> plan = narrow.pick(request(Category.PROGRAM, Level.PRINCIPAL, null, 2), List.of(), NOW, new Random(1));

            assertThat(plan).hasSize(2).allSatisfy(p -> assertThat(p.question().category()).isEqualTo(Category.PROGRAM));
        }
    }

    @Test
    @DisplayName("every pick, under every rule, says why it was chosen")
    void everyPickHasAReason() {
        List<PracticeEntry> history = new ArrayList<>();
        Instant t = NOW.minus(Duration.ofDays(90));
        Random random = new Random(12);
        Vote[] votes = Vote.values();
        Set<String> ruleOpenings = new HashSet<>();
        for (int i = 0; i < 150; i++) {
            Category category = i % 3 == 0 ? null : Category.values()[i % Category.values().length];
            LeadershipPrinciple lp = i % 4 == 0 ? LeadershipPrinciple.values()[i % 16] : null;
            Level level = Level.values()[i % 3];
            for (Pick p : selector.pick(request(category, level, lp, 2), history, t, random)) {
                assertThat(p.reason()).isNotBlank();
                ruleOpenings.add(p.reason().substring(0, Math.min(12, p.reason().length())));
                history.add(answered(p.question(), votes[i % votes.length], t));
            }
            t = t.plus(Duration.ofHours(14));
        }
        assertThat(ruleOpenings).as("reasons from the review, unseen and seen-longest-ago rules")
                .contains("review: your", "new to you, ", "you have see");
    }

    @Nested
    class Determinism {
        private List<QuestionId> run(long seed) {
            Random random = new Random(seed);
            List<PracticeEntry> history = new ArrayList<>();
            List<QuestionId> picked = new ArrayList<>();
            Instant t = NOW;
            for (int plan = 0; plan < 6; plan++) {
                for (Pick p : selector.pick(request(Category.BEHAVIORAL, Level.SENIOR, null, 3), history, t, random)) {
                    picked.add(p.question().id());
                    history.add(answered(p.question(), plan % 2 == 0 ? Vote.NOT_INCLINED : Vote.INCLINED, t));
                    t = t.plus(Duration.ofHours(9));
                }
            }
            return picked;
        }

        @Test
        void givenTheSameSeed_thePicksAreTheSame() {
            assertThat(run(7)).hasSize(18).isEqualTo(run(7));
        }

        @Test
        void givenOtherSeeds_thePicksDiffer() {
            List<QuestionId> seven = run(7);
            assertThat(java.util.stream.LongStream.range(8, 13).mapToObj(this::run)).anyMatch(other -> !other.equals(seven));
        }
    }
}
