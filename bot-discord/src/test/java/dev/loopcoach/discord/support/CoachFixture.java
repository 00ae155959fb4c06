package dev.loopcoach.discord.support;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.CoachDeps;
import dev.loopcoach.core.CoachSettings;
import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.coaching.AnswerCoach;
import dev.loopcoach.core.coaching.AnswerSummary;
import dev.loopcoach.core.coaching.Coaching;
import dev.loopcoach.core.coaching.FollowUp;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.ConcurrentUpdateException;
import dev.loopcoach.core.port.PracticeEntry;
import dev.loopcoach.core.port.PracticeLog;
import dev.loopcoach.core.port.PrivacyStore;
import dev.loopcoach.core.port.SessionStore;
import dev.loopcoach.core.port.StoredSession;
import dev.loopcoach.core.port.StoryStore;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.port.UserPrefs;
import dev.loopcoach.core.port.UserPrefsStore;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.session.InterviewSession;
import dev.loopcoach.core.session.SessionId;
import dev.loopcoach.core.story.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real {@link Coach} for adapter tests: the built-in bank, in-memory stores behind the core's ports, and
 * a simple deterministic answer coach (the adapter only needs the shape of its replies, not its judgement).
 */
public final class CoachFixture {
    private static volatile QuestionBank bank;

    private CoachFixture() {
    }

    public static QuestionBank bank() {
        if (bank == null) {
            bank = new BankLoader().builtInOnly();
        }
        return bank;
    }

    public static Coach coach() {
        return coach(new SimpleAnswerCoach());
    }

    /** A coach whose answer analysis is {@code answerCoach} (e.g. one that waits, to prove the adapter acknowledges first). */
    public static Coach coach(AnswerCoach answerCoach) {
        Sessions sessions = new Sessions();
        Practice practice = new Practice();
        Stories stories = new Stories();
        CoachDeps deps = new CoachDeps(bank(), answerCoach, (text, max) -> List.of(LeadershipPrinciple.OWNERSHIP),
                sessions, practice, stories, new Privacy(sessions, practice, stories), new Prefs(),
                Instant::now, new SplittableRandom(7), CoachSettings.defaults());
        return new Coach(deps);
    }

    /** Votes Inclined on every targeted principle and asks the question's first unused follow-up. */
    public static final class SimpleAnswerCoach implements AnswerCoach {
        @Override
        public Coaching coach(Question question, String answer, Collection<String> alreadyAsked) {
            return coaching(question, answer, alreadyAsked);
        }

        @Override
        public Coaching coachFollowUp(Question question, String probe, String answer, Collection<String> alreadyAsked) {
            return coaching(question, answer, alreadyAsked);
        }

        private static Coaching coaching(Question q, String answer, Collection<String> asked) {
            Map<LeadershipPrinciple, Vote> votes = new LinkedHashMap<>();
            Map<LeadershipPrinciple, List<String>> evidence = new LinkedHashMap<>();
            for (LeadershipPrinciple lp : q.lps()) {
                votes.put(lp, Vote.INCLINED);
                evidence.put(lp, List.of(answer.length() > 80 ? answer.substring(0, 80) : answer));
            }
            List<FollowUp> followUps = q.followUps().stream().filter(f -> !asked.contains(f)).limit(1)
                    .map(f -> new FollowUp(f, "to hear more", "question-specific")).toList();
            int words = answer.split("\\s+").length;
            AnswerSummary summary = new AnswerSummary(true, true, true, answer.matches(".*\\d.*"), answer.matches(".*\\d.*"),
                    "I", words, q.lps());
            List<Block> feedback = List.of(new Block.Heading("Feedback"),
                    new Block.Paragraph("You answered in " + words + " words."), new Block.Quote(answer));
            return new Coaching(summary, votes, evidence, Vote.INCLINED, followUps, List.of("Add a number to your result."), feedback);
        }
    }

    static final class Sessions implements SessionStore {
        final Map<SessionId, StoredSession> byId = new ConcurrentHashMap<>();

        @Override
        public Optional<StoredSession> findActive(UserKey user) {
            return byId.values().stream().filter(s -> s.session().user().equals(user) && !s.session().finished())
                    .max(Comparator.comparing(s -> s.session().updatedAt()));
        }

        @Override
        public Optional<StoredSession> find(SessionId id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<StoredSession> recent(UserKey user, int limit) {
            return byId.values().stream().filter(s -> s.session().user().equals(user))
                    .sorted(Comparator.comparing((StoredSession s) -> s.session().updatedAt()).reversed()).limit(limit).toList();
        }

        @Override
        public StoredSession create(InterviewSession session) {
            StoredSession s = new StoredSession(session, 1);
            byId.put(session.id(), s);
            return s;
        }

        @Override
        public synchronized StoredSession update(InterviewSession session, long expectedVersion) {
            StoredSession current = byId.get(session.id());
            if (current == null || current.version() != expectedVersion) {
                throw new ConcurrentUpdateException("session " + session.id() + " changed");
            }
            StoredSession next = new StoredSession(session, expectedVersion + 1);
            byId.put(session.id(), next);
            return next;
        }
    }

    static final class Practice implements PracticeLog {
        final Map<UserKey, List<PracticeEntry>> entries = new ConcurrentHashMap<>();

        @Override
        public void record(UserKey user, PracticeEntry entry) {
            entries.computeIfAbsent(user, k -> new CopyOnWriteArrayList<>()).add(entry);
        }

        @Override
        public List<PracticeEntry> entries(UserKey user) {
            return List.copyOf(entries.getOrDefault(user, List.of()));
        }
    }

    static final class Stories implements StoryStore {
        final Map<UserKey, List<Story>> byUser = new ConcurrentHashMap<>();
        private final AtomicLong ids = new AtomicLong();

        @Override
        public Story add(UserKey user, String title, String text, List<LeadershipPrinciple> lps, Instant at) {
            Story s = new Story(ids.incrementAndGet(), title, text, lps, at);
            byUser.computeIfAbsent(user, k -> new CopyOnWriteArrayList<>()).add(s);
            return s;
        }

        @Override
        public List<Story> list(UserKey user) {
            return List.copyOf(byUser.getOrDefault(user, List.of()));
        }
    }

    static final class Privacy implements PrivacyStore {
        private final Sessions sessions;
        private final Practice practice;
        private final Stories stories;

        Privacy(Sessions sessions, Practice practice, Stories stories) {
            this.sessions = sessions;
            this.practice = practice;
            this.stories = stories;
        }

        @Override
        public Map<String, Object> export(UserKey user) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("user", user.toString());
            out.put("sessions", sessions.recent(user, 1000).stream().map(s -> s.session().id().value()).toList());
            out.put("practice", practice.entries(user).size());
            out.put("stories", stories.list(user).stream().map(Story::title).toList());
            return out;
        }

        @Override
        public int deleteAll(UserKey user) {
            List<SessionId> mine = new ArrayList<>();
            sessions.byId.values().stream().filter(s -> s.session().user().equals(user)).forEach(s -> mine.add(s.session().id()));
            mine.forEach(sessions.byId::remove);
            int n = mine.size();
            List<PracticeEntry> p = practice.entries.remove(user);
            List<Story> s = stories.byUser.remove(user);
            return n + (p == null ? 0 : p.size()) + (s == null ? 0 : s.size());
        }
    }

    static final class Prefs implements UserPrefsStore {
        private final Map<UserKey, UserPrefs> map = new ConcurrentHashMap<>();

        @Override
        public UserPrefs get(UserKey user) {
            return map.getOrDefault(user, UserPrefs.defaults());
        }

        @Override
        public void put(UserKey user, UserPrefs prefs) {
            map.put(user, prefs);
        }
    }
}
