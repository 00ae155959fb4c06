package dev.loopcoach.core.loop;

import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.coaching.AnswerCoach;
import dev.loopcoach.core.coaching.AnswerSummary;
import dev.loopcoach.core.coaching.AskedProbe;
import dev.loopcoach.core.coaching.Coaching;
import dev.loopcoach.core.coaching.ProbeIntent;
import dev.loopcoach.core.coaching.FollowUp;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.reply.Block;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small, deterministic answer coach for tests of the loop, the drafting flow and the debrief (the real analysis
 * lives elsewhere and is not what these tests are about). One point each for a long enough answer, a number and
 * saying "I"; the vote follows the points. Follow-ups come from the question's own list when enabled.
 */
public final class FakeAnswerCoach implements AnswerCoach {
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\bI\\b");
    private final boolean followUps;

    public FakeAnswerCoach(boolean followUps) {
        this.followUps = followUps;
    }

    @Override
    public Coaching coach(Question question, String answer, Collection<String> alreadyAsked) {
        return judge(question, answer, alreadyAsked);
    }

    @Override
    public Coaching coachFollowUp(Question question, AskedProbe probe, String story, String answer, Collection<String> alreadyAsked) {
        return judge(question, answer, alreadyAsked);
    }

    private Coaching judge(Question q, String answer, Collection<String> alreadyAsked) {
        int words = answer.isBlank() ? 0 : answer.strip().split("\\s+").length;
        boolean number = answer.chars().anyMatch(Character::isDigit);
        boolean mine = FIRST_PERSON.matcher(answer).find();
        int points = 1 + (words >= 60 ? 1 : 0) + (number ? 1 : 0) + (mine ? 1 : 0);
        Vote vote = points == 4 ? Vote.STRONGLY_INCLINED : points == 3 ? Vote.INCLINED : points == 2 ? Vote.NOT_INCLINED
                : Vote.STRONGLY_NOT_INCLINED;
        Map<LeadershipPrinciple, Vote> votes = new LinkedHashMap<>();
        Map<LeadershipPrinciple, List<String>> evidence = new LinkedHashMap<>();
        String firstSentence = answer.strip().split("(?<=[.!?])\\s+")[0];
        for (LeadershipPrinciple lp : q.lps()) {
            votes.put(lp, vote);
            evidence.put(lp, List.of(firstSentence));
        }
        AnswerSummary summary = new AnswerSummary(words > 20, words > 20, mine, number, number, mine ? "I" : "we", words, q.lps());
        List<FollowUp> probes = followUps
                ? q.followUps().stream().filter(f -> !alreadyAsked.contains(f)).limit(2)
                .map(f -> new FollowUp(f, "the answer left this open", "test", ProbeIntent.CLARIFY)).toList()
                : List.of();
        return new Coaching(summary, votes, evidence, vote, probes, number ? List.of() : List.of("Add a number to the result."),
                List.of(new Block.Paragraph("Feedback: " + vote.label())));
    }
}
