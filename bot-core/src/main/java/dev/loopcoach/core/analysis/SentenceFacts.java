package dev.loopcoach.core.analysis;

import java.util.List;

/**
 * The story reader's view of one sentence.
 *
 * @param kind a piece of a real story, a hypothetical ("I would..."), or a generic claim ("I always...")
 * @param resultQuantities amounts that belong to an outcome that happened
 */
public record SentenceFacts(int index, Kind kind, boolean situation, boolean task, boolean action, boolean result,
        boolean forecast, boolean lesson, boolean passive, boolean vagueOutcome, List<Clause> clauses,
        List<Quantity> quantities, List<Quantity> resultQuantities) {

    public enum Kind { STORY, HYPOTHETICAL, GENERIC }

    public SentenceFacts {
        clauses = List.copyOf(clauses);
        quantities = List.copyOf(quantities);
        resultQuantities = List.copyOf(resultQuantities);
    }

    public boolean story() {
        return kind == Kind.STORY;
    }
}
