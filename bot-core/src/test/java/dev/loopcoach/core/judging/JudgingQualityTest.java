package dev.loopcoach.core.judging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Quality of the judging pipeline on labeled answers in several voices, each written by an independent writer
 * given only the rubric. The "tune" sets were looked at while writing rules; the "heldout" sets were scored once per
 * tuning round and never used to choose a rule. Every split is printed next to its majority baseline; the floors
 * sit a little under the measured values so a regression fails the build (docs/coaching.md has the numbers).
 */
class JudgingQualityTest {

    private static Map<String, JudgingSet.Score> report(String set) {
        JudgingSet s = JudgingSet.load(set);
        Map<String, JudgingSet.Score> scores = s.score();
        System.out.println("Judging quality, " + s.name() + ":");
        scores.values().forEach(v -> System.out.println("  " + v));
        return scores;
    }

    @Test
    @DisplayName("tuning sets (voices 1, 2, 4, 6 and 7): case, recruiter and follow-up replies at 0.80 or better")
    void tuningSets() {
        Map<String, Double> floors = Map.of("case", 0.80, "recruiter", 0.80, "reply-answers-probe", 0.80, "reply-verdict", 0.75,
                "covered-not-asked", 0.50);
        for (String set : new String[] {"tune-voice1.jsonl", "tune-voice2.jsonl", "tune-voice4.jsonl", "tune-voice6.jsonl",
                "tune-voice7.jsonl"}) {
            Map<String, JudgingSet.Score> s = report(set);
            assertThat(s).as(set + " has items").isNotEmpty();
            s.forEach((measure, score) -> assertThat(score.rate()).as(set + " " + measure)
                    .isGreaterThanOrEqualTo(floors.getOrDefault(measure, 0.0)));
        }
    }

    @Test
    @DisplayName("held-out sets (voices 3 and 5): never tuned on; floors under their measured values")
    void heldOutSets() {
        Map<String, Map<String, Double>> floors = Map.of(
                "heldout-voice3.jsonl", Map.of("case", 0.70, "recruiter", 0.75, "reply-answers-probe", 0.75, "covered-not-asked", 0.50),
                "heldout-voice5.jsonl", Map.of("case", 0.80, "recruiter", 0.75, "reply-answers-probe", 0.70, "covered-not-asked", 0.45));
        floors.forEach((set, floor) -> {
            Map<String, JudgingSet.Score> s = report(set);
            for (JudgingSet.Score score : s.values()) {
                assertThat(score.rate()).as(set + " " + score.measure() + " beats or equals its majority baseline")
                        .isGreaterThanOrEqualTo(score.majority());
            }
            floor.forEach((measure, min) -> assertThat(s.get(measure).rate()).as(set + " " + measure).isGreaterThanOrEqualTo(min));
        });
    }
}
