package dev.loopcoach.core.analysis;

import dev.loopcoach.core.analysis.LabeledSet.LabeledAnswer;
import java.util.List;

/** Accuracy of the answer analysis against labeled answers, per field. */
record AnswerScores(int n, double situation, double task, double action, double result, double quantified,
        double ownership) {

    static AnswerScores score(AnswerAnalyzer analyzer, List<LabeledAnswer> set, boolean verbose) {
        int s = 0;
        int t = 0;
        int a = 0;
        int r = 0;
        int q = 0;
        int o = 0;
        for (LabeledAnswer x : set) {
            AnswerAnalysis an = analyzer.analyze(x.question(), x.answer(), List.of());
            StarFinding star = an.star();
            boolean okS = star.has(StarPart.SITUATION) == x.situation();
            boolean okT = star.has(StarPart.TASK) == x.task();
            boolean okA = star.has(StarPart.ACTION) == x.action();
            boolean okR = star.has(StarPart.RESULT) == x.result();
            boolean okQ = an.impact().quantified() == x.quantified();
            boolean okO = an.ownership().ownership().label().equals(x.ownership());
            s += okS ? 1 : 0;
            t += okT ? 1 : 0;
            a += okA ? 1 : 0;
            r += okR ? 1 : 0;
            q += okQ ? 1 : 0;
            o += okO ? 1 : 0;
            if (verbose && !(okS && okT && okA && okR && okQ && okO)) {
                System.out.printf("MISS %s got %s%s%s%s q=%s o=%s kind=%s | want %s%s%s%s q=%s o=%s | %s%n", x.id(),
                        mark(star.has(StarPart.SITUATION), "S"), mark(star.has(StarPart.TASK), "T"),
                        mark(star.has(StarPart.ACTION), "A"), mark(star.has(StarPart.RESULT), "R"),
                        an.impact().quantified(), an.ownership().ownership().label(), an.story().kind(),
                        mark(x.situation(), "S"), mark(x.task(), "T"), mark(x.action(), "A"), mark(x.result(), "R"),
                        x.quantified(), x.ownership(), x.note());
            }
        }
        double n = set.size();
        return new AnswerScores(set.size(), s / n, t / n, a / n, r / n, q / n, o / n);
    }

    private static String mark(boolean b, String letter) {
        return b ? letter : "-";
    }

    double worstStar() {
        return Math.min(Math.min(situation, task), Math.min(action, result));
    }

    @Override
    public String toString() {
        return String.format("n=%d situation=%.3f task=%.3f action=%.3f result=%.3f quantified=%.3f ownership=%.3f",
                n, situation, task, action, result, quantified, ownership);
    }
}
