package dev.loopcoach.core.analysis;

import java.util.List;

/**
 * Quantified impact: {@code quantified} is true only when an amount belongs to an outcome that happened.
 *
 * @param resultAmounts amounts inside the result ("31 percent", "doubled")
 * @param otherAmounts amounts elsewhere (situation, action) that do not show impact
 * @param forecastAmounts amounts in plans, goals or projections, which are not results
 * @param evidence the result sentences that carry the amounts
 * @param forecasts sentences that describe a forecast or goal instead of an outcome
 */
public record ImpactFinding(boolean quantified, List<String> resultAmounts, List<String> otherAmounts,
        List<String> forecastAmounts, List<String> evidence, List<String> forecasts) {

    public ImpactFinding {
        resultAmounts = List.copyOf(resultAmounts);
        otherAmounts = List.copyOf(otherAmounts);
        forecastAmounts = List.copyOf(forecastAmounts);
        evidence = List.copyOf(evidence);
        forecasts = List.copyOf(forecasts);
    }
}
