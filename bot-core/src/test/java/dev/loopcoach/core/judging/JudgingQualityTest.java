package dev.loopcoach.core.judging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Quality of the judging pipeline on labeled answers in several voices, each written by an independent writer
 * given only the rubric. The "tune" sets were looked at while writing rules; the "heldout" set was scored once per
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
    @DisplayName("tuning sets (voices 1 and 2): case, recruiter and follow-up replies at 0.80 or better")
    void tuningSets() {
        for (String set : new String[] {"tune-voice1.jsonl", "tune-voice2.jsonl"}) {
            Map<String, JudgingSet.Score> s = report(set);
            assertThat(s.get("case").rate()).as(set + " case").isGreaterThanOrEqualTo(0.80);
            assertThat(s.get("recruiter").rate()).as(set + " recruiter").isGreaterThanOrEqualTo(0.80);
            assertThat(s.get("reply-answers-probe").rate()).as(set + " reply answers probe").isGreaterThanOrEqualTo(0.85);
            assertThat(s.get("reply-verdict").rate()).as(set + " reply verdict").isGreaterThanOrEqualTo(0.80);
            assertThat(s.get("covered-not-asked").rate()).as(set + " covered follow-ups not asked").isGreaterThanOrEqualTo(0.50);
        }
    }

    @Test
    @DisplayName("held-out set (voice 3): never tuned on; floors under its measured values")
    void heldOutSet() {
        Map<String, JudgingSet.Score> s = report("heldout-voice3.jsonl");
        for (JudgingSet.Score score : s.values()) {
            assertThat(score.rate()).as(score.measure() + " beats or equals its majority baseline")
                    .isGreaterThanOrEqualTo(score.majority());
        }
        assertThat(s.get("case").rate()).isGreaterThanOrEqualTo(0.70);
        assertThat(s.get("recruiter").rate()).isGreaterThanOrEqualTo(0.75);
        assertThat(s.get("reply-answers-probe").rate()).isGreaterThanOrEqualTo(0.70);
        assertThat(s.get("covered-not-asked").rate()).isGreaterThanOrEqualTo(0.50);
    }
}
