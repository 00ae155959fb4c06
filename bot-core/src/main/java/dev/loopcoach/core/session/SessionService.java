package dev.loopcoach.core.session;

import dev.loopcoach.core.CoachSettings;
import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.ConcurrentUpdateException;
import dev.loopcoach.core.port.PracticeLog;
import dev.loopcoach.core.port.SessionStore;
import dev.loopcoach.core.port.StoredSession;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.selection.Pick;
import dev.loopcoach.core.selection.QuestionSelector;
import dev.loopcoach.core.selection.SelectionRequest;
import dev.loopcoach.core.writing.WritingTarget;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Interview use cases: start, answer, hint, skip, repeat, end, resume. Every change is written with the
 * version it was read at; a conflicting write from another process is retried on fresh state when it is
 * safe, otherwise reported to the user with their text quoted back, never silently dropped.
 */
public final class SessionService {
    private static final Logger log = LoggerFactory.getLogger(SessionService.class);
    private static final int ATTEMPTS = 3;
    private static final int MAX_CLOSED_AT_ONCE = 20;

    private final InterviewEngine engine;
    private final QuestionSelector selector;
    private final SessionStore sessions;
    private final PracticeLog practice;
    private final Clock clock;
    private final RandomGenerator random;
    private final CoachSettings settings;

    public SessionService(InterviewEngine engine, QuestionSelector selector, SessionStore sessions, PracticeLog practice,
                          Clock clock, RandomGenerator random, CoachSettings settings) {
        this.engine = engine;
        this.selector = selector;
        this.sessions = sessions;
        this.practice = practice;
        this.clock = clock;
        this.random = random;
        this.settings = settings;
    }

    public InterviewEngine engine() {
        return engine;
    }

    /** Starts a practice interview (several questions) or a single question. */
    public Reply startPractice(UserKey user, SessionKind kind, Optional<Category> type, Optional<Level> level,
                               Optional<LeadershipPrinciple> lp) {
        return startPractice(user, kind, type, level, lp, false);
    }

    /** @param timed each answer gets a two-minute target, and its feedback says how long it took */
    public Reply startPractice(UserKey user, SessionKind kind, Optional<Category> type, Optional<Level> level,
                               Optional<LeadershipPrinciple> lp, boolean timed) {
        Level lvl = level.orElse(settings.defaultLevel());
        Optional<Category> category = type.isPresent() ? type : Optional.of(Category.BEHAVIORAL);
        int count = kind == SessionKind.SINGLE ? 1 : settings.questionsPerInterview();
        Instant now = clock.now();
        SelectionRequest request = new SelectionRequest(category, lvl, lp, count, Set.of());
        List<Pick> picks = selector.pick(request, practice.entries(user), now, random);
        if (picks.isEmpty()) {
            String what = category.map(Category::label).orElse("") + " question" + lp.map(p -> " for " + p.displayName()).orElse("");
            if (selector.hasMatching(request)) {
                return Reply.error("The only " + what + " is the one you just practised, and I never ask the same question "
                        + "twice in a row. Try another type or principle now, and this one again later.");
            }
            return Reply.error("I have no " + what + " yet. Try another type or principle, or /help.");
        }
        Round round = new Round(kind == SessionKind.SINGLE ? "Practice question" : "Mock interview", Interviewer.coach(),
                picks.stream().map(p -> p.question().id()).toList(), picks.stream().map(Pick::reason).toList(),
                settings.followUpsPerQuestion(), kind == SessionKind.SINGLE ? 10 : 45);
        SessionPlan plan = new SessionPlan(kind, category, lvl, lp, List.of(round), timed);
        return begin(user, plan, now);
    }

    /**
     * Starts a one-question session on exactly the question the user chose (by its id), with follow-ups as usual. The
     * level is the one asked for, else the default level when the question fits it, else the first level it fits. A
     * writing prompt is drafted over several messages with its own time box.
     */
    public Reply startChosen(UserKey user, Question q, Optional<Level> level, Optional<LeadershipPrinciple> focus) {
        Level lvl = level.orElseGet(() -> q.fits(settings.defaultLevel()) ? settings.defaultLevel()
                : Arrays.stream(Level.values()).filter(q::fits).findFirst().orElse(settings.defaultLevel()));
        boolean writing = q.category() == Category.WRITING;
        Round round = new Round("Practice question", Interviewer.coach(), List.of(q.id()), List.of("you asked for it by its id"),
                writing ? 0 : settings.followUpsPerQuestion(), writing ? WritingTarget.forPrompt(q).minutes() : 10);
        SessionPlan plan = new SessionPlan(SessionKind.SINGLE, Optional.of(q.category()), lvl, focus, List.of(round));
        return begin(user, plan, clock.now());
    }

    /**
     * Stores a planned session (closing any unfinished one first) and returns its opening prompt. When an unfinished
     * session keeps being changed elsewhere, nothing starts and the user is asked to try again.
     */
    public Reply begin(UserKey user, SessionPlan plan, Instant now) {
        Closing closing = closeUnfinished(user, now);
        if (!closing.done()) {
            return closing.note();
        }
        InterviewSession s = new InterviewSession(SessionId.random(), user, plan,
                new SessionState.AwaitingAnswer(Position.start(), 0), List.of(), now, now);
        sessions.create(s);
        log.debug("session {} started for {} ({} questions)", s.id(), user, plan.totalQuestions());
        Reply opening = engine.opening(s, plan.rounds().get(0).reason(0));
        return closing.note() == null ? opening : closing.note().then(opening);
    }

    /** Whether every unfinished session is closed, and what to tell the user about it (null: nothing was open). */
    private record Closing(boolean done, Reply note) {
    }

    /** Closes every unfinished session of the user (two processes may each have started one). */
    private Closing closeUnfinished(UserKey user, Instant now) {
        long answered = 0;
        int closed = 0;
        int conflicts = 0;
        while (conflicts < ATTEMPTS && closed < MAX_CLOSED_AT_ONCE) {
            Optional<StoredSession> active = sessions.findActive(user);
            if (active.isEmpty()) {
                break;
            }
            InterviewSession old = active.get().session();
            try {
                sessions.update(old.with(new SessionState.Finished(now, false), now), active.get().version());
                answered += old.transcript().stream().filter(Turn::answered).count();
                closed++;
            } catch (ConcurrentUpdateException e) {
                conflicts++;
                log.debug("retrying close of session {}: {}", old.id(), e.getMessage());
            }
        }
        if (sessions.findActive(user).isPresent()) {
            log.warn("could not close the unfinished sessions of {} ({} conflicting writes)", user, conflicts);
            return new Closing(false, Reply.error("Your previous interview is being changed from somewhere else right now, "
                    + "so I did not start a new one; please try again."));
        }
        if (closed == 0) {
            return new Closing(true, null);
        }
        String kept = " (" + answered + (answered == 1 ? " answer" : " answers") + ", all kept in your progress).";
        return new Closing(true, Reply.info(closed == 1 ? "Your previous interview was closed" + kept
                : "Your " + closed + " previous interviews were closed" + kept));
    }

    public Reply answer(UserKey user, String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return Reply.error("That answer was empty. Type your story (or /skip, /hint, /end).");
        }
        if (trimmed.length() > settings.maxAnswerChars() && awaitsLongText(user)) {
            return Reply.error("That part is " + trimmed.length() + " characters; I take up to " + settings.maxAnswerChars()
                    + " in one message. Send your memo in several parts (each is added to your draft), then hand it in.");
        }
        if (trimmed.length() > settings.maxAnswerChars()) {
            return Reply.error("That answer is " + trimmed.length() + " characters; I take up to " + settings.maxAnswerChars()
                    + " in one go. Spoken answers run about 2 minutes (roughly 1,800 characters): trim it and send it again.");
        }
        return mutate(user, "answer", (s, now) -> engine.answer(s, trimmed, now), trimmed);
    }

    /** Hands in the written answer drafted so far (/done). */
    public Reply finishDraft(UserKey user) {
        return mutate(user, "finish draft", engine::finishDraft, null);
    }

    public Reply hint(UserKey user) {
        return mutate(user, "hint", engine::hint, null);
    }

    public Reply skip(UserKey user) {
        return mutate(user, "skip", engine::skip, null);
    }

    public Reply end(UserKey user) {
        return mutate(user, "end", engine::end, null);
    }

    /** Shows the pending prompt again; writes nothing (unless the session has to end, see {@link #mutate}). */
    public Reply repeat(UserKey user) {
        return mutate(user, "repeat", (s, now) -> new Transition(s, engine.repeat(s), List.of()), null);
    }

    public Reply resume(UserKey user) {
        if (sessions.findActive(user).isPresent()) {
            return mutate(user, "resume", (s, now) -> new Transition(s, engine.resume(s), List.of()), null);
        }
        return Reply.builder(Reply.Kind.INFO)
                .paragraph("You have no unfinished interview. Start one with /mockinterview.")
                .actions(Action.NEW_INTERVIEW).build();
    }

    /** A one-line reminder when the user has an interview waiting, for replies to other commands. */
    public Optional<String> pendingReminder(UserKey user) {
        return sessions.findActive(user).map(s -> {
            InterviewSession session = s.session();
            Position at = position(session.state());
            String where = at == null ? "" : " at question " + session.ordinal(at) + " of " + session.plan().totalQuestions();
            return "You have an unfinished interview" + where + ". Use /resume to continue it.";
        });
    }

    /** True while the user's interview waits for a long written answer (sent in several messages, ended by /done). */
    public boolean awaitsLongText(UserKey user) {
        return sessions.findActive(user).map(s -> {
            SessionState state = s.session().state();
            if (state instanceof SessionState.Drafting) {
                return true;
            }
            if (!(state instanceof SessionState.AwaitingAnswer a)) {
                return false;
            }
            return engine.vanishedQuestion(s.session()).isEmpty()
                    && engine.question(s.session(), a.at()).category() == dev.loopcoach.core.bank.Category.WRITING;
        }).orElse(false);
    }

    public Optional<InterviewSession> active(UserKey user) {
        return sessions.findActive(user).map(StoredSession::session);
    }

    private interface Move {
        Transition apply(InterviewSession s, Instant now);
    }

    /**
     * Applies a move to the user's active session and stores the result at the version it was read. A session whose
     * pending question is no longer in the bank cannot go on: it ends with an explanation instead of the move.
     */
    private Reply mutate(UserKey user, String what, Move move, String userText) {
        SessionState expected = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<StoredSession> active = sessions.findActive(user);
            if (active.isEmpty()) {
                return expected == null ? noSession(userText) : movedOn(userText, Optional.empty());
            }
            StoredSession stored = active.get();
            if (expected != null && !expected.equals(stored.session().state())) {
                // Another process moved the interview on; applying this input now would land on another question.
                return movedOn(userText, Optional.of(stored.session()));
            }
            expected = stored.session().state();
            Optional<QuestionId> vanished = engine.vanishedQuestion(stored.session());
            if (vanished.isPresent()) {
                log.warn("session {} of {} waits on question {}, which is no longer in the bank; ending it",
                        stored.session().id(), user, vanished.get());
            }
            Transition t = vanished.isPresent()
                    ? engine.endVanished(stored.session(), vanished.get(), userText, clock.now())
                    : move.apply(stored.session(), clock.now());
            if (t.next().equals(stored.session())) {
                return t.reply();
            }
            try {
                sessions.update(t.next(), stored.version(), user, t.practiced(), practice);
            } catch (ConcurrentUpdateException e) {
                log.debug("{} on session {} conflicted (attempt {}): {}", what, stored.session().id(), attempt + 1, e.getMessage());
                continue;
            }
            return t.reply();
        }
        log.warn("{} for {} gave up after {} conflicting writes", what, user, ATTEMPTS);
        Reply.Builder b = Reply.builder(Reply.Kind.ERROR)
                .paragraph("Your interview is being changed from somewhere else at the same moment. Nothing was saved from this "
                        + "message; please send it again" + (userText == null ? "." : ". Here is your text so nothing is lost:"));
        if (userText != null) {
            b.quote(userText);
        }
        return b.build();
    }

    private Reply movedOn(String userText, Optional<InterviewSession> now) {
        Reply.Builder b = Reply.builder(Reply.Kind.ERROR)
                .paragraph("Your interview moved on in another window before this arrived, so I did not apply it.");
        if (userText != null) {
            b.paragraph("Here is your text so nothing is lost:").quote(userText);
        }
        Reply r = b.build();
        return now.filter(s -> engine.vanishedQuestion(s).isEmpty()).map(s -> r.then(engine.repeat(s))).orElse(r);
    }

    private static Reply noSession(String userText) {
        Reply.Builder b = Reply.builder(Reply.Kind.ERROR)
                .paragraph("No question is waiting for an answer. Start a mock interview with /mockinterview, "
                        + "or practise one question with /question.");
        if (userText != null) {
            b.paragraph("Your text was not saved. To keep it as a story for later, use /story add.");
        }
        return b.actions(Action.NEW_INTERVIEW).build();
    }

    static Position position(SessionState state) {
        if (state instanceof SessionState.AwaitingAnswer a) {
            return a.at();
        }
        if (state instanceof SessionState.AwaitingFollowUpAnswer f) {
            return f.at();
        }
        if (state instanceof SessionState.Drafting d) {
            return d.at();
        }
        return null;
    }
}
