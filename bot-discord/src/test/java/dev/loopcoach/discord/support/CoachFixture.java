package dev.loopcoach.discord.support;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.CoachDeps;
import dev.loopcoach.core.CoachSettings;
import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.coaching.AnswerCoach;
import dev.loopcoach.core.coaching.AnswerSummary;
import dev.loopcoach.core.coaching.AskedProbe;
import dev.loopcoach.core.coaching.Coaching;
import dev.loopcoach.core.coaching.ProbeIntent;
import dev.loopcoach.core.coaching.FollowUp;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.testing.InMemoryStores;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A real {@link Coach} for adapter tests: the built-in bank, the core's in-memory stores, and a simple
 * deterministic answer coach (the adapter only needs the shape of its replies, not its judgement).
 */
public final class CoachFixture {
    private static volatile QuestionBank bank;

    private CoachFixture() {
    }

    public static QuestionBank bank() {
        if (bank == null) {
            bank = new BankLoader().builtInOnly();
        }
        return bank;
    }

    public static Coach coach() {
        return coach(new SimpleAnswerCoach());
    }

    /** A coach whose answer analysis is {@code answerCoach} (e.g. one that waits, to prove the adapter acknowledges first). */
    public static Coach coach(AnswerCoach answerCoach) {
        InMemoryStores stores = new InMemoryStores();
        CoachDeps deps = new CoachDeps(bank(), answerCoach, (text, max) -> List.of(LeadershipPrinciple.OWNERSHIP),
                stores.sessions(), stores.practice(), stores.stories(), stores.privacy(), stores.prefs(),
                Instant::now, new SplittableRandom(7), CoachSettings.defaults());
        return new Coach(deps);
    }

    /** Votes Inclined on every targeted principle and asks the question's first unused follow-up. */
    public static final class SimpleAnswerCoach implements AnswerCoach {
        @Override
        public Coaching coach(Question question, String answer, Collection<String> alreadyAsked) {
            return coaching(question, answer, alreadyAsked);
        }

        @Override
        public Coaching coachFollowUp(Question question, AskedProbe probe, String story, String answer, Collection<String> alreadyAsked) {
            return coaching(question, answer, alreadyAsked);
        }

        private static Coaching coaching(Question q, String answer, Collection<String> asked) {
            Map<LeadershipPrinciple, Vote> votes = new LinkedHashMap<>();
            Map<LeadershipPrinciple, List<String>> evidence = new LinkedHashMap<>();
            for (LeadershipPrinciple lp : q.lps()) {
                votes.put(lp, Vote.INCLINED);
                evidence.put(lp, List.of(answer.length() > 80 ? answer.substring(0, 80) : answer));
            }
            List<FollowUp> followUps = q.followUps().stream().filter(f -> !asked.contains(f)).limit(1)
                    .map(f -> new FollowUp(f, "to hear more", "question-specific", ProbeIntent.CLARIFY)).toList();
            int words = answer.split("\\s+").length;
            AnswerSummary summary = new AnswerSummary(true, true, true, answer.matches(".*\\d.*"), answer.matches(".*\\d.*"),
                    "I", words, q.lps());
            List<Block> feedback = List.of(new Block.Heading("Feedback"),
                    new Block.Paragraph("You answered in " + words + " words."), new Block.Quote(answer));
            return new Coaching(summary, votes, evidence, Vote.INCLINED, followUps, List.of("Add a number to your result."), feedback);
        }
    }
}
