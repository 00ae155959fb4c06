package dev.loopcoach.core.daily;

import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.coaching.AnswerSummary;
import dev.loopcoach.core.coaching.Coaching;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Compact coaching for a thread: the votes, what is missing, two tips and at most one follow-up. */
public final class ThreadView {
    private static final int MAX_LP_FIELDS = 3;
    private static final int MAX_TIPS = 2;

    private ThreadView() {
    }

    /** Either view: {@link #followUpCoaching} when {@code onFollowUp}, else {@link #coaching(Question, Coaching, Optional, boolean)}. */
    public static Reply coaching(Question q, Coaching c, boolean onFollowUp, Optional<String> followUp, boolean last) {
        return onFollowUp ? followUpCoaching(q, c, followUp, last) : coaching(q, c, followUp, last);
    }

    /** After the answer to the daily question: votes and STAR facts in one block, two tips, the next probe. */
    public static Reply coaching(Question q, Coaching c, Optional<String> followUp, boolean last) {
        Reply.Builder b = Reply.builder(Reply.Kind.FEEDBACK)
                .heading("Feedback on your answer")
                .fields(fields(q, c));
        b.bullets("To make it stronger", c.tips().stream().limit(MAX_TIPS).toList());
        return withNext(b, q, followUp, last);
    }

    /**
     * After an answer to a follow-up: the coach's own short verdict on what the probe asked for (under this view's
     * heading, the coach's headings dropped), then the next probe. A coach without feedback blocks gets the vote and tips.
     */
    public static Reply followUpCoaching(Question q, Coaching c, Optional<String> followUp, boolean last) {
        Reply.Builder b = Reply.builder(Reply.Kind.FEEDBACK).heading("Feedback on your follow-up answer");
        List<Block> own = c.feedback().stream().filter(x -> !(x instanceof Block.Heading)).toList();
        if (own.isEmpty()) {
            b.fields(List.of(new Block.Field("Verdict", c.overall().label())));
            b.bullets("To make it stronger", c.tips().stream().limit(MAX_TIPS).toList());
        } else {
            b.blocks(own);
        }
        return withNext(b, q, followUp, last);
    }

    private static Reply withNext(Reply.Builder b, Question q, Optional<String> followUp, boolean last) {
        if (followUp.isPresent()) {
            List<String> tags = q.lps().stream().map(LeadershipPrinciple::displayName).toList();
            b.block(new Block.QuestionCard(q.id().value(), "Follow-up", followUp.get(), tags));
            b.paragraph("Reply here to answer it, the way you would in the interview.");
            b.actions(Action.ANSWER_IN_THREAD);
        }
        if (last) {
            b.paragraph("That's the last coaching I give in this thread. For a full practice round with more follow-ups, "
                    + "start a private /mockinterview.");
        }
        return b.build();
    }

    /** The overall vote of a reply made by {@link #coaching}, read from its "Overall" field. */
    public static Optional<Vote> overallOf(Reply coaching) {
        return coaching.blocks().stream().filter(Block.Fields.class::isInstance).map(Block.Fields.class::cast)
                .flatMap(f -> f.fields().stream()).filter(f -> f.name().equals("Overall")).findFirst()
                .flatMap(f -> Vote.ofLabel(f.value()));
    }

    private static List<Block.Field> fields(Question q, Coaching c) {
        List<Block.Field> fields = new ArrayList<>();
        fields.add(new Block.Field("Overall", c.overall().label()));
        int shown = 0;
        for (LeadershipPrinciple lp : q.lps()) {
            Vote v = c.votes().get(lp);
            if (v != null && shown < MAX_LP_FIELDS) {
                fields.add(new Block.Field(lp.displayName(), v.label()));
                shown++;
            }
        }
        for (Map.Entry<LeadershipPrinciple, Vote> e : c.votes().entrySet()) {
            if (!q.lps().contains(e.getKey()) && shown < MAX_LP_FIELDS) {
                fields.add(new Block.Field(e.getKey().displayName(), e.getValue().label()));
                shown++;
            }
        }
        AnswerSummary s = c.summary();
        if (s != null && c.rubric() == dev.loopcoach.core.coaching.RubricKind.BEHAVIORAL) {
            fields.add(new Block.Field("STAR", star(s)));
            fields.add(new Block.Field("Numbers", s.quantified() ? "yes" : "none yet"));
        }
        if (s != null) {
            fields.add(new Block.Field("Words", Integer.toString(s.words())));
        }
        return fields;
    }

    private static String star(AnswerSummary s) {
        List<String> missing = new ArrayList<>();
        if (!s.situation()) {
            missing.add("Situation");
        }
        if (!s.task()) {
            missing.add("Task");
        }
        if (!s.action()) {
            missing.add("Action");
        }
        if (!s.result()) {
            missing.add("Result");
        }
        return missing.isEmpty() ? "complete" : "missing " + String.join(", ", missing);
    }

    public static Reply nudge() {
        return Reply.info("To get coaching here, reply with your full answer: one real story, Situation, Task, Action, Result, "
                + "in your own words (a few sentences at least).");
    }

    /**
     * @param platform where the person is: Slack's adapter does not pass on replies of muted people, so there
     *        the way back is its /coach unmute command; elsewhere the thread word works
     */
    public static Reply muted(String platform) {
        return Reply.info("Done: I won't coach your replies in daily threads any more. Turn it back on with " + wayBack(platform) + ".");
    }

    /** How a person turns thread coaching back on, on their platform. */
    private static String wayBack(String platform) {
        return "slack".equals(platform) ? "/coach unmute" : "a reply saying \"" + DailyView.UNMUTE_WORD + "\" in a daily thread";
    }

    public static Reply snoozed(String platform, java.time.LocalDate until) {
        String back = wayBack(platform);
        return Reply.info("Done: I won't coach your replies in daily threads until "
                + until.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.ROOT))
                + " (included); it comes back on by itself after that. Sooner with " + back + ".");
    }

    public static Reply unmuted() {
        return Reply.info("Thread coaching is back on for you: reply to a daily question with your answer and I'll coach it.");
    }
}
