package dev.loopcoach.core.session;

import dev.loopcoach.core.CoachSettings;
import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.AnswerCoach;
import dev.loopcoach.core.coaching.Coaching;
import dev.loopcoach.core.coaching.FollowUp;
import dev.loopcoach.core.coaching.ProbeWording;
import dev.loopcoach.core.lp.PrincipleGuides;
import dev.loopcoach.core.port.PracticeEntry;
import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.writing.Words;
import dev.loopcoach.core.writing.WritingAnalyzer;
import dev.loopcoach.core.writing.WritingReport;
import dev.loopcoach.core.writing.WritingTarget;
import dev.loopcoach.core.writing.WritingView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The interview state machine. Each method takes the current session and returns the next one with the
 * reply to show; sessions are immutable, so a caller stores the result only when it commits.
 */
public final class InterviewEngine {
    private final QuestionBank bank;
    private final AnswerCoach coach;
    private final PrincipleGuides guides;
    private final Map<SessionKind, SessionSummarizer> summarizers;
    private final SessionSummarizer fallbackSummary;
    private final WritingAnalyzer writing = new WritingAnalyzer();
    /** About 10,000 words: far past the longest written exercise, small enough to store and review at once. */
    static final int MAX_DRAFT_CHARS = 60_000;

    public InterviewEngine(QuestionBank bank, AnswerCoach coach, PrincipleGuides guides,
                           Map<SessionKind, SessionSummarizer> summarizers, CoachSettings settings) {
        this.bank = bank;
        this.coach = coach;
        this.guides = guides;
        this.summarizers = Map.copyOf(summarizers);
        this.fallbackSummary = new PracticeSummary(bank);
    }

    /** The first prompt of a freshly planned session. */
    public Reply opening(InterviewSession s, String pickReason) {
        Position at = Position.start();
        return SessionView.askMain(s, at, question(s, at), pickReason);
    }

    public Transition answer(InterviewSession s, String text, Instant now) {
        SessionState state = s.state();
        if (state instanceof SessionState.AwaitingAnswer a) {
            if (isWriting(s, a.at())) {
                // the time box runs from the prompt, the session's last change before this first part
                return addToDraft(s, a.at(), List.of(), text, s.updatedAt(), now);
            }
            return answerMain(s, a, text, now);
        }
        if (state instanceof SessionState.Drafting d) {
            return addToDraft(s, d.at(), d.parts(), text, d.started().orElse(now), now);
        }
        if (state instanceof SessionState.AwaitingFollowUpAnswer f) {
            return answerFollowUp(s, f, text, now);
        }
        return new Transition(s, finishedReply(), List.of());
    }

    private Transition answerMain(InterviewSession s, SessionState.AwaitingAnswer a, String text, Instant now) {
        Question q = question(s, a.at());
        Coaching c = coach.coach(q, s.plan().level(), text, List.of());
        Reply.Builder feedback = Reply.builder(Reply.Kind.FEEDBACK).blocks(c.feedback());
        if (s.plan().timed()) {
            // the question was asked with the session's last change
            feedback.paragraph(AnswerTimer.taken(s.updatedAt(), now));
        }
        return concludeMain(s, a.at(), q, text, c, feedback.build(), now);
    }

    /** Records the answer to a main question, then asks its first follow-up or moves on. */
    private Transition concludeMain(InterviewSession s, Position at, Question q, String text, Coaching c, Reply feedback,
                                    Instant now) {
        Turn turn = turn(s, at, q, Turn.Kind.QUESTION, q.text(), "", text, c, now);
        PracticeEntry entry = new PracticeEntry(q.id(), q.category(), q.lps(), c.votes(), Optional.of(c.overall()), now);

        int maxFollowUps = s.round(at).maxFollowUps();
        List<FollowUp> planned = c.followUps().stream().limit(maxFollowUps).toList();
        if (!planned.isEmpty()) {
            FollowUp first = planned.get(0);
            List<SessionState.QueuedFollowUp> queued = planned.subList(1, planned.size()).stream()
                    .map(SessionState.QueuedFollowUp::of).toList();
            SessionState next = new SessionState.AwaitingFollowUpAnswer(at, first.text(), first.reason(),
                    List.of(first.text()), queued, first.intent());
            InterviewSession after = s.withTurn(turn, next, now);
            return new Transition(after, feedback.then(SessionView.askFollowUp(after, q, first.text(), first.reason())), List.of(entry));
        }
        InterviewSession after = s.withTurn(turn, s.state(), now);
        Transition moved = advance(after, at, now);
        return new Transition(moved.next(), feedback.then(moved.reply()), List.of(entry));
    }

    private boolean isWriting(InterviewSession s, Position at) {
        return question(s, at).category() == Category.WRITING;
    }

    /** A written answer grows message by message; nothing is judged until /done. */
    private Transition addToDraft(InterviewSession s, Position at, List<String> parts, String text, Instant since, Instant now) {
        int chars = parts.stream().mapToInt(String::length).sum() + text.length();
        if (chars > MAX_DRAFT_CHARS) {
            return new Transition(s, withActions(Reply.error("That part would take your draft past " + String.format(Locale.ROOT,
                    "%,d", MAX_DRAFT_CHARS) + " characters, far beyond the 4 pages the exercise allows, so I did not add it. "
                    + "Your draft is unchanged (" + (parts.isEmpty() ? "empty" : Words.count(String.join(" ", parts)) + " words")
                    + "). Hand it in as it is, or send a shorter part."), Action.ANSWER, Action.HAND_IN, Action.END), List.of());
        }
        List<String> all = new ArrayList<>(parts);
        all.add(text);
        InterviewSession after = s.with(new SessionState.Drafting(at, all, since), now);
        return new Transition(after, SessionView.draftReceived(after, question(s, at), all,
                WritingClock.of(since, now, s.round(at).timeBoxMinutes())), List.of());
    }

    private static Reply withActions(Reply r, Action... actions) {
        return new Reply(r.kind(), r.blocks(), List.of(actions));
    }

    /** /done: reviews the whole draft as writing, records it as the answer, then goes on as after any answer. */
    public Transition finishDraft(InterviewSession s, Instant now) {
        SessionState state = s.state();
        if (state instanceof SessionState.Drafting d) {
            Question q = question(s, d.at());
            String draft = d.text();
            // the pipeline's writing rubric votes on the memo; the review shown is the same memo report it rests on
            WritingReport report = writing.analyze(draft, Optional.of(WritingTarget.forPrompt(q)));
            Coaching c = coach.coach(q, draft, List.of());
            Reply feedback = WritingView.feedback(report).then(SessionView.principleReading(c));
            if (d.started().isPresent()) {
                feedback = Reply.info(WritingClock.of(d.started().get(), now, s.round(d.at()).timeBoxMinutes()).handedIn())
                        .then(feedback);
            }
            return concludeMain(s, d.at(), q, draft, c, feedback, now);
        }
        if (state instanceof SessionState.AwaitingAnswer a && isWriting(s, a.at())) {
            return new Transition(s, Reply.error("Nothing to hand in yet: write your answer first (several messages are fine), "
                    + "then hand it in."), List.of());
        }
        if (s.finished()) {
            return new Transition(s, finishedReply(), List.of());
        }
        return new Transition(s, Reply.error("There is no written draft to hand in: that finishes a written exercise. "
                + "For this question, just send your answer as a message."), List.of());
    }

    private Transition answerFollowUp(InterviewSession s, SessionState.AwaitingFollowUpAnswer f, String text, Instant now) {
        Question q = question(s, f.at());
        Coaching c = coach.coachFollowUp(q, f.pending(), storyOf(s, f.at()), text, f.asked());
        Turn turn = turn(s, f.at(), q, Turn.Kind.FOLLOW_UP, f.probe(), f.reason(), text, c, now);
        Reply feedback = Reply.builder(Reply.Kind.FEEDBACK).blocks(c.feedback()).build();
        int maxFollowUps = s.round(f.at()).maxFollowUps();
        if (f.asked().size() < maxFollowUps) {
            Optional<SessionState.QueuedFollowUp> next = nextProbe(c, f);
            if (next.isPresent()) {
                List<String> asked = new ArrayList<>(f.asked());
                asked.add(next.get().text());
                List<SessionState.QueuedFollowUp> queued = f.queued().stream()
                        .filter(x -> !x.text().equals(next.get().text())).toList();
                SessionState state = new SessionState.AwaitingFollowUpAnswer(f.at(), next.get().text(), next.get().reason(), asked, queued,
                        next.get().intent() != null ? next.get().intent() : ProbeWording.guess(next.get().text()));
                InterviewSession after = s.withTurn(turn, state, now);
                return new Transition(after, feedback.then(SessionView.askFollowUp(after, q, next.get().text(), next.get().reason())), List.of());
            }
        }
        InterviewSession after = s.withTurn(turn, s.state(), now);
        Transition moved = advance(after, f.at(), now);
        return new Transition(moved.next(), feedback.then(moved.reply()), List.of());
    }

    /** The main answer the probes at {@code at} follow: the story a reply must stay with. */
    private static String storyOf(InterviewSession s, Position at) {
        String story = "";
        for (Turn t : s.transcript()) {
            if (t.kind() == Turn.Kind.QUESTION && t.round() == at.round() && t.questionId().equals(s.questionAt(at))) {
                story = t.answer();
            }
        }
        return story;
    }

    /** Prefer a probe the new answer calls for (a fresh gap); otherwise the next one planned earlier. */
    private static Optional<SessionState.QueuedFollowUp> nextProbe(Coaching c, SessionState.AwaitingFollowUpAnswer f) {
        for (FollowUp fu : c.followUps()) {
            if (!f.asked().contains(fu.text())) {
                return Optional.of(SessionState.QueuedFollowUp.of(fu));
            }
        }
        return f.queued().stream().filter(x -> !f.asked().contains(x.text())).findFirst();
    }

    public Transition hint(InterviewSession s, Instant now) {
        SessionState state = s.state();
        if (state instanceof SessionState.AwaitingAnswer a && isWriting(s, a.at())) {
            return new Transition(s, SessionView.writingHint(question(s, a.at()), List.of()), List.of());
        }
        if (state instanceof SessionState.AwaitingAnswer a) {
            Question q = question(s, a.at());
            List<String> hints = hintsFor(q);
            String hint = hints.get(Math.min(a.hintsShown(), hints.size() - 1));
            boolean more = a.hintsShown() + 1 < hints.size();
            Reply reply = Reply.builder(Reply.Kind.INFO)
                    .heading("Hint" + (hints.size() > 1 ? " " + Math.min(a.hintsShown() + 1, hints.size()) + " of " + hints.size() : ""))
                    .paragraph(hint)
                    .paragraph(more ? "Ask again for another hint, or answer when ready." : "That was the last hint. You've got this: answer when ready.")
                    .actions(Action.ANSWER, Action.HINT, Action.SKIP, Action.END)
                    .build();
            return new Transition(s.with(new SessionState.AwaitingAnswer(a.at(), a.hintsShown() + 1), now), reply, List.of());
        }
        if (state instanceof SessionState.Drafting d) {
            Question q = question(s, d.at());
            return new Transition(s, SessionView.writingHint(q, d.parts()), List.of());
        }
        if (state instanceof SessionState.AwaitingFollowUpAnswer f) {
            Reply.Builder b = Reply.builder(Reply.Kind.INFO)
                    .heading("Hint")
                    .paragraph("Answer the follow-up directly in 3-5 sentences: give the specific fact it asks for "
                            + "(a number, a name, a decision, what you personally did), then one sentence on why it mattered.");
            if (!f.reason().isBlank()) {
                b.paragraph("Why it is asked: " + f.reason());
            }
            Reply reply = b.actions(Action.ANSWER, Action.SKIP, Action.END).build();
            return new Transition(s, reply, List.of());
        }
        return new Transition(s, finishedReply(), List.of());
    }

    private List<String> hintsFor(Question q) {
        List<String> hints = new ArrayList<>(q.tips());
        q.primaryLp().ifPresent(lp -> {
            var guide = guides.of(lp);
            if (guide != null && !guide.listenFor().isEmpty()) {
                hints.add("For " + lp.displayName() + ", interviewers listen for: " + String.join("; ", guide.listenFor()) + ".");
            }
        });
        hints.add(SessionView.howToAnswer(q));
        return hints;
    }

    public Transition skip(InterviewSession s, Instant now) {
        SessionState state = s.state();
        if (state instanceof SessionState.AwaitingAnswer a) {
            Question q = question(s, a.at());
            Turn skipped = new Turn(a.at().round(), q.id(), Turn.Kind.SKIPPED, q.text(), "", "", null, Map.of(), Map.of(), null, List.of(), now);
            PracticeEntry entry = new PracticeEntry(q.id(), q.category(), q.lps(), Map.of(), Optional.empty(), now);
            InterviewSession after = s.withTurn(skipped, state, now);
            Transition moved = advance(after, a.at(), now);
            Reply note = Reply.info("Skipped. In a real loop, say so honestly and offer another example; interviewers respect that more than a weak story.");
            return new Transition(moved.next(), note.then(moved.reply()), List.of(entry));
        }
        if (state instanceof SessionState.AwaitingFollowUpAnswer f) {
            Transition moved = advance(s, f.at(), now);
            return new Transition(moved.next(), Reply.info("Follow-up skipped; moving on.").then(moved.reply()), List.of());
        }
        if (state instanceof SessionState.Drafting d) {
            Question q = question(s, d.at());
            PracticeEntry entry = new PracticeEntry(q.id(), q.category(), q.lps(), Map.of(), Optional.empty(), now);
            InterviewSession after = s.withTurn(unsubmitted(s, d, q, now), state, now);
            Transition moved = advance(after, d.at(), now);
            Reply note = Reply.info("Skipped the written exercise. Your draft (" + Words.count(d.text())
                    + " words) stays in the transcript, not assessed.");
            return new Transition(moved.next(), note.then(moved.reply()), List.of(entry));
        }
        return new Transition(s, finishedReply(), List.of());
    }

    public Reply repeat(InterviewSession s) {
        SessionState state = s.state();
        if (state instanceof SessionState.AwaitingAnswer a) {
            return SessionView.askMain(s, a.at(), question(s, a.at()), null);
        }
        if (state instanceof SessionState.AwaitingFollowUpAnswer f) {
            return SessionView.askFollowUp(s, question(s, f.at()), f.probe(), f.reason());
        }
        if (state instanceof SessionState.Drafting d) {
            return SessionView.askMain(s, d.at(), question(s, d.at()), null).then(SessionView.draftStatus(s, question(s, d.at()), d.parts()));
        }
        return finishedReply();
    }

    /** Welcome back: where the session stands and the pending prompt. */
    public Reply resume(InterviewSession s) {
        long answered = s.transcript().stream().filter(Turn::answered).count();
        Reply intro = Reply.info("Welcome back. Your interview continues where you left it ("
                + answered + (answered == 1 ? " answer" : " answers") + " so far, all kept).");
        return intro.then(repeat(s));
    }

    public Transition end(InterviewSession s, Instant now) {
        if (s.finished()) {
            return new Transition(s, finishedReply(), List.of());
        }
        InterviewSession kept = s;
        if (s.state() instanceof SessionState.Drafting d) {
            // An unsubmitted draft is the user's work: keep it in the transcript.
            kept = s.withTurn(unsubmitted(s, d, question(s, d.at()), now), s.state(), now);
        }
        InterviewSession done = kept.with(new SessionState.Finished(now, false), now);
        return new Transition(done, summarize(done), List.of());
    }

    private static Turn unsubmitted(InterviewSession s, SessionState.Drafting d, Question q, Instant now) {
        return new Turn(d.at().round(), q.id(), Turn.Kind.SKIPPED, q.text(), "", d.text(), null, Map.of(), Map.of(), null,
                List.of(), now);
    }

    public Reply summarize(InterviewSession s) {
        return summarizers.getOrDefault(s.plan().kind(), fallbackSummary).summarize(s);
    }

    /** Moves past the question at {@code from}: the next main question, or the summary at the end. */
    private Transition advance(InterviewSession s, Position from, Instant now) {
        Position next = s.after(from);
        if (next == null) {
            InterviewSession done = s.with(new SessionState.Finished(now, true), now);
            return new Transition(done, Reply.info("That was the last question.").then(summarize(done)), List.of());
        }
        if (bank.find(s.questionAt(next)).isEmpty()) {
            InterviewSession done = s.with(new SessionState.Finished(now, false), now);
            return new Transition(done, Reply.info("The next question (" + s.questionAt(next) + ") is no longer in the question "
                    + "bank; its custom question pack was probably removed. So the interview ends here.").then(summarize(done)), List.of());
        }
        InterviewSession moved = s.with(new SessionState.AwaitingAnswer(next, 0), now);
        return new Transition(moved, SessionView.askMain(moved, next, question(moved, next), moved.round(next).reason(next.question())), List.of());
    }

    /**
     * The id of the question the session waits on when that question is no longer in the bank (a custom pack was
     * removed since the session was planned); empty when it is there or nothing is pending.
     */
    public Optional<QuestionId> vanishedQuestion(InterviewSession s) {
        Position at = SessionService.position(s.state());
        if (at == null) {
            return Optional.empty();
        }
        QuestionId id = s.questionAt(at);
        return bank.find(id).isPresent() ? Optional.empty() : Optional.of(id);
    }

    /**
     * Ends a session whose pending question vanished from the bank, explaining why, with the summary.
     * @param userText what the user just sent (quoted back, as it cannot be used), or null
     */
    public Transition endVanished(InterviewSession s, QuestionId id, String userText, Instant now) {
        long answered = s.transcript().stream().filter(Turn::answered).count();
        InterviewSession done = s.with(new SessionState.Finished(now, false), now);
        Reply.Builder why = Reply.builder(Reply.Kind.INFO)
                .paragraph("The question you were on (" + id + ") is no longer in the question bank; its custom question pack "
                        + "was probably removed. I ended this interview; your " + answered
                        + (answered == 1 ? " answer is" : " answers are") + " kept in your progress. Start a fresh one with /mockinterview.");
        if (userText != null) {
            why.paragraph("Your message could not be used as an answer; here it is so nothing is lost:").quote(userText);
        }
        return new Transition(done, why.build().then(summarize(done)), List.of());
    }

    public Question question(InterviewSession s, Position at) {
        return bank.find(s.questionAt(at)).orElseThrow(() -> new IllegalStateException(
                "question " + s.questionAt(at) + " is no longer in the bank"));
    }

    private static Turn turn(InterviewSession s, Position at, Question q, Turn.Kind kind, String prompt, String reason,
                             String answer, Coaching c, Instant now) {
        return new Turn(at.round(), q.id(), kind, prompt, reason, answer, c.summary(), c.votes(), c.evidence(),
                c.overall(), c.tips(), now, c.findings());
    }

    private static Reply finishedReply() {
        return Reply.builder(Reply.Kind.INFO)
                .paragraph("This interview has ended. Start a new one with /mockinterview.")
                .actions(Action.NEW_INTERVIEW).build();
    }

}
