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

    /** Measures first: "31%" says more about an outcome than "11,000 a week", and that more than "within six days". */
    private static int salience(Quantity q) {
        return switch (q.kind()) {
            case PERCENT, MONEY, MULTIPLIER -> 0;
            case FRACTION -> 1;
            case COUNT -> 2;
            case DURATION -> 3;
        };
    }

    private record Cited(Quantity quantity, int sentence) {
    }

    static ImpactFinding detect(Story story) {
        List<Cited> cited = new ArrayList<>();
        List<String> inResult = new ArrayList<>();
        List<String> other = new ArrayList<>();
        List<String> forecastAmounts = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        List<String> forecasts = new ArrayList<>();
        for (SentenceFacts f : story.sentences()) {
            for (Quantity q : f.quantities()) {
                if (f.resultQuantities().contains(q)) {
                    cited.add(new Cited(q, f.index()));
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
        // the amounts a coach cites first: the strongest measures, from the last outcome told, in the speaker's order
        cited.sort(java.util.Comparator.comparingInt((Cited c) -> salience(c.quantity())).thenComparing(c -> -c.sentence())
                .thenComparingInt(c -> c.quantity().firstToken()));
        cited.forEach(c -> inResult.add(c.quantity().text()));
        int strongest = (int) cited.stream().takeWhile(c -> salience(c.quantity()) == salience(cited.get(0).quantity())).count();
        return new ImpactFinding(!inResult.isEmpty(), inResult, other, forecastAmounts, evidence, forecasts, strongest);
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
