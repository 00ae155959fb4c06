package dev.loopcoach.core.loop;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.AnswerSummary;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.session.InterviewSession;
import dev.loopcoach.core.session.SessionId;
import dev.loopcoach.core.session.SessionPlan;
import dev.loopcoach.core.session.SessionState;
import dev.loopcoach.core.session.Turn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built loop transcripts for debrief tests: what the engine would have recorded, answer by answer. */
final class Transcripts {
    static final Instant T0 = Instant.parse("2025-06-02T09:00:00Z");

    static final String STRONG = "I led the checkout redesign for our marketplace, which served 2 million buyers a month. "
            + "I found in the funnel data that 18% of buyers dropped at the address step, so I wrote a proposal, won over the "
            + "engineering manager with a two-week prototype and shipped it in six weeks. Conversion rose from 61% to 67%, "
            + "worth $3.4M a year, and I learned to test the riskiest step with real customers before building anything.";

    static final String WEAK = "We worked on the checkout flow for a long time with the whole team and we talked to people about "
            + "what to change, and eventually we decided on a new design that the team built and launched, and people liked it "
            + "more than before and the team was happy with how it went overall in the end, so we moved on to other work.";

    /** A memo that the writing analyzer finds ready: point first, data, short sentences, about 700 words. */
    static final String READY_MEMO;

    static {
        StringBuilder sb = new StringBuilder("Summary\nI recommend that we keep the new returns flow for all 14 regions. "
                + "It cut refund time from 11 days to 4 days in the pilot.\n\n");
        for (int i = 1; i <= 17; i++) {
            sb.append("Region ").append(i).append(" results\n")
                    .append("Refunds in region ").append(i).append(" took ").append(3 + i % 3).append(" days in week ").append(i)
                    .append(". Returns for sizing fell ").append(10 + i).append("% against the month before. ")
                    .append("I met ").append(i + 2).append(" store managers there and logged ").append(20 + i)
                    .append(" of their requests. Two requests need engineering work by day ").append(30 + i).append(".\n\n");
        }
        READY_MEMO = sb.toString();
    }

    private Transcripts() {
    }

    interface Answerer {
        /** The turns for the question at (round, index), or none to leave it unanswered. */
        List<Turn> turns(int round, int index, Question q);
    }

    static InterviewSession session(SessionPlan plan, QuestionBank bank, Answerer answerer, boolean completed) {
        List<Turn> all = new ArrayList<>();
        for (int r = 0; r < plan.rounds().size(); r++) {
            List<QuestionId> ids = plan.rounds().get(r).questions();
            for (int i = 0; i < ids.size(); i++) {
                all.addAll(answerer.turns(r, i, bank.find(ids.get(i)).orElseThrow()));
            }
        }
        return new InterviewSession(SessionId.random(), new UserKey("console", "tester"), plan,
                new SessionState.Finished(T0.plusSeconds(7200), completed), all, T0, T0.plusSeconds(7200));
    }

    static Turn answer(int round, Question q, String text, Vote vote) {
        return answer(round, q, Turn.Kind.QUESTION, text, vote, List.of(firstSentence(text)));
    }

    static Turn answer(int round, Question q, Turn.Kind kind, String text, Vote vote, List<String> quotes) {
        Map<LeadershipPrinciple, Vote> votes = new LinkedHashMap<>();
        Map<LeadershipPrinciple, List<String>> evidence = new LinkedHashMap<>();
        for (LeadershipPrinciple lp : q.lps()) {
            votes.put(lp, vote);
            evidence.put(lp, quotes);
        }
        boolean number = text.chars().anyMatch(Character::isDigit);
        int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        AnswerSummary summary = new AnswerSummary(true, true, true, true, number, "I", words, q.lps());
        return new Turn(round, q.id(), kind, kind == Turn.Kind.QUESTION ? q.text() : "A follow-up?", "", text, summary, votes,
                evidence, vote, List.of(), T0);
    }

    static Turn skipped(int round, Question q) {
        return new Turn(round, q.id(), Turn.Kind.SKIPPED, q.text(), "", "", null, Map.of(), Map.of(), null, List.of(), T0);
    }

    /** The usual answer for a question: the memo for the writing prompt, the given story for everything else. */
    static Turn story(int round, Question q, String text, Vote vote) {
        return q.category() == Category.WRITING ? answer(round, q, READY_MEMO, vote) : answer(round, q, text, vote);
    }

    static String firstSentence(String text) {
        return text.strip().split("(?<=[.!?])\\s+")[0];
    }
}
