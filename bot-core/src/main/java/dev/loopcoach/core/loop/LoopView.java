package dev.loopcoach.core.loop;

import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.reply.BlockBudget;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.session.Interviewer;
import dev.loopcoach.core.session.Round;
import dev.loopcoach.core.session.SessionPlan;
import dev.loopcoach.core.writing.WritingTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The introduction to a freshly planned loop: the stages, the people and how it works. */
public final class LoopView {
    private LoopView() {
    }

    public static Reply intro(SessionPlan plan, QuestionBank bank) {
        LoopBar bar = LoopBar.of(plan.level());
        List<LoopStage> stages = LoopStage.of(plan, bank);
        List<String> stageLines = new ArrayList<>();
        List<String> panel = new ArrayList<>();
        for (int i = 0; i < plan.rounds().size(); i++) {
            Round r = plan.rounds().get(i);
            Interviewer who = r.interviewer();
            int n = r.questions().size();
            switch (stages.get(i)) {
                case SCREEN -> stageLines.add(r.name() + " with " + who.name() + " (" + who.role() + "): " + n + " questions, about "
                        + r.timeBoxMinutes() + " minutes.");
                case WRITING -> stageLines.add("Written exercise: one prompt, a memo of "
                        + bank.find(r.questions().get(0)).map(q -> WritingTarget.forPrompt(q).description()).orElse("about 2 pages")
                        + ", about " + r.timeBoxMinutes() + " minutes here (the real one often allows 48 hours).");
                default -> panel.add(who.name() + ", " + who.role() + ": " + who.lps().stream().map(LeadershipPrinciple::displayName)
                        .collect(Collectors.joining(" \u00b7 ")) + "; " + n + " questions, " + r.timeBoxMinutes() + " minutes.");
            }
        }
        long onsite = stages.stream().filter(s -> s == LoopStage.ONSITE).count();
        stageLines.add("On-site loop: " + onsite + " interviews, each with its own Leadership Principles, then the debrief.");
        return Reply.builder(Reply.Kind.INFO)
                .heading("Your Amazon PM loop, " + plan.level().label())
                .paragraph("At this level interviewers look for " + bar.scope() + ". Every question expects a real story "
                        + "with your own actions and a measured result; follow-ups probe what you did and what the data said.")
                .bullets("The stages", BlockBudget.fit(stageLines, 240, BlockBudget.BLOCK_TEXT_MAX))
                .bullets("Your on-site panel (no two interviewers share a principle)", BlockBudget.fit(panel, 240, BlockBudget.BLOCK_TEXT_MAX))
                .paragraph("Take your time: stop whenever you like and continue another day with /resume; the people and questions "
                        + "stay the same. /hint helps, /skip moves on (a skipped question counts as no evidence), /end stops "
                        + "and gives the debrief so far. At the end each interviewer votes, the Bar Raiser sums up, and you get "
                        + "the decision and the three changes that would most improve it.")
                .build();
    }
}
