package dev.loopcoach.core.daily;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;

/**
 * A stand-in for the analysis behind {@link AnswerCoach}, for testing how the thread dialogue uses it: it
 * offers the same three probes (minus those already asked, as the real coach promises), votes Inclined, and
 * records every call. It analyses nothing; tests of the analysis live with the analysis.
 */
final class ScriptedAnswerCoach implements AnswerCoach {
    static final List<String> PROBES = List.of("What was the measurable result?", "What would you do differently next time?",
            "Who disagreed with you, and how did you handle it?");

    record Call(String method, String probe, String answer, List<String> alreadyAsked) {
    }

    private final List<Call> calls = new ArrayList<>();
    private volatile CyclicBarrier barrier;
    private volatile boolean followUpsSatisfy;

    /** From now on every follow-up answer meets its probe: the coach asks nothing after it (as the real one does then). */
    void followUpAnswersSatisfy() {
        followUpsSatisfy = true;
    }

    /** Makes the next calls wait until {@code parties} of them are inside the coach at once. */
    void meetInside(int parties) {
        barrier = new CyclicBarrier(parties);
    }

    @Override
    public Coaching coach(Question question, String answer, Collection<String> alreadyAsked) {
        return respond(new Call("coach", null, answer, List.copyOf(alreadyAsked)), question, alreadyAsked);
    }

    @Override
    public Coaching coachFollowUp(Question question, AskedProbe probe, String story, String answer, Collection<String> alreadyAsked) {
        Coaching c = respond(new Call("coachFollowUp", probe.text(), answer, List.copyOf(alreadyAsked)), question, alreadyAsked);
        if (!followUpsSatisfy) {
            return c;
        }
        return new Coaching(c.summary(), c.votes(), c.evidence(), Vote.STRONGLY_INCLINED, List.of(), List.of("Keep it that specific."),
                List.of(new Block.Heading("Follow-up feedback"), new Block.Paragraph("Strongly Inclined: that answered the probe.")));
    }

    private Coaching respond(Call call, Question question, Collection<String> alreadyAsked) {
        synchronized (calls) {
            calls.add(call);
        }
        CyclicBarrier b = barrier;
        if (b != null) {
            try {
                b.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        Map<LeadershipPrinciple, Vote> votes = new LinkedHashMap<>();
        question.lps().forEach(lp -> votes.put(lp, Vote.INCLINED));
        List<FollowUp> followUps = PROBES.stream().filter(p -> !alreadyAsked.contains(p))
                .map(p -> new FollowUp(p, "scripted", "scripted", ProbeIntent.CLARIFY)).toList();
        AnswerSummary summary = new AnswerSummary(true, true, true, false, false, "I", call.answer().split("\\s+").length, question.lps());
        return new Coaching(summary, votes, Map.of(), Vote.INCLINED, followUps,
                List.of("End with the result in numbers.", "Say what you alone decided.", "Cut the background to two sentences."),
                List.of(new Block.Paragraph("scripted feedback")));
    }

    List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }
}
