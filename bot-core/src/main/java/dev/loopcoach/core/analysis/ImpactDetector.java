package dev.loopcoach.core.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether the impact is quantified: an amount must sit inside an outcome that happened. Amounts in the
 * situation or the steps, and amounts in forecasts, goals or plans, are listed separately and do not count.
 */
final class ImpactDetector {
    private ImpactDetector() {
    }

    static ImpactFinding detect(Story story) {
        List<String> inResult = new ArrayList<>();
        List<String> other = new ArrayList<>();
        List<String> forecastAmounts = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        List<String> forecasts = new ArrayList<>();
        for (SentenceFacts f : story.sentences()) {
            for (Quantity q : f.quantities()) {
                if (f.resultQuantities().contains(q)) {
                    inResult.add(q.text());
                } else if (inForecast(f, q)) {
                    forecastAmounts.add(q.text());
                } else {
                    other.add(q.text());
                }
            }
            if (!f.resultQuantities().isEmpty() && evidence.size() < 3) {
                evidence.add(Quotes.of(story.text(), f.index()));
            }
            if (f.forecast() && forecasts.size() < 3 && f.kind() != SentenceFacts.Kind.GENERIC) {
                forecasts.add(Quotes.of(story.text(), f.index()));
            }
        }
        return new ImpactFinding(!inResult.isEmpty(), inResult, other, forecastAmounts, evidence, forecasts);
    }

    private static boolean inForecast(SentenceFacts f, Quantity q) {
        for (Clause c : f.clauses()) {
            if (q.firstToken() >= c.firstToken() && q.firstToken() < c.endToken()) {
                return c.forecast() || c.hypothetical();
            }
        }
        return false;
    }
}
