package dev.loopcoach.core.bank;

/** One reason a question pack cannot be loaded: where (file, question id or field), what, and how to fix it. */
public record BankProblem(String file, String where, String problem, String fix) {
    @Override
    public String toString() {
        return file + (where == null || where.isBlank() ? "" : " (" + where + ")") + ": " + problem + ". Fix: " + fix;
    }
}
