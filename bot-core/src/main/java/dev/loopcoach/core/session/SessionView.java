package dev.loopcoach.core.session;

import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;

/** Platform-neutral rendering of interview prompts. */
public final class SessionView {
    public static final String STAR_REMINDER =
            "Answer with one real story in STAR form (Situation, Task, Action, Result), about 2 minutes "
                    + "(260-320 words), saying \"I\" for what you did and ending with a measurable result.";

    private SessionView() {
    }

    public static List<String> tags(Question q, InterviewSession s) {
        List<String> tags = new ArrayList<>();
        q.lps().stream().map(LeadershipPrinciple::displayName).forEach(tags::add);
        tags.add(q.category().label());
        tags.add(s.plan().level().label());
        return tags;
    }

    public static Block.QuestionCard mainCard(InterviewSession s, Position at, Question q) {
        String label = "Question " + s.ordinal(at) + " of " + s.plan().totalQuestions();
        return new Block.QuestionCard(q.id().value(), label, q.text(), tags(q, s));
    }

    public static Block.QuestionCard followUpCard(InterviewSession s, Question q, String probe) {
        return new Block.QuestionCard(q.id().value(), "Follow-up", probe, tags(q, s));
    }

    /** The prompt for a main question, including who asks it when the round has a named interviewer. */
    public static Reply askMain(InterviewSession s, Position at, Question q, String pickReason) {
        Reply.Builder b = Reply.builder(Reply.Kind.QUESTION);
        Round round = s.round(at);
        if (at.question() == 0 && s.plan().rounds().size() > 1) {
            Interviewer who = round.interviewer();
            b.heading(round.name() + " with " + who.name() + " (" + who.role() + "), about " + round.timeBoxMinutes() + " minutes");
        }
        b.block(mainCard(s, at, q));
        if (pickReason != null && !pickReason.isBlank()) {
            b.paragraph("Why this question: " + pickReason + ".");
        }
        if (s.ordinal(at) == 1) {
            b.paragraph(STAR_REMINDER);
        }
        return b.actions(Action.ANSWER, Action.HINT, Action.SKIP, Action.END).build();
    }

    public static Reply askFollowUp(InterviewSession s, Question q, String probe, String reason) {
        Reply.Builder b = Reply.builder(Reply.Kind.QUESTION).block(followUpCard(s, q, probe));
        if (reason != null && !reason.isBlank()) {
            b.paragraph("Why I ask: " + reason);
        }
        return b.actions(Action.ANSWER, Action.HINT, Action.SKIP, Action.END).build();
    }
}
