package dev.loopcoach.core.analysis;

/** Where a {@link Cue} matched: tokens {@code [firstToken, endToken)} of one sentence. */
public record CueMatch(Cue cue, int firstToken, int endToken, int sentence, boolean negated) {

    /** The cue weight, reduced to {@value CueSet#NEGATED_FACTOR} of itself when a negation-sensitive cue is negated. */
    public double weight() {
        return negated && cue.negationSensitive() ? cue.weight() * CueSet.NEGATED_FACTOR : cue.weight();
    }

    public String label() {
        return cue.label();
    }
}
