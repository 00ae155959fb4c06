package dev.loopcoach.core.loop;

import java.util.List;
import java.util.Optional;

/** Everything the debrief says about one loop, before it is rendered. */
public record LoopAssessment(LoopBar bar, List<RoundAssessment> rounds, Optional<WritingResult> writing, Decision decision,
                             String barRaiserSummary, List<String> improvements, boolean completed, int asked, int answered) {

    public LoopAssessment {
        rounds = List.copyOf(rounds);
        improvements = List.copyOf(improvements);
    }

    public List<RoundAssessment> onsite() {
        return rounds.stream().filter(r -> r.stage() == LoopStage.ONSITE).toList();
    }

    public List<RoundAssessment> screens() {
        return rounds.stream().filter(r -> r.stage() == LoopStage.SCREEN).toList();
    }

    public Optional<RoundAssessment> barRaiser() {
        return rounds.stream().filter(RoundAssessment::barRaiser).findFirst();
    }
}
