package dev.loopcoach.core.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.ChannelSettingsStore;
import dev.loopcoach.core.port.ChannelSettingsStore.ChannelKey;
import dev.loopcoach.core.port.Clock;
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
import dev.loopcoach.core.session.InterviewSession;
import dev.loopcoach.core.session.SessionId;
import dev.loopcoach.core.story.Story;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The storage ports kept in memory, for fast tests of the core and of the platform adapters.
 * Behaves like the JDBC stores (same contract suite): versions, conflicts, ordering, microsecond timestamps,
 * the export shape. {@link #sibling()} gives a second independent "process" over the same data.
 */
public final class InMemoryStores {
    private static final Comparator<StoredSession> BY_UPDATED =
            Comparator.comparing((StoredSession s) -> s.session().updatedAt()).thenComparing(s -> s.session().id().value());
    private static final Comparator<StoredSession> BY_STARTED =
            Comparator.comparing((StoredSession s) -> s.session().startedAt()).thenComparing(s -> s.session().id().value());
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Data data;
    private final Clock clock;

    public InMemoryStores() {
        this(Clock.system());
    }

    public InMemoryStores(Clock clock) {
        this(new Data(), clock);
    }

    private InMemoryStores(Data data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    /** Another independent view over the same data, as a second process on one database would be. */
    public InMemoryStores sibling() {
        return new InMemoryStores(data, clock);
    }

    public SessionStore sessions() {
        return new Sessions();
    }

    public PracticeLog practice() {
        return new Practice();
    }

    public StoryStore stories() {
        return new Stories();
    }

    public UserPrefsStore prefs() {
        return new Prefs();
    }

    public PrivacyStore privacy() {
        return new Privacy();
    }

    public dev.loopcoach.core.port.PlanReminderStore planReminders() {
        return new PlanReminders();
    }

    public dev.loopcoach.core.port.PracticeBoardStore practiceBoard() {
        return new Board();
    }

    public dev.loopcoach.core.port.GuessStore guesses() {
        return new Guesses();
    }

    public dev.loopcoach.core.port.PeerMockStore peerMocks() {
        return new PeerMocks();
    }

    public ChannelSettingsStore channelSettings() {
        return new ChannelSettings();
    }

    public StoreSet asStoreSet() {
        return new StoreSet(sessions(), practice(), stories(), prefs(), privacy(), channelSettings(), () -> { });
    }

    /** Whether anything at all is kept about the user or mentions one of the given sessions. */
    public boolean holdsAnythingAbout(UserKey user, java.util.Collection<SessionId> sessionIds) {
        synchronized (data) {
            return data.people.containsKey(user)
                    || data.practice.containsKey(user)
                    || data.stories.containsKey(user)
                    || data.prefs.containsKey(user)
                    || data.sessions.values().stream().anyMatch(s -> s.session().user().equals(user))
                    || sessionIds.stream().anyMatch(data.sessions::containsKey);
        }
    }

    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private void touchPerson(UserKey user) {
        data.people.putIfAbsent(user, micros(clock.now()));
    }

    /** The shared "database". Every access synchronizes on it. */
    private static final class Data {
        final Map<UserKey, Instant> people = new LinkedHashMap<>();
        final Map<SessionId, StoredSession> sessions = new LinkedHashMap<>();
        final Map<UserKey, List<PracticeEntry>> practice = new HashMap<>();
        final Map<UserKey, List<Story>> stories = new HashMap<>();
        final Map<UserKey, UserPrefs> prefs = new HashMap<>();
        final Map<UserKey, java.time.LocalDate> reminded = new HashMap<>();
        final Map<UserKey, Map<String, dev.loopcoach.core.story.DrillState>> drills = new HashMap<>();
        final Map<ChannelKey, TreeMap<String, String>> channels = new HashMap<>();
        final List<dev.loopcoach.core.port.PracticeBoardStore.Member> board = new ArrayList<>();
        final List<dev.loopcoach.core.port.PracticeBoardStore.Member> consents = new ArrayList<>();
        final Map<dev.loopcoach.core.daily.ChannelKey, java.time.ZoneId> shoutOuts = new java.util.TreeMap<>(
                Comparator.comparing(dev.loopcoach.core.daily.ChannelKey::toString));
        final java.util.Set<String> weeks = new java.util.HashSet<>();
        final Map<dev.loopcoach.core.daily.ChannelKey, java.time.ZoneId> digests = new java.util.TreeMap<>(
                Comparator.comparing(dev.loopcoach.core.daily.ChannelKey::toString));
        final List<dev.loopcoach.core.port.GuessStore.Round> rounds = new ArrayList<>();
        final Map<Long, Map<UserKey, dev.loopcoach.core.port.GuessStore.Guess>> guesses = new HashMap<>();
        final List<dev.loopcoach.core.port.PeerMockStore.Offer> offers = new ArrayList<>();
        final List<dev.loopcoach.core.port.PeerMockStore.Pair> pairs = new ArrayList<>();
        final Map<String, List<dev.loopcoach.core.port.PeerMockStore.PeerVote>> peerVotes = new HashMap<>();
        long nextStoryId = 1;
    }

    private final class Sessions implements SessionStore {
        @Override
        public Optional<StoredSession> findActive(UserKey user) {
            synchronized (data) {
                return data.sessions.values().stream()
                        .filter(s -> s.session().user().equals(user) && !s.session().finished())
                        .max(BY_UPDATED);
            }
        }

        @Override
        public Optional<StoredSession> find(SessionId id) {
            synchronized (data) {
                return Optional.ofNullable(data.sessions.get(id));
            }
        }

        @Override
        public List<StoredSession> recent(UserKey user, int limit) {
            synchronized (data) {
                return data.sessions.values().stream()
                        .filter(s -> s.session().user().equals(user))
                        .sorted(BY_STARTED.reversed())
                        .limit(Math.max(0, limit))
                        .toList();
            }
        }

        @Override
        public StoredSession create(InterviewSession session) {
            synchronized (data) {
                if (data.sessions.containsKey(session.id())) {
                    throw new IllegalStateException("session " + session.id() + " already exists");
                }
                touchPerson(session.user());
                StoredSession stored = new StoredSession(session, 1);
                data.sessions.put(session.id(), stored);
                return stored;
            }
        }

        @Override
        public StoredSession update(InterviewSession session, long expectedVersion) {
            synchronized (data) {
                StoredSession current = data.sessions.get(session.id());
                if (current == null) {
                    throw new ConcurrentUpdateException("session " + session.id() + " no longer exists");
                }
                if (current.version() != expectedVersion) {
                    throw new ConcurrentUpdateException("session " + session.id() + " is at version "
                            + current.version() + ", not " + expectedVersion);
                }
                StoredSession next = new StoredSession(session, expectedVersion + 1);
                data.sessions.put(session.id(), next);
                return next;
            }
        }
    }

    private final class Practice implements PracticeLog {
        @Override
        public void record(UserKey user, PracticeEntry entry) {
            PracticeEntry kept = new PracticeEntry(entry.questionId(), entry.category(), entry.targeted(),
                    entry.votes(), entry.overall(), micros(entry.at()));
            synchronized (data) {
                touchPerson(user);
                data.practice.computeIfAbsent(user, u -> new ArrayList<>()).add(kept);
            }
        }

        @Override
        public List<PracticeEntry> entries(UserKey user) {
            synchronized (data) {
                return data.practice.getOrDefault(user, List.of()).stream()
                        .sorted(Comparator.comparing(PracticeEntry::at))
                        .toList();
            }
        }
    }

    private final class Stories implements StoryStore {
        @Override
        public Story add(UserKey user, String title, String text, List<LeadershipPrinciple> lps, Instant at) {
            synchronized (data) {
                touchPerson(user);
                Story story = new Story(data.nextStoryId++, title, text, lps, micros(at));
                data.stories.computeIfAbsent(user, u -> new ArrayList<>()).add(story);
                return story;
            }
        }

        @Override
        public List<Story> list(UserKey user) {
            synchronized (data) {
                return List.copyOf(data.stories.getOrDefault(user, List.of()));
            }
        }

        @Override
        public Map<String, dev.loopcoach.core.story.DrillState> drills(UserKey user) {
            synchronized (data) {
                return Map.copyOf(data.drills.getOrDefault(user, Map.of()));
            }
        }

        @Override
        public void saveDrill(UserKey user, long storyId, LeadershipPrinciple lp, dev.loopcoach.core.story.DrillState state) {
            synchronized (data) {
                boolean own = data.stories.getOrDefault(user, List.of()).stream().anyMatch(s -> s.id() == storyId);
                if (own) {
                    data.drills.computeIfAbsent(user, u -> new java.util.TreeMap<>())
                            .put(dev.loopcoach.core.story.DrillCard.key(storyId, lp), state);
                }
            }
        }
    }

    private final class Prefs implements UserPrefsStore {
        @Override
        public UserPrefs get(UserKey user) {
            synchronized (data) {
                return data.prefs.getOrDefault(user, UserPrefs.defaults());
            }
        }

        @Override
        public void put(UserKey user, UserPrefs prefs) {
            synchronized (data) {
                touchPerson(user);
                data.prefs.put(user, prefs);
            }
        }
    }

    private final class PlanReminders implements dev.loopcoach.core.port.PlanReminderStore {
        @Override
        public List<Reminder> reminders(String platform) {
            synchronized (data) {
                List<Reminder> out = new ArrayList<>();
                data.prefs.forEach((user, p) -> {
                    if (user.platform().equals(platform) && p.plan().flatMap(r -> r.remindAt()).isPresent()) {
                        out.add(new Reminder(user, p, Optional.ofNullable(data.reminded.get(user))));
                    }
                });
                return out;
            }
        }

        @Override
        public boolean claim(UserKey user, java.time.LocalDate day) {
            synchronized (data) {
                java.time.LocalDate last = data.reminded.get(user);
                if (!data.prefs.containsKey(user) || last != null && !last.isBefore(day)) {
                    return false;
                }
                data.reminded.put(user, day);
                return true;
            }
        }

        @Override
        public void release(UserKey user, java.time.LocalDate day, Optional<java.time.LocalDate> previous) {
            synchronized (data) {
                if (day.equals(data.reminded.get(user))) {
                    previous.ifPresentOrElse(d -> data.reminded.put(user, d), () -> data.reminded.remove(user));
                }
            }
        }
    }

    private final class ChannelSettings implements ChannelSettingsStore {
        @Override
        public Map<String, String> settings(ChannelKey channel) {
            synchronized (data) {
                return Map.copyOf(data.channels.getOrDefault(channel, new TreeMap<>()));
            }
        }

        @Override
        public Optional<String> get(ChannelKey channel, String name) {
            ChannelSettingsStore.checkName(name);
            synchronized (data) {
                return Optional.ofNullable(data.channels.getOrDefault(channel, new TreeMap<>()).get(name));
            }
        }

        @Override
        public void put(ChannelKey channel, String name, String value) {
            ChannelSettingsStore.checkName(name);
            ChannelSettingsStore.checkValue(value);
            synchronized (data) {
                data.channels.computeIfAbsent(channel, c -> new TreeMap<>()).put(name, value);
            }
        }

        @Override
        public boolean remove(ChannelKey channel, String name) {
            ChannelSettingsStore.checkName(name);
            synchronized (data) {
                TreeMap<String, String> settings = data.channels.get(channel);
                return settings != null && settings.remove(name) != null;
            }
        }
    }

    private final class Board implements dev.loopcoach.core.port.PracticeBoardStore {
        @Override
        public void join(Member member) {
            add(data.board, member);
        }

        @Override
        public void consent(Member member) {
            add(data.consents, member);
        }

        @Override
        public boolean withdrawConsent(String platform, String community, UserKey user) {
            synchronized (data) {
                return data.consents.removeIf(m -> same(m, platform, community, user));
            }
        }

        @Override
        public List<Member> consenting(String platform, String community) {
            synchronized (data) {
                return data.consents.stream().filter(m -> m.platform().equals(platform) && m.community().equals(community)).toList();
            }
        }

        private void add(List<Member> list, Member member) {
            synchronized (data) {
                data.people.putIfAbsent(member.user(), member.joinedAt());
                for (int i = 0; i < list.size(); i++) {
                    Member m = list.get(i);
                    if (same(m, member.platform(), member.community(), member.user())) {
                        list.set(i, new Member(m.platform(), m.community(), m.user(), member.displayName(), m.joinedAt()));
                        return;
                    }
                }
                list.add(member);
            }
        }

        @Override
        public boolean leave(String platform, String community, UserKey user) {
            synchronized (data) {
                return data.board.removeIf(m -> same(m, platform, community, user));
            }
        }

        @Override
        public List<Member> members(String platform, String community) {
            synchronized (data) {
                return data.board.stream().filter(m -> m.platform().equals(platform) && m.community().equals(community)).toList();
            }
        }

        @Override
        public List<Member> memberships(UserKey user) {
            synchronized (data) {
                return data.board.stream().filter(m -> m.user().equals(user)).toList();
            }
        }

        @Override
        public List<Member> consents(UserKey user) {
            synchronized (data) {
                return data.consents.stream().filter(m -> m.user().equals(user)).toList();
            }
        }

        @Override
        public int forget(UserKey user) {
            synchronized (data) {
                int before = data.board.size();
                data.board.removeIf(m -> m.user().equals(user));
                return before - data.board.size();
            }
        }

        @Override
        public void shoutOut(dev.loopcoach.core.daily.ChannelKey channel, Optional<java.time.ZoneId> zoneWhenOn) {
            setChannel(data.shoutOuts, channel, zoneWhenOn);
        }

        @Override
        public List<ShoutOutChannel> shoutOutChannels() {
            return channels(data.shoutOuts);
        }

        @Override
        public void digest(dev.loopcoach.core.daily.ChannelKey channel, Optional<java.time.ZoneId> zoneWhenOn) {
            setChannel(data.digests, channel, zoneWhenOn);
        }

        @Override
        public List<ShoutOutChannel> digestChannels() {
            return channels(data.digests);
        }

        private void setChannel(Map<dev.loopcoach.core.daily.ChannelKey, java.time.ZoneId> list,
                                dev.loopcoach.core.daily.ChannelKey channel, Optional<java.time.ZoneId> zoneWhenOn) {
            synchronized (data) {
                list.remove(channel);
                zoneWhenOn.ifPresent(z -> list.put(channel, z));
            }
        }

        private List<ShoutOutChannel> channels(Map<dev.loopcoach.core.daily.ChannelKey, java.time.ZoneId> list) {
            synchronized (data) {
                List<ShoutOutChannel> out = new ArrayList<>();
                list.forEach((c, z) -> out.add(new ShoutOutChannel(c, z)));
                return out;
            }
        }

        @Override
        public boolean claimWeek(dev.loopcoach.core.daily.ChannelKey channel, java.time.LocalDate monday, Instant at) {
            synchronized (data) {
                return data.weeks.add(channel + "/" + monday);
            }
        }

        private static boolean same(Member m, String platform, String community, UserKey user) {
            return m.platform().equals(platform) && m.community().equals(community) && m.user().equals(user);
        }
    }

    private final class Guesses implements dev.loopcoach.core.port.GuessStore {
        @Override
        public Optional<Round> open(dev.loopcoach.core.daily.ChannelKey channel, String threadRef, String messageRef,
                                    UserKey answerer, String answer, Instant at) {
            synchronized (data) {
                if (data.rounds.stream().anyMatch(r -> r.channel().equals(channel) && r.messageRef().equals(messageRef))) {
                    return Optional.empty();
                }
                Round r = new Round(data.rounds.size() + 1L, channel, threadRef, messageRef, answerer, answer, at, Optional.empty());
                data.rounds.add(r);
                return Optional.of(r);
            }
        }

        @Override
        public Optional<Round> find(long id) {
            synchronized (data) {
                return data.rounds.stream().filter(r -> r.id() == id).findFirst();
            }
        }

        @Override
        public boolean guess(long roundId, UserKey voter, dev.loopcoach.core.coaching.Vote vote, Instant at) {
            synchronized (data) {
                Optional<Round> r = find(roundId);
                if (r.isEmpty() || r.get().revealed()) {
                    return false;
                }
                data.guesses.computeIfAbsent(roundId, k -> new java.util.LinkedHashMap<>()).put(voter, new Guess(voter, vote, at));
                return true;
            }
        }

        @Override
        public List<Guess> guesses(long roundId) {
            synchronized (data) {
                return List.copyOf(data.guesses.getOrDefault(roundId, Map.of()).values());
            }
        }

        @Override
        public boolean reveal(long roundId, dev.loopcoach.core.coaching.Vote barRaiser, Instant at) {
            synchronized (data) {
                for (int i = 0; i < data.rounds.size(); i++) {
                    Round r = data.rounds.get(i);
                    if (r.id() == roundId && !r.revealed()) {
                        data.rounds.set(i, new Round(r.id(), r.channel(), r.threadRef(), r.messageRef(), r.answerer(), r.answer(),
                                r.openedAt(), Optional.of(barRaiser)));
                        return true;
                    }
                }
                return false;
            }
        }

        @Override
        public Calibration calibration(UserKey voter) {
            synchronized (data) {
                int matched = 0;
                int total = 0;
                for (Round r : data.rounds) {
                    Guess g = data.guesses.getOrDefault(r.id(), Map.of()).get(voter);
                    if (g != null && r.revealed()) {
                        total++;
                        matched += g.vote() == r.barRaiser().get() ? 1 : 0;
                    }
                }
                return new Calibration(matched, total);
            }
        }

        @Override
        public List<String> export(UserKey user) {
            synchronized (data) {
                List<String> out = new ArrayList<>();
                for (Round r : data.rounds) {
                    if (r.answerer().equals(user)) {
                        out.add("answer guessed on in " + r.channel().channelId() + ": " + r.answer());
                    }
                    Guess g = data.guesses.getOrDefault(r.id(), Map.of()).get(user);
                    if (g != null) {
                        out.add("guess " + g.vote().label() + " on round " + r.id());
                    }
                }
                return out;
            }
        }

        @Override
        public int forget(UserKey user) {
            synchronized (data) {
                int n = 0;
                for (Map<UserKey, Guess> byVoter : data.guesses.values()) {
                    n += byVoter.remove(user) == null ? 0 : 1;
                }
                List<Round> mine = data.rounds.stream().filter(r -> r.answerer().equals(user)).toList();
                for (Round r : mine) {
                    data.guesses.remove(r.id());
                }
                data.rounds.removeAll(mine);
                return n + mine.size();
            }
        }
    }

    private final class PeerMocks implements dev.loopcoach.core.port.PeerMockStore {
        @Override
        public void offer(Offer offer) {
            synchronized (data) {
                data.offers.removeIf(o -> o.community().equals(offer.community()) && o.user().equals(offer.user()));
                data.offers.add(new Offer(offer.community(), offer.user(), offer.name(), offer.level(), offer.window(),
                        offer.placeRef(), micros(offer.at()), micros(offer.until())));
            }
        }

        @Override
        public boolean withdraw(Community community, UserKey user) {
            synchronized (data) {
                return data.offers.removeIf(o -> o.community().equals(community) && o.user().equals(user));
            }
        }

        @Override
        public Optional<Offer> offerOf(Community community, UserKey user) {
            synchronized (data) {
                return data.offers.stream().filter(o -> o.community().equals(community) && o.user().equals(user)).findFirst();
            }
        }

        @Override
        public List<Offer> openOffers(Community community, Instant now) {
            synchronized (data) {
                return data.offers.stream().filter(o -> o.community().equals(community) && o.until().isAfter(now))
                        .sorted(Comparator.comparing(Offer::at)).toList();
            }
        }

        @Override
        public Optional<Pair> propose(Offer candidateFirst, Offer interviewerFirst, Instant at) {
            synchronized (data) {
                Optional<Offer> a = offerOf(candidateFirst.community(), candidateFirst.user());
                Optional<Offer> b = offerOf(interviewerFirst.community(), interviewerFirst.user());
                if (a.isEmpty() || b.isEmpty() || candidateFirst.user().equals(interviewerFirst.user())) {
                    return Optional.empty();
                }
                withdraw(candidateFirst.community(), candidateFirst.user());
                withdraw(interviewerFirst.community(), interviewerFirst.user());
                Pair p = new Pair(data.pairs.size() + 1L, candidateFirst.community(),
                        new Side(a.get().user(), a.get().name(), a.get().level(), false, a.get().placeRef()),
                        new Side(b.get().user(), b.get().name(), b.get().level(), false, b.get().placeRef()),
                        Stage.PROPOSED, 1, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), micros(at), 0);
                data.pairs.add(p);
                return Optional.of(p);
            }
        }

        @Override
        public Optional<Pair> find(long pairId) {
            synchronized (data) {
                return data.pairs.stream().filter(p -> p.id() == pairId).findFirst();
            }
        }

        @Override
        public Optional<Pair> current(Community community, UserKey user) {
            synchronized (data) {
                return data.pairs.stream().filter(p -> p.community().equals(community) && p.has(user) && p.stage() != Stage.ENDED)
                        .reduce((x, y) -> y);
            }
        }

        @Override
        public Optional<Instant> lastPaired(Community community, UserKey a, UserKey b) {
            synchronized (data) {
                return data.pairs.stream().filter(p -> p.community().equals(community) && p.has(a) && p.has(b))
                        .map(Pair::at).max(Comparator.naturalOrder());
            }
        }

        @Override
        public Optional<Pair> update(Pair next) {
            synchronized (data) {
                for (int i = 0; i < data.pairs.size(); i++) {
                    Pair p = data.pairs.get(i);
                    if (p.id() == next.id()) {
                        if (p.version() != next.version()) {
                            return Optional.empty();
                        }
                        Pair stored = new Pair(p.id(), p.community(), next.first(), next.second(), next.stage(), next.round(),
                                next.questionId(), next.space(), next.answer(), next.ended(), p.at(), p.version() + 1);
                        data.pairs.set(i, stored);
                        return Optional.of(stored);
                    }
                }
                return Optional.empty();
            }
        }

        @Override
        public void recordVotes(long pairId, int round, List<PeerVote> votes) {
            synchronized (data) {
                if (find(pairId).isPresent()) {
                    data.peerVotes.put(pairId + "/" + round, List.copyOf(votes));
                }
            }
        }

        @Override
        public List<PeerVote> votes(long pairId, int round) {
            synchronized (data) {
                return data.peerVotes.getOrDefault(pairId + "/" + round, List.of());
            }
        }

        @Override
        public List<String> export(UserKey user) {
            synchronized (data) {
                List<String> out = new ArrayList<>();
                data.offers.stream().filter(o -> o.user().equals(user)).forEach(o -> out.add("peer mock offer at "
                        + o.level().key() + " level, " + o.window().key() + ", until " + o.until()));
                for (Pair p : data.pairs) {
                    if (!p.has(user)) {
                        continue;
                    }
                    out.add("peer mock " + p.id() + " on " + p.at() + ": " + p.stage().name().toLowerCase(java.util.Locale.ROOT)
                            + p.ended().map(e -> " (" + e + ")").orElse(""));
                    for (int round = 1; round <= 2; round++) {
                        boolean candidate = (round == 1 ? p.first() : p.second()).user().equals(user);
                        for (PeerVote v : votes(p.id(), round)) {
                            out.add((candidate ? "vote received" : "vote given") + " in peer mock " + p.id() + " round " + round
                                    + ": " + v.lp().displayName() + " " + v.vote().label() + ", \"" + v.evidence() + "\"");
                        }
                        if (candidate && round == p.round()) {
                            p.answer().ifPresent(a -> out.add("answer pasted in peer mock " + p.id() + ": " + a));
                        }
                    }
                }
                return out;
            }
        }

        @Override
        public int forget(UserKey user) {
            synchronized (data) {
                int n = 0;
                n += data.offers.removeIf(o -> o.user().equals(user)) ? 1 : 0;
                List<Pair> mine = data.pairs.stream().filter(p -> p.has(user)).toList();
                for (Pair p : mine) {
                    data.peerVotes.remove(p.id() + "/1");
                    data.peerVotes.remove(p.id() + "/2");
                }
                data.pairs.removeAll(mine);
                return n + mine.size();
            }
        }
    }

    /** A membership as the export shows it (the same shape as the JDBC store's). */
    private static Map<String, Object> memberMap(dev.loopcoach.core.port.PracticeBoardStore.Member m) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("platform", m.platform());
        b.put("community", m.community());
        b.put("shownAs", m.displayName());
        b.put("joinedAt", m.joinedAt().toString());
        return b;
    }

    private final class Privacy implements PrivacyStore {
        @Override
        public Map<String, Object> export(UserKey user) {
            synchronized (data) {
                Map<String, Object> out = new LinkedHashMap<>();
                Instant created = data.people.get(user);
                out.put("person", created == null ? null : person(user, created));
                out.put("sessions", data.sessions.values().stream()
                        .filter(s -> s.session().user().equals(user))
                        .sorted(BY_STARTED)
                        .map(InMemoryStores::sessionMap)
                        .toList());
                out.put("practice", data.practice.getOrDefault(user, List.of()).stream()
                        .sorted(Comparator.comparing(PracticeEntry::at))
                        .map(InMemoryStores::practiceMap)
                        .toList());
                out.put("stories", data.stories.getOrDefault(user, List.of()).stream()
                        .map(InMemoryStores::storyMap)
                        .toList());
                List<Map<String, Object>> drills = new ArrayList<>();
                data.drills.getOrDefault(user, Map.of()).forEach((card, d) -> drills.add(d.exported(card)));
                out.put("storyDrills", drills);
                UserPrefs prefs = data.prefs.get(user);
                Map<String, Object> p = new java.util.LinkedHashMap<>();
                if (prefs != null) {
                    p.put("threadCoachingMuted", prefs.threadCoachingMuted());
                    p.put("threadCoachingSnoozedUntil", prefs.snoozedUntil().map(Object::toString).orElse(null));
                    p.put("timeZone", prefs.zone().map(Object::toString).orElse(null));
                    p.put("prepPlan", prefs.plan().<Object>map(dev.loopcoach.core.plan.PlanRequest::exported).orElse(null));
                    p.put("privateVerdicts", prefs.privateVerdicts());
                }
                out.put("prefs", prefs == null ? null : p);
                out.put("guesses", new Guesses().export(user));
                out.put("peerMocks", new PeerMocks().export(user));
                out.put("coachConsents", data.consents.stream().filter(m -> m.user().equals(user)).map(InMemoryStores::memberMap)
                        .toList());
                out.put("practiceBoards", data.board.stream().filter(m -> m.user().equals(user)).map(InMemoryStores::memberMap)
                        .toList());
                return out;
            }
        }

        @Override
        public int deleteAll(UserKey user) {
            synchronized (data) {
                int count = 0;
                var sessions = data.sessions.values().iterator();
                while (sessions.hasNext()) {
                    if (sessions.next().session().user().equals(user)) {
                        sessions.remove();
                        count++;
                    }
                }
                count += sizeOf(data.practice.remove(user));
                count += sizeOf(data.stories.remove(user));
                data.drills.remove(user);
                count += data.prefs.remove(user) == null ? 0 : 1;
                data.reminded.remove(user);
                count += new Guesses().forget(user);
                count += new PeerMocks().forget(user);
                data.consents.removeIf(m -> m.user().equals(user));
                int before = data.board.size();
                data.board.removeIf(m -> m.user().equals(user));
                count += before - data.board.size();
                count += data.people.remove(user) == null ? 0 : 1;
                return count;
            }
        }

        private static int sizeOf(List<?> list) {
            return list == null ? 0 : list.size();
        }
    }

    private static Map<String, Object> person(UserKey user, Instant created) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("platform", user.platform());
        person.put("userId", user.userId());
        person.put("displayName", null);
        person.put("createdAt", created.toString());
        return person;
    }

    private static Map<String, Object> sessionMap(StoredSession stored) {
        InterviewSession s = stored.session();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", s.id().value());
        map.put("kind", s.plan().kind().name());
        map.put("status", s.finished() ? "finished" : "active");
        map.put("version", stored.version());
        map.put("startedAt", micros(s.startedAt()).toString());
        map.put("updatedAt", micros(s.updatedAt()).toString());
        map.put("document", JSON.convertValue(s, new TypeReference<Map<String, Object>>() { }));
        return map;
    }

    private static Map<String, Object> practiceMap(PracticeEntry e) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("questionId", e.questionId().value());
        map.put("category", e.category().key());
        map.put("targeted", e.targeted().stream().map(LeadershipPrinciple::slug).toList());
        Map<String, Object> votes = new TreeMap<>();
        e.votes().forEach((lp, vote) -> votes.put(lp.slug(), vote.name()));
        map.put("votes", votes);
        map.put("overall", e.overall().map(Enum::name).orElse(null));
        map.put("at", e.at().toString());
        return map;
    }

    private static Map<String, Object> storyMap(Story story) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", story.id());
        map.put("title", story.title());
        map.put("text", story.text());
        map.put("lps", story.lps().stream().map(LeadershipPrinciple::slug).toList());
        map.put("createdAt", story.createdAt().toString());
        return map;
    }
}
