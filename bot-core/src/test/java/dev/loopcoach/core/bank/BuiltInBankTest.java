package dev.loopcoach.core.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BuiltInBankTest {
    private static QuestionBank bank;

    @BeforeAll
    static void load() {
        bank = new BankLoader().builtInOnly();
    }

    @Test
    @DisplayName("the built-in bank meets every size floor of the foundation issue")
    void meetsCountFloors() {
        Map<Category, Long> byCategory = bank.all().stream().collect(Collectors.groupingBy(Question::category, Collectors.counting()));
        assertThat(bank.size()).isGreaterThanOrEqualTo(320);
        assertThat(byCategory.get(Category.BEHAVIORAL)).isGreaterThanOrEqualTo(192);
        assertThat(byCategory.get(Category.PRODUCT_SENSE)).isGreaterThanOrEqualTo(40);
        assertThat(byCategory.get(Category.STRATEGY)).isGreaterThanOrEqualTo(20);
        assertThat(byCategory.get(Category.METRICS)).isGreaterThanOrEqualTo(25);
        assertThat(byCategory.get(Category.TECHNICAL)).isGreaterThanOrEqualTo(20);
        assertThat(byCategory.get(Category.PROGRAM)).isGreaterThanOrEqualTo(12);
        assertThat(byCategory.get(Category.RECRUITER_SCREEN)).isGreaterThanOrEqualTo(10);
        assertThat(byCategory.get(Category.WRITING)).isGreaterThanOrEqualTo(8);
    }

    @Test
    @DisplayName("every principle is the primary of at least 12 behavioral questions")
    void twelvePerPrinciple() {
        Map<LeadershipPrinciple, Long> byLp = bank.byCategory(Category.BEHAVIORAL).stream()
                .collect(Collectors.groupingBy(q -> q.primaryLp().orElseThrow(), Collectors.counting()));
        for (LeadershipPrinciple lp : LeadershipPrinciple.values()) {
            assertThat(byLp.getOrDefault(lp, 0L)).as(lp.displayName()).isGreaterThanOrEqualTo(12);
        }
    }

    @Test
    @DisplayName("every level has questions in every category, and principal questions exist for each principle")
    void levelsAreCovered() {
        for (Category c : Category.values()) {
            for (Level l : Level.values()) {
                assertThat(bank.matching(q -> q.category() == c && q.fits(l))).as(c + "/" + l).isNotEmpty();
            }
        }
        for (LeadershipPrinciple lp : LeadershipPrinciple.values()) {
            assertThat(bank.byPrimaryLp(lp).stream().filter(q -> q.levels().contains(Level.PRINCIPAL))).as(lp.displayName()).isNotEmpty();
        }
    }

    @Test
    @DisplayName("the example questions named in the seed guide are in the bank")
    void seedQuestionsPresent() {
        Map<String, Question> byText = bank.all().stream().collect(Collectors.toMap(q -> q.text().toLowerCase(), Function.identity()));
        String[] seeds = {
                "influenced a senior leader on a major product decision", "difficult product decision with incomplete data", "disagreed with a stakeholder",
                "prioritized customer needs over business objectives", "mistake you made on a", "improve amazon prime",
                "delay in product delivery", "scalable product recommendation system", "kpis would you track to measure the success of amazon prime",
                "delivery times for amazon fresh", "improve website load speeds"};
        for (String seed : seeds) {
            assertThat(byText.keySet()).as(seed).anyMatch(t -> t.contains(seed));
        }
    }

    @Test
    @DisplayName("behavioral questions have at least two follow-ups of their own and fit the smallest platform limit")
    void behavioralShape() {
        for (Question q : bank.byCategory(Category.BEHAVIORAL)) {
            assertThat(q.lps()).as(q.id().value()).isNotEmpty();
            assertThat(q.followUps()).as(q.id().value()).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
        }
        assertThat(bank.all()).allMatch(q -> q.text().length() <= TextLimits.QUESTION_TEXT_MAX);
    }
}
