package dev.loopcoach.core.session;

import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.AnswerSummary;
import dev.loopcoach.core.coaching.Finding;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One exchange in the transcript: the prompt (main question or follow-up), the answer given (empty when
 * skipped), and what the coach concluded, including the findings shown, so a debrief repeats what the candidate was
 * told. Kept whole so a session can be reviewed and resumed.
 */
public record Turn(
        int round,
        QuestionId questionId,
        Kind kind,
        String prompt,
        String promptReason,
        String answer,
        AnswerSummary summary,
        Map<LeadershipPrinciple, Vote> votes,
        Map<LeadershipPrinciple, List<String>> evidence,
        Vote overall,
        List<String> tips,
        Instant at,
        List<Finding> findings) {

    public enum Kind { QUESTION, FOLLOW_UP, SKIPPED }

    public Turn {
        votes = votes == null ? Map.of() : Map.copyOf(votes);
        evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
        tips = tips == null ? List.of() : List.copyOf(tips);
        promptReason = promptReason == null ? "" : promptReason;
        answer = answer == null ? "" : answer;
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** A turn without itemised findings (skipped turns, and turns stored before findings were kept). */
    public Turn(int round, QuestionId questionId, Kind kind, String prompt, String promptReason, String answer,
                AnswerSummary summary, Map<LeadershipPrinciple, Vote> votes, Map<LeadershipPrinciple, List<String>> evidence,
                Vote overall, List<String> tips, Instant at) {
        this(round, questionId, kind, prompt, promptReason, answer, summary, votes, evidence, overall, tips, at, List.of());
    }

    public boolean answered() {
        return kind != Kind.SKIPPED && !answer.isBlank();
    }
}
