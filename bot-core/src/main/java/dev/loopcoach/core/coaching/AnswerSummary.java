package dev.loopcoach.core.coaching;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;

/** The compact facts about one answer that the transcript and progress keep. */
public record AnswerSummary(
        boolean situation,
        boolean task,
        boolean action,
        boolean result,
        boolean quantified,
        String ownership,
        int words,
        List<LeadershipPrinciple> lpSignals) {

    public AnswerSummary {
        lpSignals = List.copyOf(lpSignals);
    }
}
