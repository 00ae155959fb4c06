package dev.loopcoach.core.loop;

import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.lp.PrincipleGuides;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.session.InterviewSession;
import dev.loopcoach.core.session.SessionSummarizer;

/** The end of a loop ({@link dev.loopcoach.core.session.SessionKind#LOOP}): the debrief, finished or ended early. */
public final class LoopDebrief implements SessionSummarizer {
    private final LoopAssessor assessor;

    public LoopDebrief(QuestionBank bank, PrincipleGuides guides) {
        this.assessor = new LoopAssessor(bank, guides);
    }

    @Override
    public Reply summarize(InterviewSession session) {
        return DebriefView.render(assessor.assess(session));
    }
}
