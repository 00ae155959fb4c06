package dev.loopcoach.core.session;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.coaching.Coaching;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.writing.Words;
import dev.loopcoach.core.writing.WritingTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Platform-neutral rendering of interview prompts. */
public final class SessionView {
    public static final String STAR_REMINDER =
            "Answer with one real story in STAR form (Situation, Task, Action, Result), about 2 minutes "
                    + "(260-320 words), saying \"I\" for what you did and ending with a measurable result.";

    public static final String CASE_REMINDER =
            "Think out loud, about 5-10 minutes in a real interview: clarify the goal, name the customers and their pain "
                    + "points, propose options, prioritize with a reason, say how you would measure success, and name the "
                    + "biggest risk or trade-off. Here \"I would\" is expected.";

    public static final String RECRUITER_REMINDER =
            "A screen answer, not a story: 30 to 90 seconds (about 70-200 words), specific about what you did, why you "
                    + "want this, and how your record fits this role and the Leadership Principles.";

    private SessionView() {
    }

    /** How to answer a question of this type, by the rubric that will judge it. */
    public static String howToAnswer(Question q) {
        return switch (dev.loopcoach.core.coaching.RubricKind.forCategory(q.category())) {
            case CASE -> CASE_REMINDER;
            case RECRUITER -> RECRUITER_REMINDER;
            default -> STAR_REMINDER;
        };
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
        if (q.category() == Category.WRITING) {
            b.paragraph(writingInstructions(q, round));
            b.block(new Block.Deadline("Time box ends", s.updatedAt().plus(java.time.Duration.ofMinutes(round.timeBoxMinutes()))));
        } else if (q.category() != Category.BEHAVIORAL) {
            // case and screen questions are not stories; remind at the start of each round
            if (s.ordinal(at) == 1 || at.question() == 0) {
                b.paragraph(howToAnswer(q));
            }
        } else if (s.ordinal(at) == 1) {
            b.paragraph(STAR_REMINDER);
        }
        if (s.plan().timed() && q.category() != Category.WRITING) {
            b.block(AnswerTimer.deadline(s.updatedAt()));
        }
        return b.actions(Action.ANSWER, Action.HINT, Action.SKIP, Action.END).build();
    }

    /** How a written answer works: length, several messages, /done, time box. */
    public static String writingInstructions(Question q, Round round) {
        return "Write it as a memo of " + WritingTarget.forPrompt(q).description() + ". Send it in as many messages as you "
                + "like (or a text file, where your chat allows it); each one is added to your draft. When it is finished, "
                + "hand it in and I will review it. Time box: about " + round.timeBoxMinutes()
                + " minutes; the real exercise often comes with a 48-hour window.";
    }

    /** The acknowledgement for one more part of a written answer. */
    public static Reply draftReceived(InterviewSession s, Question q, List<String> parts, WritingClock clock) {
        Reply.Builder b = Reply.builder(Reply.Kind.INFO)
                .paragraph("Got it: " + draftSize(q, parts) + ". " + clock.sofar() + " Send more, or hand it in when it is finished.");
        clock.endsAt().ifPresent(at -> b.block(new Block.Deadline("Time box ends", at)));
        return b.actions(Action.ANSWER, Action.HAND_IN, Action.HINT, Action.END).build();
    }

    /** Where a written answer stands, for /repeat and /resume. */
    public static Reply draftStatus(InterviewSession s, Question q, List<String> parts) {
        return Reply.builder(Reply.Kind.INFO)
                .paragraph("Your draft so far: " + draftSize(q, parts) + ". Keep writing, or hand it in when it is finished.")
                .actions(Action.ANSWER, Action.HAND_IN, Action.HINT, Action.END)
                .build();
    }

    private static String draftSize(Question q, List<String> parts) {
        int words = Words.count(String.join(" ", parts));
        WritingTarget target = WritingTarget.forPrompt(q);
        return words + (words == 1 ? " word" : " words") + " in " + parts.size() + (parts.size() == 1 ? " part" : " parts")
                + " (target " + String.format(Locale.ROOT, "%,d", target.words()) + ", at most "
                + String.format(Locale.ROOT, "%,d", target.max()) + ")";
    }

    /** Hints while drafting: the prompt's tips and the house style. */
    public static Reply writingHint(Question q, List<String> parts) {
        List<String> tips = new ArrayList<>(q.tips());
        tips.add("Put the point first: your recommendation, ask or result, with its number, in the first two sentences.");
        tips.add("Keep sentences under 30 words, use numbers instead of adjectives, drop weasel words (nearly, significantly, "
                + "should, might) and spell out every acronym the first time.");
        return Reply.builder(Reply.Kind.INFO)
                .heading("Writing hints")
                .bullets("", tips)
                .paragraph(parts.isEmpty() ? "Nothing drafted yet: send your first paragraph whenever you are ready."
                        : "Your draft so far: " + draftSize(q, parts) + ".")
                .actions(Action.ANSWER, Action.END)
                .build();
    }

    /** One line on how the loop would read a written answer, principle by principle. */
    public static Reply principleReading(Coaching c) {
        if (c.votes().isEmpty()) {
            return Reply.builder(Reply.Kind.FEEDBACK).build();
        }
        List<String> parts = new ArrayList<>();
        c.votes().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> parts.add(e.getKey().displayName() + ": " + e.getValue().label()));
        return Reply.builder(Reply.Kind.FEEDBACK)
                .paragraph("How an interviewer would read it: " + String.join("; ", parts) + " (overall " + c.overall().label() + ").")
                .build();
    }

    public static Reply askFollowUp(InterviewSession s, Question q, String probe, String reason) {
        Reply.Builder b = Reply.builder(Reply.Kind.QUESTION).block(followUpCard(s, q, probe));
        if (reason != null && !reason.isBlank()) {
            b.paragraph("Why I ask: " + reason);
        }
        return b.actions(Action.ANSWER, Action.HINT, Action.SKIP, Action.END).build();
    }
}
