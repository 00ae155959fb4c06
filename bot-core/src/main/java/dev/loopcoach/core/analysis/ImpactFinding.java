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
 * @param strongest how many of the first result amounts are of the strongest kind present (see {@link #cited})
 */
public record ImpactFinding(boolean quantified, List<String> resultAmounts, List<String> otherAmounts,
        List<String> forecastAmounts, List<String> evidence, List<String> forecasts, int strongest) {

    public ImpactFinding {
        resultAmounts = List.copyOf(resultAmounts);
        otherAmounts = List.copyOf(otherAmounts);
        forecastAmounts = List.copyOf(forecastAmounts);
        evidence = List.copyOf(evidence);
        forecasts = List.copyOf(forecasts);
        strongest = Math.min(strongest, resultAmounts.size());
    }

    /**
     * The numbers a coach quotes back from the result: up to {@code max} of its strongest kind of measure. "Revenue
     * rose 12% across all three markets" is measured by "12%"; "three" only says where.
     */
    public List<String> cited(int max) {
        return resultAmounts.subList(0, Math.min(max, strongest));
    }
}
