package dev.loopcoach.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.analysis.LabeledSet.LabeledQuestion;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Scores the LP tagger on labeled questions it was not built from (see docs/coaching.md). */
class LpTaggingQualityTest {
    private static final LpTagger TAGGER = LpTagger.forQuestions();

    record Scores(int n, double top1, double top3, double top1Obvious, double top1Hidden) {
        @Override
        public String toString() {
            return String.format("n=%d top-1=%.3f top-3=%.3f (top-1 obvious=%.3f, keyword-free=%.3f)",
                    n, top1, top3, top1Obvious, top1Hidden);
        }
    }

    static Scores score(List<LabeledQuestion> set, boolean verbose) {
        int top1 = 0;
        int top3 = 0;
        int obvious = 0;
        int obviousHit = 0;
        int hidden = 0;
        int hiddenHit = 0;
        for (LabeledQuestion q : set) {
            LpTagging t = TAGGER.tag(q.text());
            int rank = t.rankOf(q.lp());
            if (rank == 0) {
                top1++;
            }
            if (rank < 3) {
                top3++;
            }
            if (q.obvious()) {
                obvious++;
                obviousHit += rank == 0 ? 1 : 0;
            } else {
                hidden++;
                hiddenHit += rank == 0 ? 1 : 0;
            }
            if (verbose && rank > 0) {
                System.out.printf("MISS %s rank=%d want=%s got=%s %s | %s%n", q.id(), rank, q.lp().displayName(),
                        t.best().lp().displayName(), t.top(3).stream()
                                .map(s -> s.lp().slug() + "=" + String.format("%.1f", s.raw()) + s.triggers()).toList(),
                        q.text());
            }
        }
        int n = set.size();
        return new Scores(n, (double) top1 / n, (double) top3 / n, obvious == 0 ? 0 : (double) obviousHit / obvious,
                hidden == 0 ? 0 : (double) hiddenHit / hidden);
    }

    @Test
    @DisplayName("dev set: LP top-1 >= 0.75 and top-3 >= 0.92")
    void devSetFloors() {
        Scores s = score(LabeledSet.questions("devset/lp-questions.jsonl"), Boolean.getBoolean("quality.verbose"));
        System.out.println("[quality] dev set LP tagging: " + s);
        assertThat(s.top1()).isGreaterThanOrEqualTo(0.75);
        assertThat(s.top3()).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    @DisplayName("own extra set (different style): LP tagging generalises")
    void ownSetReport() {
        Scores s = score(LabeledSet.questions("ownset/lp-questions.jsonl"), Boolean.getBoolean("quality.verbose"));
        System.out.println("[quality] own set LP tagging: " + s);
        assertThat(s.top1()).isGreaterThanOrEqualTo(0.70);
        assertThat(s.top3()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    @DisplayName("fresh keyword-free set, written before the last tuning round: reported, loose floor")
    void freshSetReport() {
        Scores s = score(LabeledSet.questions("ownset/lp-questions-fresh.jsonl"), Boolean.getBoolean("quality.verbose"));
        System.out.println("[quality] fresh keyword-free set LP tagging: " + s);
        assertThat(s.top3()).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    @DisplayName("second fresh keyword-free set, never tuned on: reported, loose floor")
    void secondFreshSetReport() {
        Scores s = score(LabeledSet.questions("ownset/lp-questions-fresh2.jsonl"), Boolean.getBoolean("quality.verbose"));
        System.out.println("[quality] second fresh keyword-free set LP tagging: " + s);
        assertThat(s.top3()).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    @DisplayName("third fresh keyword-free set, written before its tuning round: reported, loose floor")
    void thirdFreshSetReport() {
        Scores s = score(LabeledSet.questions("ownset/lp-questions-fresh3.jsonl"), Boolean.getBoolean("quality.verbose"));
        System.out.println("[quality] third fresh keyword-free set LP tagging: " + s);
        assertThat(s.top3()).isGreaterThanOrEqualTo(0.75);
    }
}
