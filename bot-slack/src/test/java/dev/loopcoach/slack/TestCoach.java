package dev.loopcoach.slack;

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
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.testing.InMemoryStores;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A real {@link Coach} over the built-in bank, with the core's {@link InMemoryStores}. The answer coach is a small
 * deterministic fake (the analyzer is not the adapter's concern): it quotes the answer back and asks the
 * question's first follow-up.
 */
public final class TestCoach {
    private static final QuestionBank BANK = new BankLoader().builtInOnly();

    private TestCoach() {
    }

    public static QuestionBank bank() {
        return BANK;
    }

    public static Coach create() {
        return create(new InMemoryStores());
    }

    /** A coach over the given stores (e.g. to share its preferences and practice log with the daily engine). */
    public static Coach create(InMemoryStores stores) {
        return new Coach(new CoachDeps(BANK, new EchoAnswerCoach(), (text, max) -> List.of(LeadershipPrinciple.OWNERSHIP),
                stores.sessions(), stores.practice(), stores.stories(), stores.privacy(), stores.prefs(), Clock.system(),
                new SplittableRandom(7), CoachSettings.defaults()));
    }

    public static final class EchoAnswerCoach implements AnswerCoach {
        @Override
        public Coaching coach(Question question, String answer, Collection<String> alreadyAsked) {
            List<FollowUp> followUps = question.followUps().stream()
                    .filter(f -> !alreadyAsked.contains(f))
                    .limit(1)
                    .map(f -> new FollowUp(f, "the answer needs more depth", "test", ProbeIntent.CLARIFY))
                    .toList();
            return coaching(question, answer, followUps);
        }

        @Override
        public Coaching coachFollowUp(Question question, AskedProbe probe, String story, String answer, Collection<String> alreadyAsked) {
            return coaching(question, answer, List.of());
        }

        private static Coaching coaching(Question q, String answer, List<FollowUp> followUps) {
            Map<LeadershipPrinciple, Vote> votes = new java.util.EnumMap<>(LeadershipPrinciple.class);
            q.lps().forEach(lp -> votes.put(lp, Vote.INCLINED));
            String quote = answer.length() > 120 ? answer.substring(0, 120) : answer;
            return new Coaching(
                    new AnswerSummary(true, true, true, false, false, "I", answer.split("\\s+").length, q.lps()),
                    votes, Map.of(), Vote.INCLINED, followUps, List.of("Say what changed, with a number."),
                    List.of(new Block.Heading("Feedback"), new Block.Paragraph("Clear actions; the result is missing."),
                            new Block.Quote(quote)));
        }
    }
}
