package dev.loopcoach.core;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.handbook.Handbook;
import dev.loopcoach.core.lp.LpExplainer;
import dev.loopcoach.core.lp.PrincipleGuides;
import dev.loopcoach.core.metrics.Metrics;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.port.UserPrefs;
import dev.loopcoach.core.privacy.PrivacyService;
import dev.loopcoach.core.progress.ProgressService;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.selection.ChosenQuestion;
import dev.loopcoach.core.selection.QuestionSelector;
import dev.loopcoach.core.session.InterviewEngine;
import dev.loopcoach.core.session.PracticeSummary;
import dev.loopcoach.core.session.SessionKind;
import dev.loopcoach.core.session.SessionService;
import dev.loopcoach.core.session.SessionSummarizer;
import dev.loopcoach.core.story.StoryService;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single entry point every adapter (console, Discord, Slack) calls: a user and a command in,
 * a platform-neutral reply out. Commands of one user run one at a time in this process; state lives in
 * the stores, so several processes can serve the same users.
 */
public final class Coach {
    private static final Logger log = LoggerFactory.getLogger(Coach.class);
    /** One INFO line per command on a chat platform, for operators: ids, the command's name and timing, never text. */
    private static final Logger interactions = LoggerFactory.getLogger("dev.loopcoach.interactions");

    private final CoachDeps deps;
    private final PrincipleGuides guides;
    private final SessionService sessions;
    private final LpExplainer explainer;
    private final ProgressService progress;
    private final StoryService stories;
    private final dev.loopcoach.core.history.HistoryService history;
    private final dev.loopcoach.core.plan.PlanService plans;
    private final dev.loopcoach.core.story.DrillService drills;
    private final PrivacyService privacy;
    private final ChosenQuestion chosen;
    private final Extensions extensions;
    private final LoadingCache<UserKey, ReentrantLock> locks =
            Caffeine.newBuilder().weakValues().build(k -> new ReentrantLock());

    /** Optional features plugged in by the launcher: the full loop, the writing exercise and the handbook. */
    public record Extensions(Optional<LoopStarter> loop, Optional<WritingStarter> writing, Optional<Handbook> handbook,
                             Map<SessionKind, SessionSummarizer> summarizers) {
        public Extensions {
            summarizers = Map.copyOf(summarizers);
        }

        public static Extensions none() {
            return new Extensions(Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
        }
    }

    /** Plans and begins a full loop for a user. */
    public interface LoopStarter {
        Reply start(UserKey user, CoachCommand.StartLoop command, SessionService sessions);
    }

    /** Plans and begins a writing exercise for a user. */
    public interface WritingStarter {
        Reply start(UserKey user, CoachCommand.StartWriting command, SessionService sessions);
    }

    public Coach(CoachDeps deps) {
        this(deps, Extensions.none());
    }

    public Coach(CoachDeps deps, Extensions extensions) {
        this.deps = deps;
        this.extensions = extensions;
        this.guides = PrincipleGuides.load();
        QuestionSelector selector = new QuestionSelector(deps.bank());
        Map<SessionKind, SessionSummarizer> summarizers = new EnumMap<>(SessionKind.class);
        PracticeSummary practiceSummary = new PracticeSummary(deps.bank());
        summarizers.put(SessionKind.PRACTICE, practiceSummary);
        summarizers.put(SessionKind.SINGLE, practiceSummary);
        summarizers.putAll(extensions.summarizers());
        InterviewEngine engine = new InterviewEngine(deps.bank(), deps.answerCoach(), guides, summarizers, deps.settings());
        this.sessions = new SessionService(engine, selector, deps.sessions(), deps.practice(), deps.clock(), deps.random(), deps.settings());
        this.explainer = new LpExplainer(guides, deps.bank());
        this.progress = new ProgressService(deps.practice(), selector, deps.clock(), deps.random(), deps.settings().defaultLevel(),
                user -> deps.prefs().get(user).zoneOrUtc());
        this.stories = new StoryService(deps.stories(), deps.sessions(), deps.answerCoach(), deps.tagger(), deps.clock());
        this.history = new dev.loopcoach.core.history.HistoryService(deps.sessions(), deps.bank());
        this.drills = new dev.loopcoach.core.story.DrillService(deps.stories(), deps.bank(), deps.answerCoach(), deps.clock(),
                user -> deps.prefs().get(user).zoneOrUtc(), deps.settings().defaultLevel());
        this.plans = new dev.loopcoach.core.plan.PlanService(deps.prefs(), deps.practice(), deps.stories(), deps.sessions(),
                deps.bank(), deps.clock(), deps.settings().defaultLevel(), user -> drills.due(user).size(), deps.weekFocus());
        this.privacy = new PrivacyService(deps.privacy());
        this.chosen = new ChosenQuestion(deps.bank());
    }

    public CoachDeps deps() {
        return deps;
    }

    public PrincipleGuides guides() {
        return guides;
    }

    public SessionService sessions() {
        return sessions;
    }

    /** The prep plans (for the daily reminder's question of the day). */
    public dev.loopcoach.core.plan.PlanService plans() {
        return plans;
    }

    public ProgressService progress() {
        return progress;
    }

    /** What the coach says when handling a command failed (storage down, a bug): the command changed nothing. */
    public static final String FAILED = "Sorry, something went wrong on my side while handling that. Nothing you sent "
            + "earlier was lost; please try again, or /resume to see where your interview stands.";

    /** What the coach says when its storage could not be reached (an outage, a full disk): nothing was changed. */
    public static final String STORAGE_DOWN = "I can't reach my storage right now, so nothing was changed. Nothing you "
            + "sent earlier was lost; please try again in a minute.";

    /** Whether {@code reply} says the command failed and changed nothing, so a client may keep what was sent. */
    public static boolean failed(Reply reply) {
        return reply.kind() == Reply.Kind.ERROR && reply.blocks().size() == 1
                && reply.blocks().get(0) instanceof dev.loopcoach.core.reply.Block.Paragraph p
                && (FAILED.equals(p.text()) || STORAGE_DOWN.equals(p.text()));
    }

    private static boolean storageDown(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof dev.loopcoach.core.port.StoreUnavailableException) {
                return true;
            }
        }
        return false;
    }

    public Reply handle(UserKey user, CoachCommand command) {
        ReentrantLock lock = locks.get(user);
        lock.lock();
        long started = System.nanoTime();
        try {
            log.debug("{} -> {}", user, command.getClass().getSimpleName());
            Reply reply = dispatch(user, command);
            Metrics.count(Metrics.Counter.COMMANDS_HANDLED, user.platform());
            Metrics.time(Metrics.Timer.COMMAND, user.platform(), java.time.Duration.ofNanos(System.nanoTime() - started));
            if (!user.platform().equals("console")) {
                // the console is one person at a terminal; its replies are the log
                interactions.info("{} {} -> {} in {} ms", user, command.getClass().getSimpleName(),
                        reply.kind().name().toLowerCase(java.util.Locale.ROOT), (System.nanoTime() - started) / 1_000_000);
            }
            return reply;
        } catch (RuntimeException e) {
            Metrics.count(Metrics.Counter.COMMANDS_FAILED, user.platform());
            if (storageDown(e)) {
                // an outage is not a bug: one line in the log, and the person is told to try again shortly
                log.warn("command {} for {} failed: storage unavailable: {}", command.getClass().getSimpleName(), user,
                        e.getMessage());
                return Reply.error(STORAGE_DOWN);
            }
            log.error("command {} for {} failed", command.getClass().getSimpleName(), user, e);
            return Reply.error(FAILED);
        } finally {
            lock.unlock();
        }
    }

    private Reply dispatch(UserKey user, CoachCommand command) {
        if (command instanceof CoachCommand.StartInterview c) {
            return sessions.startPractice(user, SessionKind.PRACTICE, c.type(), c.level(), c.lp(), c.timed());
        }
        if (command instanceof CoachCommand.OneQuestion c) {
            return c.id().isPresent() ? chosenQuestion(user, c)
                    : sessions.startPractice(user, SessionKind.SINGLE, c.type(), c.level(), c.lp());
        }
        if (command instanceof CoachCommand.StartLoop c) {
            return extensions.loop().map(l -> l.start(user, c, sessions))
                    .orElseGet(() -> Reply.error("The full loop is not enabled on this bot. Try /mockinterview."));
        }
        if (command instanceof CoachCommand.StartWriting c) {
            return extensions.writing().map(w -> w.start(user, c, sessions))
                    .orElseGet(() -> Reply.error("The writing exercise is not enabled on this bot. Try /mockinterview."));
        }
        if (command instanceof CoachCommand.SubmitAnswer c) {
            return sessions.answer(user, c.text());
        }
        if (command instanceof CoachCommand.FinishDraft) {
            return sessions.finishDraft(user);
        }
        if (command instanceof CoachCommand.Hint) {
            return sessions.hint(user);
        }
        if (command instanceof CoachCommand.Skip) {
            return sessions.skip(user);
        }
        if (command instanceof CoachCommand.Repeat) {
            return sessions.repeat(user);
        }
        if (command instanceof CoachCommand.End) {
            return sessions.end(user);
        }
        if (command instanceof CoachCommand.Resume) {
            return sessions.resume(user);
        }
        return withReminder(user, otherCommand(user, command));
    }

    /**
     * {@code /question <id>}: exactly that bank question. A writing prompt becomes the written exercise when it is enabled
     * (drafted over several messages, reviewed as a memo); a refusal leaves any unfinished interview as it was.
     */
    private Reply chosenQuestion(UserKey user, CoachCommand.OneQuestion c) {
        ChosenQuestion.Lookup found = chosen.find(c.id().orElseThrow(), c.type(), c.lp());
        if (found instanceof ChosenQuestion.Lookup.Refused refused) {
            log.debug("question {} refused for {}: {}", c.id().get(), user, refused.message());
            return withReminder(user, Reply.error(refused.message()));
        }
        Question q = ((ChosenQuestion.Lookup.Found) found).question();
        if (q.category() == Category.WRITING && extensions.writing().isPresent()) {
            return extensions.writing().get().start(user, new CoachCommand.StartWriting(Optional.of(q.id().value())), sessions);
        }
        return sessions.startChosen(user, q, c.level(), c.lp());
    }

    /** Shows or sets the zone the person's days are counted in; an abbreviation or unknown zone is explained. */
    private Reply timeZone(UserKey user, String text) {
        UserPrefs prefs = deps.prefs().get(user);
        if (text.isBlank()) {
            return Reply.info("Your days are counted in " + prefs.zoneOrUtc().getId() + (prefs.zone().isEmpty()
                    ? " (not set yet). Set your own with the time zone command and a zone such as Europe/Berlin or a city."
                    : ". Change it with the time zone command and another zone or city."));
        }
        dev.loopcoach.core.daily.DailyScheduleParser.ZoneResult r = dev.loopcoach.core.daily.DailyScheduleParser.zone(text);
        if (r.zone().isEmpty()) {
            return Reply.error(r.problem());
        }
        deps.prefs().put(user, prefs.withZone(r.zone().get()));
        return Reply.info("Your time zone is now " + r.zone().get().getId() + ": streaks and \"last practised\" dates count "
                + "your local days.");
    }

    private Reply otherCommand(UserKey user, CoachCommand command) {
        if (command instanceof CoachCommand.ExplainLp c) {
            return explainer.explain(c.name());
        }
        if (command instanceof CoachCommand.SetTimeZone z) {
            return timeZone(user, z.zone());
        }
        if (command instanceof CoachCommand.Drill d) {
            return drills.handle(user, d.text());
        }
        if (command instanceof CoachCommand.Verdicts v) {
            return dev.loopcoach.core.daily.VerdictPrivacy.setForUser(deps.prefs(), user, v.choice());
        }
        if (command instanceof CoachCommand.Plan p) {
            return plans.handle(user, p.text());
        }
        if (command instanceof CoachCommand.ShowHistory h) {
            return history.show(user, h.questionId());
        }
        if (command instanceof CoachCommand.ShowProgress) {
            return progress.show(user);
        }
        if (command instanceof CoachCommand.DraftStoriesFromBullets b) {
            return stories.draftsFromBullets(user, b.text());
        }
        if (command instanceof CoachCommand.ListStories) {
            return stories.matrix(user);
        }
        if (command instanceof CoachCommand.AddStory c) {
            return stories.add(user, c.title(), c.text());
        }
        if (command instanceof CoachCommand.SaveAnswerAsStory c) {
            return stories.saveLatestAnswer(user, c.title());
        }
        if (command instanceof CoachCommand.ExportMyData) {
            return privacy.export(user);
        }
        if (command instanceof CoachCommand.DeleteMyData c) {
            return privacy.delete(user, c.confirmed());
        }
        if (command instanceof CoachCommand.Help) {
            return dev.loopcoach.core.help.HelpText.reply(dev.loopcoach.core.help.CommandNames.CONSOLE);
        }
        if (command instanceof CoachCommand.Handbook c) {
            return extensions.handbook().map(h -> h.topic(c.topic(), c.arg()))
                    .orElseGet(() -> Reply.error("The handbook is not enabled on this bot."));
        }
        throw new IllegalArgumentException("unhandled command " + command);
    }

    /** The next command after a restart offers the unfinished interview; the reply keeps its own actions (buttons). */
    private Reply withReminder(UserKey user, Reply reply) {
        return sessions.pendingReminder(user).map(r -> {
            Reply joined = reply.then(Reply.info(r));
            return new Reply(joined.kind(), joined.blocks(), reply.actions());
        }).orElse(reply);
    }
}
