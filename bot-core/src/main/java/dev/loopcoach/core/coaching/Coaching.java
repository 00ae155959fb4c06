package dev.loopcoach.core.coaching;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.reply.Block;
import java.util.List;
import java.util.Map;

/**
 * The coach's response to one answer: the facts found, a vote per targeted principle, the overall vote,
 * follow-ups to ask (best first, already filtered for repeats), rewrite tips, and the feedback to show.
 * {@code evidence} maps each voted principle to quotes from the answer that support the vote.
 */
public record Coaching(
        AnswerSummary summary,
        Map<LeadershipPrinciple, Vote> votes,
        Map<LeadershipPrinciple, List<String>> evidence,
        Vote overall,
        List<FollowUp> followUps,
        List<String> tips,
        List<Block> feedback) {

    public Coaching {
        votes = Map.copyOf(votes);
        evidence = Map.copyOf(evidence);
        followUps = List.copyOf(followUps);
        tips = List.copyOf(tips);
        feedback = List.copyOf(feedback);
    }
}
