package dev.loopcoach.core.testing;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.AnswerSummary;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.PracticeEntry;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.coaching.ProbeIntent;
import dev.loopcoach.core.session.InterviewSession;
import dev.loopcoach.core.session.Interviewer;
import dev.loopcoach.core.session.Position;
import dev.loopcoach.core.session.Round;
import dev.loopcoach.core.session.SessionId;
import dev.loopcoach.core.session.SessionKind;
import dev.loopcoach.core.session.SessionPlan;
import dev.loopcoach.core.session.SessionState;
import dev.loopcoach.core.session.Turn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Sessions, turns and history entries with realistic content, for storage tests. */
public final class StoreFixtures {
    /** A start time with nanoseconds, so a lossy round trip shows. */
    public static final Instant T0 = Instant.parse("2025-03-01T09:00:00.123456789Z");

    /** Words that stress text storage: quotes, backslash, new lines, non-ASCII and an emoji. */
    public static final String AWKWARD_TEXT =
            "We cut p95 latency by 38% \u2014 \"quoted\" 'single' \\ back\\slash\nsecond line; caf\u00e9 \uD83D\uDE80 {\"json\":1}";

    private StoreFixtures() {
    }

    /** A unique user, so tests never see each other's rows even on a shared database. */
    public static UserKey user(String name) {
        return new UserKey("discord", name + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A unique workspace (guild, team) id, for channel settings. */
    public static String workspace() {
        return "ws-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    public static SessionPlan loopPlan() {
        Round screen = new Round("Phone screen", Interviewer.coach(),
                List.of(new QuestionId("beh-dd-003"), new QuestionId("beh-co-001")), 2, 45);
        Round onsite = new Round("On-site: Bar Raiser",
                new Interviewer("Dana", "Bar Raiser", List.of(LeadershipPrinciple.DIVE_DEEP, LeadershipPrinciple.EARN_TRUST), true),
                List.of(new QuestionId("beh-et-007")), 1, 60);
        return new SessionPlan(SessionKind.LOOP, Optional.of(Category.BEHAVIORAL), Level.SENIOR,
                Optional.of(LeadershipPrinciple.DIVE_DEEP), List.of(screen, onsite));
    }

    public static SessionPlan singlePlan() {
        Round only = new Round("Question", Interviewer.coach(), List.of(new QuestionId("met-001")), 0, 15);
        return new SessionPlan(SessionKind.SINGLE, Optional.empty(), Level.PM, Optional.empty(), List.of(only));
    }

    /** A session that has just asked its first question. */
    public static InterviewSession newSession(UserKey user, Instant startedAt) {
        return new InterviewSession(SessionId.random(), user, loopPlan(),
                new SessionState.AwaitingAnswer(Position.start(), 0), List.of(), startedAt, startedAt);
    }

    public static Turn answeredQuestion(Instant at) {
        AnswerSummary summary = new AnswerSummary(true, true, true, true, true, "I", 212,
                List.of(LeadershipPrinciple.DIVE_DEEP, LeadershipPrinciple.OWNERSHIP));
        return new Turn(0, new QuestionId("beh-dd-003"), Turn.Kind.QUESTION,
                "Tell me about a time you dug into data to find a root cause.", "",
                AWKWARD_TEXT, summary,
                Map.of(LeadershipPrinciple.DIVE_DEEP, Vote.STRONGLY_INCLINED, LeadershipPrinciple.OWNERSHIP, Vote.INCLINED),
                Map.of(LeadershipPrinciple.DIVE_DEEP, List.of("queried the raw logs", "cut p95 by 38%")),
                Vote.INCLINED, List.of("Lead with the result.", "Name the metric you moved."), at);
    }

    public static Turn answeredFollowUp(Instant at) {
        AnswerSummary summary = new AnswerSummary(false, false, true, true, false, "we", 64, List.of());
        return new Turn(0, new QuestionId("beh-dd-003"), Turn.Kind.FOLLOW_UP,
                "What did you personally do, as opposed to the team?", "answer used 'we' throughout",
                "I wrote the query and presented it.", summary,
                Map.of(LeadershipPrinciple.OWNERSHIP, Vote.NOT_INCLINED), Map.of(), Vote.NOT_INCLINED, List.of(), at);
    }

    public static Turn skippedQuestion(Instant at) {
        return new Turn(0, new QuestionId("beh-co-001"), Turn.Kind.SKIPPED,
                "Tell me about a time you went above and beyond for a customer.", null,
                null, null, null, null, null, null, at);
    }

    public static SessionState.AwaitingFollowUpAnswer followUpState() {
        return new SessionState.AwaitingFollowUpAnswer(new Position(0, 0),
                "What did you personally do, as opposed to the team?", "answer used 'we' throughout",
                List.of("What did you personally do, as opposed to the team?"),
                List.of(new SessionState.QueuedFollowUp("How did you know it worked?", "no result stated", ProbeIntent.OUTCOME)),
                ProbeIntent.PERSONAL_ROLE);
    }

    public static PracticeEntry answeredEntry(Instant at) {
        return new PracticeEntry(new QuestionId("beh-dd-003"), Category.BEHAVIORAL,
                List.of(LeadershipPrinciple.DIVE_DEEP, LeadershipPrinciple.OWNERSHIP),
                Map.of(LeadershipPrinciple.DIVE_DEEP, Vote.STRONGLY_INCLINED, LeadershipPrinciple.OWNERSHIP, Vote.NOT_INCLINED),
                Optional.of(Vote.INCLINED), at);
    }

    public static PracticeEntry skippedEntry(Instant at) {
        return new PracticeEntry(new QuestionId("met-001"), Category.METRICS, List.of(), Map.of(), Optional.empty(), at);
    }
}
