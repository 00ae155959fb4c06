package dev.loopcoach.core.coaching;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.reply.Block;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The coach's response to one answer: the facts found, a vote per targeted principle, the overall vote,
 * follow-ups to ask (best first, already filtered for repeats), rewrite tips, and the feedback to show.
 * {@code evidence} maps each voted principle to quotes from the answer that support the vote; {@code rubric} says
 * which rubric judged it, {@code findings} lists every statement shown about the answer, and {@code probe} how a
 * reply to a follow-up read against what the probe asked.
 */
public record Coaching(
        AnswerSummary summary,
        Map<LeadershipPrinciple, Vote> votes,
        Map<LeadershipPrinciple, List<String>> evidence,
        Vote overall,
        List<FollowUp> followUps,
        List<String> tips,
        List<Block> feedback,
        RubricKind rubric,
        List<Finding> findings,
        Optional<ProbeReading> probe) {

    public Coaching {
        votes = Map.copyOf(votes);
        evidence = Map.copyOf(evidence);
        followUps = List.copyOf(followUps);
        tips = List.copyOf(tips);
        feedback = List.copyOf(feedback);
        Objects.requireNonNull(rubric, "rubric");
        findings = findings == null ? List.of() : List.copyOf(findings);
        probe = probe == null ? Optional.empty() : probe;
    }

    /** Coaching of a main answer to a behavioral question, without itemised findings (test doubles use this). */
    public Coaching(AnswerSummary summary, Map<LeadershipPrinciple, Vote> votes, Map<LeadershipPrinciple, List<String>> evidence,
                    Vote overall, List<FollowUp> followUps, List<String> tips, List<Block> feedback) {
        this(summary, votes, evidence, overall, followUps, tips, feedback, RubricKind.BEHAVIORAL, List.of(), Optional.empty());
    }
}
