package dev.loopcoach.core.analysis;

import java.util.List;

/**
 * Everything the analysis found in one answer; every finding carries quotes from the answer as evidence.
 *
 * @param disagreement sentences where the speaker disagreed, pushed back or argued a case
 * @param dataUse sentences that mention data, metrics, research or experiments
 * @param lessons sentences that state a lesson or a change made afterwards
 */
public record AnswerAnalysis(ParsedText text, Story story, StarFinding star, ImpactFinding impact,
        OwnershipFinding ownership, LengthFinding length, LanguageFinding language, LpFinding lps, Relevance relevance,
        List<String> disagreement, List<String> dataUse, List<String> lessons) {

    public AnswerAnalysis {
        disagreement = List.copyOf(disagreement);
        dataUse = List.copyOf(dataUse);
        lessons = List.copyOf(lessons);
    }

    public int words() {
        return length.words();
    }
}
