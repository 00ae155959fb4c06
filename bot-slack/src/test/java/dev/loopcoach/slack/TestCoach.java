package dev.loopcoach.slack;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real {@link Coach} over the built-in bank, with in-memory ports. The answer coach is a small
 * deterministic fake (the analyzer is not the adapter's concern): it quotes the answer back and asks the
 * question's first follow-up.
 */
public final class TestCoach {
    private static final QuestionBank BANK = new BankLoader().builtInOnly();

    private TestCoach() {
    }

    public static QuestionBank bank() {
        return BANK;
    }

    public static Coach create() {
        return new Coach(new CoachDeps(BANK, new EchoAnswerCoach(), (text, max) -> List.of(LeadershipPrinciple.OWNERSHIP),
                new Sessions(), new Practice(), new Stories(), new Privacy(), new Prefs(), Instant::now,
                new SplittableRandom(7), CoachSettings.defaults()));
    }

    static final class EchoAnswerCoach implements AnswerCoach {
        @Override
        public Coaching coach(Question question, String answer, Collection<String> alreadyAsked) {
            List<FollowUp> followUps = question.followUps().stream()
                    .filter(f -> !alreadyAsked.contains(f))
                    .limit(1)
                    .map(f -> new FollowUp(f, "the answer needs more depth", "test"))
                    .toList();
            return coaching(question, answer, followUps);
        }

        @Override
        public Coaching coachFollowUp(Question question, String probe, String answer, Collection<String> alreadyAsked) {
            return coaching(question, answer, List.of());
        }

        private static Coaching coaching(Question q, String answer, List<FollowUp> followUps) {
            Map<LeadershipPrinciple, Vote> votes = new java.util.EnumMap<>(LeadershipPrinciple.class);
            q.lps().forEach(lp -> votes.put(lp, Vote.INCLINED));
            String quote = answer.length() > 120 ? answer.substring(0, 120) : answer;
            return new Coaching(
                    new AnswerSummary(true, true, true, false, false, "I", answer.split("\\s+").length, q.lps()),
                    votes, Map.of(), Vote.INCLINED, followUps, List.of("Say what changed, with a number."),
                    List.of(new Block.Heading("Feedback"), new Block.Paragraph("Clear actions; the result is missing."),
                            new Block.Quote(quote)));
        }
    }

    static final class Sessions implements SessionStore {
        private final Map<SessionId, StoredSession> byId = new ConcurrentHashMap<>();

        @Override
        public Optional<StoredSession> findActive(UserKey user) {
            return byId.values().stream()
                    .filter(s -> s.session().user().equals(user) && !s.session().finished())
                    .max(Comparator.comparing(s -> s.session().updatedAt()));
        }

        @Override
        public Optional<StoredSession> find(SessionId id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<StoredSession> recent(UserKey user, int limit) {
            return byId.values().stream()
                    .filter(s -> s.session().user().equals(user))
                    .sorted(Comparator.comparing((StoredSession s) -> s.session().updatedAt()).reversed())
                    .limit(limit)
                    .toList();
        }

        @Override
        public StoredSession create(InterviewSession session) {
            StoredSession s = new StoredSession(session, 1);
            byId.put(session.id(), s);
            return s;
        }

        @Override
        public synchronized StoredSession update(InterviewSession session, long expectedVersion) {
            StoredSession cur = byId.get(session.id());
            if (cur == null || cur.version() != expectedVersion) {
                throw new ConcurrentUpdateException("session " + session.id() + " changed");
            }
            StoredSession next = new StoredSession(session, expectedVersion + 1);
            byId.put(session.id(), next);
            return next;
        }

        void clear(UserKey user) {
            byId.values().removeIf(s -> s.session().user().equals(user));
        }
    }

    static final class Practice implements PracticeLog {
        private final Map<UserKey, List<PracticeEntry>> entries = new ConcurrentHashMap<>();

        @Override
        public void record(UserKey user, PracticeEntry entry) {
            entries.computeIfAbsent(user, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(entry);
        }

        @Override
        public List<PracticeEntry> entries(UserKey user) {
            return List.copyOf(entries.getOrDefault(user, List.of()));
        }
    }

    static final class Stories implements StoryStore {
        private final Map<UserKey, List<Story>> stories = new ConcurrentHashMap<>();
        private final AtomicLong ids = new AtomicLong();

        @Override
        public Story add(UserKey user, String title, String text, List<LeadershipPrinciple> lps, Instant at) {
            Story s = new Story(ids.incrementAndGet(), title, text, lps, at);
            stories.computeIfAbsent(user, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(s);
            return s;
        }

        @Override
        public List<Story> list(UserKey user) {
            return List.copyOf(stories.getOrDefault(user, List.of()));
        }
    }

    static final class Privacy implements PrivacyStore {
        @Override
        public Map<String, Object> export(UserKey user) {
            return Map.of("user", user.toString(), "sessions", new ArrayList<>());
        }

        @Override
        public int deleteAll(UserKey user) {
            return 0;
        }
    }

    static final class Prefs implements UserPrefsStore {
        private final Map<UserKey, UserPrefs> prefs = new ConcurrentHashMap<>();

        @Override
        public UserPrefs get(UserKey user) {
            return prefs.getOrDefault(user, UserPrefs.defaults());
        }

        @Override
        public void put(UserKey user, UserPrefs p) {
            prefs.put(user, p);
        }
    }
}
