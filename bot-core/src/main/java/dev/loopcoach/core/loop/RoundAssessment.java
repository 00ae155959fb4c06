package dev.loopcoach.core.loop;

import dev.loopcoach.core.session.Round;
import java.util.List;

/**
 * An interviewer's view of their round: what they assessed, their vote, and quotes from the answers behind it
 * ({@code quotes} are the candidate's own words, the strongest evidence first; {@code quotedFor} names what each one
 * is evidence for).
 */
public record RoundAssessment(int index, Round round, LoopStage stage, List<Signal> signals, HiringVote vote,
                              List<String> quotes, List<String> quotedFor, int asked, int answered) {

    public RoundAssessment {
        signals = List.copyOf(signals);
        quotes = List.copyOf(quotes);
        quotedFor = List.copyOf(quotedFor);
    }

    /** Nothing in the round was answered at all. */
    public boolean noEvidence() {
        return signals.stream().noneMatch(Signal::assessed);
    }

    public double average() {
        return signals.stream().mapToDouble(Signal::score).average().orElse(LoopAssessor.NO_EVIDENCE_SCORE);
    }

    public boolean barRaiser() {
        return round.interviewer().barRaiser();
    }
}
