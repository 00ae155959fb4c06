package dev.loopcoach.core.bank;

import java.util.List;
import java.util.stream.Collectors;

/** Start-up stops with this when a pack is broken; the message lists every problem found. */
public final class BankLoadException extends RuntimeException {
    private final transient List<BankProblem> problems;

    public BankLoadException(List<BankProblem> problems) {
        super(problems.stream().map(BankProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<BankProblem> problems() {
        return problems;
    }
}
