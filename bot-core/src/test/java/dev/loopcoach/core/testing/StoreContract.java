package dev.loopcoach.core.testing;

import static dev.loopcoach.core.testing.StoreFixtures.AWKWARD_TEXT;
import static dev.loopcoach.core.testing.StoreFixtures.answeredEntry;
import static dev.loopcoach.core.testing.StoreFixtures.answeredFollowUp;
import static dev.loopcoach.core.testing.StoreFixtures.answeredQuestion;
import static dev.loopcoach.core.testing.StoreFixtures.at;
import static dev.loopcoach.core.testing.StoreFixtures.followUpState;
import static dev.loopcoach.core.testing.StoreFixtures.newSession;
import static dev.loopcoach.core.testing.StoreFixtures.singlePlan;
import static dev.loopcoach.core.testing.StoreFixtures.skippedEntry;
import static dev.loopcoach.core.testing.StoreFixtures.skippedQuestion;
import static dev.loopcoach.core.testing.StoreFixtures.user;
import static dev.loopcoach.core.testing.StoreFixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.ChannelSettingsStore.ChannelKey;
import dev.loopcoach.core.port.ConcurrentUpdateException;
import dev.loopcoach.core.port.PracticeEntry;
import dev.loopcoach.core.port.StoredSession;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.port.UserPrefs;
import dev.loopcoach.core.session.InterviewSession;
import dev.loopcoach.core.session.Position;
import dev.loopcoach.core.session.SessionId;
import dev.loopcoach.core.session.SessionState;
import dev.loopcoach.core.story.Story;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every implementation of the storage ports must show: in memory, H2 and PostgreSQL run these
 * same tests. A subclass opens "processes" over one store. The store may be shared by all tests of a class, so
 * every test works with its own random users, session ids and workspaces and never sees another test's data.
 */
public abstract class StoreContract {
    private final List<StoreSet> opened = new ArrayList<>();

    /**
     * Gives an independent instance of the stores, like a separate process with its own pool and cache.
     * Each call within one test gives a different instance; all of them share one store's data.
     */
    protected abstract StoreSet openStores() throws Exception;

    /** Looks at the raw storage and fails if anything about the user or the sessions is still there. */
    protected abstract void assertNoTraceOf(UserKey user, Set<SessionId> sessionIds) throws Exception;

    /** Called after every test once all opened stores are closed; drop what {@link #openStores} created. */
    protected void cleanUp() throws Exception {
    }

    protected final StoreSet process() throws Exception {
        StoreSet stores = openStores();
        opened.add(stores);
        return stores;
    }

    @AfterEach
    final void closeOpenedStores() throws Exception {
        try {
            for (StoreSet stores : opened) {
                stores.close();
            }
        } finally {
            opened.clear();
            cleanUp();
        }
    }

    // ---- sessions -------------------------------------------------------------------------------------------

    @Test
    void givenNewSession_whenCreated_thenStoredAtVersionOneAndFoundById() throws Exception {
        StoreSet stores = process();
        InterviewSession session = newSession(user("alice"), at(0));

        StoredSession created = stores.sessions().create(session);

        assertThat(created.version()).isEqualTo(1);
        assertThat(stores.sessions().find(session.id())).contains(new StoredSession(session, 1));
    }

    @Test
    void givenUnknownId_whenFound_thenEmpty() throws Exception {
        StoreSet stores = process();

        assertThat(stores.sessions().find(SessionId.random())).isEmpty();
        assertThat(stores.sessions().findActive(user("nobody"))).isEmpty();
        assertThat(stores.sessions().recent(user("nobody"), 5)).isEmpty();
    }

    @Test
    void givenExistingSession_whenCreatedAgain_thenRefusedAndOriginalKept() throws Exception {
        StoreSet stores = process();
        InterviewSession session = newSession(user("alice"), at(0));
        stores.sessions().create(session);

        InterviewSession clash = new InterviewSession(session.id(), session.user(), singlePlan(), session.state(),
                List.of(), at(1), at(1));

        assertThatThrownBy(() -> stores.sessions().create(clash)).isInstanceOf(IllegalStateException.class);
        assertThat(stores.sessions().find(session.id())).contains(new StoredSession(session, 1));
    }

    @Test
    void givenStoredSession_whenUpdatedAtCurrentVersion_thenVersionGrowsAndNewStateIsStored() throws Exception {
        StoreSet stores = process();
        InterviewSession session = newSession(user("alice"), at(0));
        stores.sessions().create(session);

        InterviewSession answered = session.withTurn(answeredQuestion(at(3)), followUpState(), at(3));
        StoredSession second = stores.sessions().update(answered, 1);
        InterviewSession probed = answered.withTurn(answeredFollowUp(at(5)),
                new SessionState.AwaitingAnswer(new Position(0, 1), 1), at(5));
        StoredSession third = stores.sessions().update(probed, second.version());

        assertThat(second.version()).isEqualTo(2);
        assertThat(third.version()).isEqualTo(3);
        assertThat(stores.sessions().find(session.id())).contains(new StoredSession(probed, 3));
    }

    @Test
    void givenAnAnswer_whenItsSessionAndPracticeAreStoredTogether_thenBothAreThere_andAStaleWriteRecordsNeither() throws Exception {
        StoreSet stores = process();
        UserKey alice = user("alice");
        InterviewSession session = started(stores, alice);

        InterviewSession answered = session.withTurn(answeredQuestion(at(3)), followUpState(), at(3));
        StoredSession stored = stores.sessions().update(answered, 1, alice, List.of(answeredEntry(at(3))), stores.practice());
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stores.sessions().find(session.id())).contains(new StoredSession(answered, 2));
        assertThat(stores.practice().entries(alice)).containsExactly(micros(answeredEntry(at(3))));

        InterviewSession stale = session.withTurn(skippedQuestion(at(4)), followUpState(), at(4));
        assertThatThrownBy(() -> stores.sessions().update(stale, 1, alice, List.of(answeredEntry(at(4))), stores.practice()))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(stores.practice().entries(alice)).as("nothing recorded for the refused write").hasSize(1);
        assertThat(stores.sessions().find(session.id())).contains(new StoredSession(answered, 2));
    }

    @Test
    void givenTwoProcesses_whenBothUpdateFromTheSameVersion_thenTheSecondIsRejectedAndTheFirstKept() throws Exception {
        StoreSet first = process();
        StoreSet second = process();
        InterviewSession session = newSession(user("alice"), at(0));
        first.sessions().create(session);
        StoredSession seenByFirst = first.sessions().find(session.id()).orElseThrow();
        StoredSession seenBySecond = second.sessions().find(session.id()).orElseThrow();

        InterviewSession fromFirst = seenByFirst.session().withTurn(answeredQuestion(at(2)), followUpState(), at(2));
        first.sessions().update(fromFirst, seenByFirst.version());
        InterviewSession fromSecond = seenBySecond.session().withTurn(skippedQuestion(at(2)),
                new SessionState.AwaitingAnswer(new Position(0, 1), 0), at(2));

        assertThatThrownBy(() -> second.sessions().update(fromSecond, seenBySecond.version()))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(second.sessions().find(session.id())).contains(new StoredSession(fromFirst, 2));
        assertThat(first.sessions().find(session.id())).contains(new StoredSession(fromFirst, 2));
    }

    @Test
    void givenConflictSeen_whenReloadedAndRetried_thenTheRetrySucceeds() throws Exception {
        StoreSet first = process();
        StoreSet second = process();
        InterviewSession session = newSession(user("alice"), at(0));
        first.sessions().create(session);
        first.sessions().find(session.id());
        second.sessions().update(session.with(followUpState(), at(1)), 1);

        assertThatThrownBy(() -> first.sessions().update(session.with(new SessionState.AwaitingAnswer(Position.start(), 1), at(1)), 1))
                .isInstanceOf(ConcurrentUpdateException.class);
        StoredSession fresh = first.sessions().find(session.id()).orElseThrow();
        StoredSession retried = first.sessions().update(fresh.session().withTurn(answeredFollowUp(at(2)),
                new SessionState.AwaitingAnswer(new Position(0, 1), 0), at(2)), fresh.version());

        assertThat(fresh.version()).isEqualTo(2);
        assertThat(fresh.session().state()).isEqualTo(followUpState());
        assertThat(retried.version()).isEqualTo(3);
        assertThat(second.sessions().find(session.id())).contains(retried);
    }

    @Test
    void givenSessionThatNoLongerExists_whenUpdated_thenConcurrentUpdate() throws Exception {
        StoreSet stores = process();
        InterviewSession neverStored = newSession(user("alice"), at(0));

        assertThatThrownBy(() -> stores.sessions().update(neverStored, 1)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(stores.sessions().find(neverStored.id())).isEmpty();
    }

    @Test
    void givenCachedSession_whenAnotherProcessUpdatesIt_thenNoLookupReturnsTheStaleVersion() throws Exception {
        StoreSet first = process();
        StoreSet second = process();
        UserKey alice = user("alice");
        InterviewSession session = newSession(alice, at(0));
        first.sessions().create(session);
        assertThat(first.sessions().find(session.id()).orElseThrow().version()).isEqualTo(1);
        assertThat(first.sessions().findActive(alice).orElseThrow().version()).isEqualTo(1);

        InterviewSession elsewhere = session.withTurn(answeredQuestion(at(4)), followUpState(), at(4));
        second.sessions().update(elsewhere, 1);

        assertThat(first.sessions().find(session.id())).contains(new StoredSession(elsewhere, 2));
        assertThat(first.sessions().findActive(alice)).contains(new StoredSession(elsewhere, 2));
        assertThat(first.sessions().recent(alice, 5)).containsExactly(new StoredSession(elsewhere, 2));
    }

    @Test
    void givenEveryStateAndTurnKind_whenStoredAndReadInAnotherProcess_thenTheTranscriptIsIdentical() throws Exception {
        StoreSet writer = process();
        StoreSet reader = process();
        InterviewSession start = newSession(user("alice"), at(0));
        writer.sessions().create(start);
        InterviewSession awaitingFollowUp = start.withTurn(answeredQuestion(at(3)), followUpState(), at(3));
        writer.sessions().update(awaitingFollowUp, 1);
        assertThat(reader.sessions().find(start.id())).contains(new StoredSession(awaitingFollowUp, 2));

        InterviewSession awaitingNext = awaitingFollowUp.withTurn(answeredFollowUp(at(6)),
                new SessionState.AwaitingAnswer(new Position(0, 1), 2), at(6));
        writer.sessions().update(awaitingNext, 2);
        assertThat(reader.sessions().find(start.id())).contains(new StoredSession(awaitingNext, 3));

        InterviewSession finished = awaitingNext.withTurn(skippedQuestion(at(8)),
                new SessionState.Finished(at(8), false), at(8));
        writer.sessions().update(finished, 3);
        StoredSession read = reader.sessions().find(start.id()).orElseThrow();

        assertThat(read).isEqualTo(new StoredSession(finished, 4));
        assertThat(read.session().transcript()).hasSize(3);
        assertThat(read.session().transcript().get(0).answer()).isEqualTo(AWKWARD_TEXT);
        assertThat(read.session().startedAt()).isEqualTo(StoreFixtures.T0);
    }

    @Test
    void givenSessionWithEmptyOptionalPlanParts_whenStored_thenReadBackEqual() throws Exception {
        StoreSet stores = process();
        InterviewSession single = new InterviewSession(SessionId.random(), user("alice"), singlePlan(),
                new SessionState.AwaitingAnswer(Position.start(), 0), List.of(), at(0), at(0));

        stores.sessions().create(single);

        assertThat(process().sessions().find(single.id())).contains(new StoredSession(single, 1));
    }

    @Test
    void givenActiveSession_whenFinished_thenFindActiveNoLongerReturnsItButFindAndRecentDo() throws Exception {
        StoreSet stores = process();
        UserKey alice = user("alice");
        InterviewSession session = started(stores, alice);
        assertThat(stores.sessions().findActive(alice)).contains(new StoredSession(session, 1));

        InterviewSession finished = session.with(new SessionState.Finished(at(30), true), at(30));
        stores.sessions().update(finished, 1);

        assertThat(stores.sessions().findActive(alice)).isEmpty();
        assertThat(process().sessions().findActive(alice)).isEmpty();
        assertThat(stores.sessions().find(session.id())).contains(new StoredSession(finished, 2));
        assertThat(stores.sessions().recent(alice, 10)).containsExactly(new StoredSession(finished, 2));
    }

    @Test
    void givenSeveralActiveSessions_whenFindActive_thenTheMostRecentlyUpdatedOneOfThatUser() throws Exception {
        StoreSet stores = process();
        UserKey alice = user("alice");
        UserKey bob = user("bob");
        InterviewSession older = newSession(alice, at(0));
        InterviewSession newer = newSession(alice, at(10));
        InterviewSession bobs = newSession(bob, at(20));
        stores.sessions().create(older);
        stores.sessions().create(newer);
        stores.sessions().create(bobs);
        assertThat(stores.sessions().findActive(alice).orElseThrow().session().id()).isEqualTo(newer.id());

        stores.sessions().update(older.with(followUpState(), at(15)), 1);

        assertThat(stores.sessions().findActive(alice).orElseThrow().session().id()).isEqualTo(older.id());
        assertThat(stores.sessions().findActive(bob).orElseThrow().session().id()).isEqualTo(bobs.id());
    }

    @Test
    void givenManySessions_whenRecent_thenNewestStartedFirstUpToTheLimit() throws Exception {
        StoreSet stores = process();
        UserKey alice = user("alice");
        List<SessionId> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            InterviewSession s = newSession(alice, at(i * 10));
            stores.sessions().create(s);
            if (i == 1) {
                stores.sessions().update(s.with(new SessionState.Finished(at(i * 10 + 5), true), at(i * 10 + 5)), 1);
            }
            ids.add(s.id());
        }
        stores.sessions().create(newSession(user("bob"), at(100)));

        List<StoredSession> recent = stores.sessions().recent(alice, 3);

        assertThat(recent).extracting(s -> s.session().id()).containsExactly(ids.get(3), ids.get(2), ids.get(1));
        assertThat(recent.get(2).session().finished()).isTrue();
        assertThat(stores.sessions().recent(alice, 0)).isEmpty();
    }

    @Test
    void givenTwoProcessesRacingOnOneSession_whenEachRetriesOnConflict_thenNoUpdateIsLost() throws Exception {
        StoreSet first = process();
        StoreSet second = process();
        InterviewSession session = newSession(user("alice"), at(0));
        first.sessions().create(session);
        int threadsPerProcess = 2;
        int incrementsPerThread = 15;
        AtomicInteger conflicts = new AtomicInteger();
        List<Callable<Void>> workers = new ArrayList<>();
        for (StoreSet stores : List.of(first, second)) {
            for (int t = 0; t < threadsPerProcess; t++) {
                workers.add(() -> {
                    for (int i = 0; i < incrementsPerThread; i++) {
                        while (true) {
                            StoredSession current = stores.sessions().find(session.id()).orElseThrow();
                            SessionState.AwaitingAnswer state = (SessionState.AwaitingAnswer) current.session().state();
                            InterviewSession next = current.session().with(
                                    new SessionState.AwaitingAnswer(state.at(), state.hintsShown() + 1), at(1));
                            try {
                                stores.sessions().update(next, current.version());
                                break;
                            } catch (ConcurrentUpdateException e) {
                                conflicts.incrementAndGet();
                            }
                        }
                    }
                    return null;
                });
            }
        }

        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        try {
            for (Future<Void> done : pool.invokeAll(workers, 60, TimeUnit.SECONDS)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        int total = 2 * threadsPerProcess * incrementsPerThread;
        StoredSession last = first.sessions().find(session.id()).orElseThrow();
        assertThat(((SessionState.AwaitingAnswer) last.session().state()).hintsShown()).isEqualTo(total);
        assertThat(last.version()).isEqualTo(1L + total);
        assertThat(second.sessions().find(session.id())).contains(last);
    }

    // ---- practice history -----------------------------------------------------------------------------------

    @Test
    void givenAnsweredAndSkippedQuestions_whenRecorded_thenEntriesComeBackOldestFirstWithVotesPerLp() throws Exception {
        StoreSet stores = process();
        UserKey alice = user("alice");
        PracticeEntry later = answeredEntry(at(20));
        PracticeEntry earlier = skippedEntry(at(5));
        PracticeEntry middle = new PracticeEntry(later.questionId(), later.category(), List.of(LeadershipPrinciple.EARN_TRUST),
                Map.of(LeadershipPrinciple.EARN_TRUST, Vote.STRONGLY_NOT_INCLINED, LeadershipPrinciple.BACKBONE, Vote.INCLINED),
                Optional.of(Vote.NOT_INCLINED), at(10));

        stores.practice().record(alice, later);
        stores.practice().record(alice, earlier);
        stores.practice().record(alice, middle);
        List<PracticeEntry> entries = process().practice().entries(alice);

        assertThat(entries).containsExactly(micros(earlier), micros(middle), micros(later));
        assertThat(entries.get(0).skipped()).isTrue();
        assertThat(entries.get(2).votes()).containsEntry(LeadershipPrinciple.DIVE_DEEP, Vote.STRONGLY_INCLINED)
                .containsEntry(LeadershipPrinciple.OWNERSHIP, Vote.NOT_INCLINED).hasSize(2);
        assertThat(entries.get(2).targeted()).containsExactly(LeadershipPrinciple.DIVE_DEEP, LeadershipPrinciple.OWNERSHIP);
    }

    @Test
    void givenEntriesOfTwoUsers_whenListed_thenEachSeesOnlyTheirOwn() throws Exception {
        StoreSet stores = process();
        UserKey alice = user("alice");
        UserKey bob = user("bob");
        stores.practice().record(alice, answeredEntry(at(1)));
        process().practice().record(bob, skippedEntry(at(2)));

        assertThat(stores.practice().entries(alice)).containsExactly(micros(answeredEntry(at(1))));
        assertThat(stores.practice().entries(bob)).containsExactly(micros(skippedEntry(at(2))));
        assertThat(stores.practice().entries(user("carol"))).isEmpty();
    }

    // ---- stories --------------------------------------------------------------------------------------------

    @Test
    void givenStoriesAdded_whenListed_thenInOrderWithDistinctIdsAndTheirPrinciples() throws Exception {
        StoreSet stores = process();
        UserKey alice = user("alice");
        UserKey bob = user("bob");
        Story first = stores.stories().add(alice, "Checkout latency", AWKWARD_TEXT,
                List.of(LeadershipPrinciple.DIVE_DEEP, LeadershipPrinciple.DELIVER_RESULTS), at(1));
        Story bobs = stores.stories().add(bob, "Hiring loop", "I raised the bar.", List.of(LeadershipPrinciple.HIRE_AND_DEVELOP), at(2));
        Story second = stores.stories().add(alice, "Pricing pushback", "I disagreed, then committed.",
                List.of(LeadershipPrinciple.BACKBONE), at(3));

        List<Story> listed = process().stories().list(alice);

        assertThat(listed).containsExactly(first, second);
        assertThat(Set.of(first.id(), second.id(), bobs.id())).hasSize(3);
        assertThat(first.text()).isEqualTo(AWKWARD_TEXT);
        assertThat(first.createdAt()).isEqualTo(at(1).truncatedTo(ChronoUnit.MICROS));
        assertThat(first.lps()).containsExactly(LeadershipPrinciple.DIVE_DEEP, LeadershipPrinciple.DELIVER_RESULTS);
        assertThat(stores.stories().list(user("carol"))).isEmpty();
    }

    // ---- prefs ----------------------------------------------------------------------------------------------

    @Test
    void givenNoPrefsStored_whenRead_thenDefaultsAndNothingIsCreated() throws Exception {
        StoreSet stores = process();
        UserKey alice = user("alice");

        assertThat(stores.prefs().get(alice)).isEqualTo(UserPrefs.defaults());
        assertThat(stores.privacy().export(alice).get("person")).isNull();
    }

    @Test
    void givenPrefsPutTwice_whenReadInAnotherProcess_thenTheLastValueWins() throws Exception {
        StoreSet stores = process();
        UserKey alice = user("alice");
        UserKey bob = user("bob");

        stores.prefs().put(alice, new UserPrefs(true));
        stores.prefs().put(bob, new UserPrefs(true));
        assertThat(process().prefs().get(alice)).isEqualTo(new UserPrefs(true));
        stores.prefs().put(alice, new UserPrefs(false));

        assertThat(process().prefs().get(alice)).isEqualTo(new UserPrefs(false));
        assertThat(stores.prefs().get(bob)).isEqualTo(new UserPrefs(true));
    }

    @Test
    void givenATimeZone_thenAnotherProcessReadsIt_andMutingKeepsIt() throws Exception {
        StoreSet stores = process();
        UserKey alice = user("alice");
        stores.prefs().put(alice, UserPrefs.defaults().withZone(java.time.ZoneId.of("Asia/Kolkata")));

        assertThat(process().prefs().get(alice).zone()).contains(java.time.ZoneId.of("Asia/Kolkata"));
        stores.prefs().put(alice, stores.prefs().get(alice).withCoaching(true, java.util.Optional.empty()));
        assertThat(process().prefs().get(alice)).isEqualTo(new UserPrefs(true, java.util.Optional.empty(),
                java.util.Optional.of(java.time.ZoneId.of("Asia/Kolkata"))));
    }

    @Test
    void givenStoryDrills_thenAnotherProcessReadsThem_othersCannotTouchThem_andDeleteRemovesThem() throws Exception {
        StoreSet stores = process();
        UserKey alice = user("alice");
        UserKey bob = user("bob");
        dev.loopcoach.core.story.Story story = stores.stories().add(alice, "Checkout", "I fixed checkout; conversion +4%.",
                List.of(LeadershipPrinciple.DIVE_DEEP), java.time.Instant.parse("2027-01-04T09:00:00Z"));
        dev.loopcoach.core.story.DrillState state = new dev.loopcoach.core.story.DrillState(2,
                java.time.LocalDate.of(2027, 1, 15), dev.loopcoach.core.story.DrillGrade.GOOD);

        stores.stories().saveDrill(alice, story.id(), LeadershipPrinciple.DIVE_DEEP, state);
        stores.stories().saveDrill(bob, story.id(), LeadershipPrinciple.DIVE_DEEP,
                new dev.loopcoach.core.story.DrillState(0, java.time.LocalDate.of(2027, 1, 5), dev.loopcoach.core.story.DrillGrade.MISSED));

        String key = dev.loopcoach.core.story.DrillCard.key(story.id(), LeadershipPrinciple.DIVE_DEEP);
        assertThat(process().stories().drills(alice)).containsExactly(java.util.Map.entry(key, state));
        assertThat(process().stories().drills(bob)).isEmpty();
        dev.loopcoach.core.story.DrillState later = new dev.loopcoach.core.story.DrillState(3, java.time.LocalDate.of(2027, 1, 29),
                dev.loopcoach.core.story.DrillGrade.GOOD);
        process().stories().saveDrill(alice, story.id(), LeadershipPrinciple.DIVE_DEEP, later);
        assertThat(stores.stories().drills(alice)).containsEntry(key, later);
        assertThat(String.valueOf(stores.privacy().export(alice))).contains("storyDrills").contains("2027-01-29");

        stores.privacy().deleteAll(alice);
        assertThat(process().stories().drills(alice)).isEmpty();
    }

    @Test
    void givenAPrepPlan_thenAnotherProcessReadsIt_itIsExported_andOtherSettingsKeepIt() throws Exception {
        StoreSet stores = process();
        UserKey alice = user("alice");
        dev.loopcoach.core.plan.PlanRequest plan = new dev.loopcoach.core.plan.PlanRequest(java.time.LocalDate.of(2027, 2, 15),
                dev.loopcoach.core.bank.Level.PRINCIPAL, java.util.Optional.of("payments"), java.time.LocalDate.of(2027, 1, 4));

        stores.prefs().put(alice, UserPrefs.defaults().withZone(java.time.ZoneId.of("Europe/Berlin")).withPlan(java.util.Optional.of(plan)));
        assertThat(process().prefs().get(alice).plan()).contains(plan);
        stores.prefs().put(alice, stores.prefs().get(alice).withCoaching(true, java.util.Optional.empty()));
        assertThat(process().prefs().get(alice).plan()).contains(plan);
        assertThat(String.valueOf(stores.privacy().export(alice))).contains("prepPlan").contains("2027-02-15").contains("payments");

        stores.prefs().put(alice, stores.prefs().get(alice).withPlan(java.util.Optional.empty()));
        assertThat(process().prefs().get(alice).plan()).isEmpty();
        assertThat(process().prefs().get(alice).zone()).contains(java.time.ZoneId.of("Europe/Berlin"));
    }

    @Test
    void givenCoachingSnoozedUntilADate_thenAnotherProcessReadsTheDate_andUnmutingClearsIt() throws Exception {
        StoreSet stores = process();
        UserKey alice = user("alice");
        UserPrefs snoozed = new UserPrefs(false, java.util.Optional.of(java.time.LocalDate.of(2026, 12, 24)));

        stores.prefs().put(alice, snoozed);
        assertThat(process().prefs().get(alice)).isEqualTo(snoozed);
        stores.prefs().put(alice, new UserPrefs(false));

        assertThat(process().prefs().get(alice).snoozedUntil()).isEmpty();
    }

    // ---- channel settings -----------------------------------------------------------------------------------

    @Test
    void givenSettingsPerChannel_whenReadBack_thenEachChannelKeepsItsOwn() throws Exception {
        StoreSet stores = process();
        String guild = workspace();
        ChannelKey interview = new ChannelKey("discord", guild, "chan-7");
        ChannelKey other = new ChannelKey("discord", guild, "chan-8");
        ChannelKey wholeGuild = ChannelKey.workspaceWide("discord", guild);
        ChannelKey slack = new ChannelKey("slack", guild, "chan-7");

        stores.channelSettings().put(interview, "thread.mode", "private");
        stores.channelSettings().put(interview, "daily.enabled", "true");
        stores.channelSettings().put(wholeGuild, "thread.mode", "public");
        stores.channelSettings().put(slack, "thread.mode", "none");
        StoreSet another = process();

        assertThat(another.channelSettings().settings(interview))
                .isEqualTo(Map.of("thread.mode", "private", "daily.enabled", "true"));
        assertThat(another.channelSettings().get(wholeGuild, "thread.mode")).contains("public");
        assertThat(another.channelSettings().get(slack, "thread.mode")).contains("none");
        assertThat(another.channelSettings().settings(other)).isEmpty();
        assertThat(another.channelSettings().get(other, "thread.mode")).isEmpty();
    }

    @Test
    void givenSetting_whenReplacedAndRemoved_thenLatestValueThenGone() throws Exception {
        StoreSet stores = process();
        ChannelKey channel = new ChannelKey("slack", workspace(), "C0INTERVIEW");

        stores.channelSettings().put(channel, "thread.mode", "private");
        stores.channelSettings().put(channel, "thread.mode", AWKWARD_TEXT);
        assertThat(stores.channelSettings().get(channel, "thread.mode")).contains(AWKWARD_TEXT);

        assertThat(stores.channelSettings().remove(channel, "thread.mode")).isTrue();
        assertThat(stores.channelSettings().remove(channel, "thread.mode")).isFalse();
        assertThat(process().channelSettings().settings(channel)).isEmpty();
    }

    @Test
    void givenBadSettingNameOrValue_whenPut_thenRefusedClearly() throws Exception {
        StoreSet stores = process();
        ChannelKey channel = new ChannelKey("discord", workspace(), "c");

        assertThatThrownBy(() -> stores.channelSettings().put(channel, "Bad Name", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("setting name");
        assertThatThrownBy(() -> stores.channelSettings().put(channel, "ok", "x".repeat(2001)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 2000");
        assertThat(stores.channelSettings().settings(channel)).isEmpty();
    }

    // ---- privacy --------------------------------------------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void givenEverythingAboutAUser_whenExported_thenPlainJsonWithSessionsHistoryStoriesAndPrefs() throws Exception {
        StoreSet stores = process();
        UserKey alice = user("alice");
        UserKey bob = user("bob");
        InterviewSession session = started(stores, alice);
        stores.sessions().update(session.withTurn(answeredQuestion(at(3)), followUpState(), at(3)), 1);
        stores.practice().record(alice, answeredEntry(at(3)));
        stores.stories().add(alice, "Checkout latency", "We found the slow query.", List.of(LeadershipPrinciple.DIVE_DEEP), at(4));
        stores.prefs().put(alice, new UserPrefs(true));
        stores.stories().add(bob, "Bob's story", "Not Alice's.", List.of(), at(5));

        Map<String, Object> export = process().privacy().export(alice);

        assertJsonAble(export);
        String json = new ObjectMapper().writeValueAsString(export);
        assertThat(json).contains(AWKWARD_TEXT.substring(0, 20)).doesNotContain("Bob's story");
        Map<String, Object> person = (Map<String, Object>) export.get("person");
        assertThat(person).containsEntry("platform", "discord").containsEntry("userId", alice.userId());
        assertThat(person.get("createdAt")).isInstanceOf(String.class);
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) export.get("sessions");
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0)).containsEntry("id", session.id().value()).containsEntry("status", "active")
                .containsEntry("kind", "LOOP");
        assertThat(((Number) sessions.get(0).get("version")).longValue()).isEqualTo(2);
        Map<String, Object> document = (Map<String, Object>) sessions.get(0).get("document");
        List<Map<String, Object>> transcript = (List<Map<String, Object>>) document.get("transcript");
        assertThat(transcript).hasSize(1);
        assertThat(transcript.get(0)).containsEntry("answer", AWKWARD_TEXT);
        List<Map<String, Object>> practice = (List<Map<String, Object>>) export.get("practice");
        assertThat(practice).hasSize(1);
        assertThat(practice.get(0)).containsEntry("questionId", "beh-dd-003").containsEntry("overall", "INCLINED")
                .containsEntry("votes", Map.of("dive-deep", "STRONGLY_INCLINED", "ownership", "NOT_INCLINED"))
                .containsEntry("targeted", List.of("dive-deep", "ownership"));
        List<Map<String, Object>> stories = (List<Map<String, Object>>) export.get("stories");
        assertThat(stories).singleElement().satisfies(s -> assertThat(s)
                .containsEntry("title", "Checkout latency").containsEntry("lps", List.of("dive-deep")));
        Map<String, Object> prefs = new java.util.LinkedHashMap<>();
        prefs.put("threadCoachingMuted", true);
        prefs.put("threadCoachingSnoozedUntil", null);
        prefs.put("timeZone", null);
        prefs.put("prepPlan", null);
        prefs.put("privateVerdicts", false);
        assertThat(export.get("prefs")).isEqualTo(prefs);
    }

    @Test
    void givenUnknownUser_whenExported_thenEmptyShape() throws Exception {
        StoreSet stores = process();

        Map<String, Object> export = stores.privacy().export(user("ghost"));

        assertThat(export).containsEntry("person", null).containsEntry("sessions", List.of())
                .containsEntry("practice", List.of()).containsEntry("stories", List.of()).containsEntry("prefs", null);
    }

    @Test
    void givenUserWithData_whenExportedThenDeleted_thenNothingIsLeftAndOthersKeepTheirs() throws Exception {
        StoreSet stores = process();
        StoreSet otherProcess = process();
        UserKey alice = user("alice");
        UserKey bob = user("bob");
        InterviewSession active = newSession(alice, at(0));
        InterviewSession done = newSession(alice, at(1));
        stores.sessions().create(active);
        stores.sessions().create(done);
        stores.sessions().update(done.withTurn(answeredQuestion(at(2)), new SessionState.Finished(at(2), true), at(2)), 1);
        stores.practice().record(alice, answeredEntry(at(2)));
        stores.practice().record(alice, skippedEntry(at(3)));
        stores.stories().add(alice, "Checkout latency", "We found the slow query.", List.of(LeadershipPrinciple.DIVE_DEEP), at(4));
        stores.prefs().put(alice, new UserPrefs(true));
        InterviewSession bobs = newSession(bob, at(5));
        stores.sessions().create(bobs);
        stores.practice().record(bob, answeredEntry(at(5)));
        Story bobStory = stores.stories().add(bob, "Hiring", "I raised the bar.", List.of(LeadershipPrinciple.HIRE_AND_DEVELOP), at(5));
        assertThat(otherProcess.sessions().findActive(alice)).isPresent();
        assertThat(stores.privacy().export(alice).get("person")).isNotNull();

        int deleted = stores.privacy().deleteAll(alice);

        // 2 sessions + 2 history entries + 1 story + prefs + the person
        assertThat(deleted).isEqualTo(7);
        assertThat(stores.privacy().deleteAll(alice)).isZero();
        for (StoreSet view : List.of(stores, otherProcess)) {
            assertThat(view.sessions().find(active.id())).isEmpty();
            assertThat(view.sessions().find(done.id())).isEmpty();
            assertThat(view.sessions().findActive(alice)).isEmpty();
            assertThat(view.sessions().recent(alice, 10)).isEmpty();
            assertThat(view.practice().entries(alice)).isEmpty();
            assertThat(view.stories().list(alice)).isEmpty();
            assertThat(view.prefs().get(alice)).isEqualTo(UserPrefs.defaults());
        }
        assertThat(stores.privacy().export(alice)).containsEntry("person", null).containsEntry("sessions", List.of())
                .containsEntry("practice", List.of()).containsEntry("stories", List.of()).containsEntry("prefs", null);
        assertNoTraceOf(alice, Set.of(active.id(), done.id()));
        assertThat(stores.sessions().find(bobs.id())).contains(new StoredSession(bobs, 1));
        assertThat(stores.practice().entries(bob)).hasSize(1);
        assertThat(stores.stories().list(bob)).containsExactly(bobStory);
    }

    @Test
    void givenDeletedUser_whenTheyStartAgain_thenTheyGetAFreshRecord() throws Exception {
        StoreSet stores = process();
        UserKey alice = user("alice");
        stores.prefs().put(alice, new UserPrefs(true));
        stores.privacy().deleteAll(alice);

        InterviewSession again = newSession(alice, at(60));
        stores.sessions().create(again);

        assertThat(stores.sessions().findActive(alice)).contains(new StoredSession(again, 1));
        assertThat(stores.prefs().get(alice)).isEqualTo(UserPrefs.defaults());
        assertThat(stores.privacy().deleteAll(alice)).isEqualTo(2);
    }

    private static PracticeEntry micros(PracticeEntry e) {
        return new PracticeEntry(e.questionId(), e.category(), e.targeted(), e.votes(), e.overall(),
                e.at().truncatedTo(ChronoUnit.MICROS));
    }

    /** Only maps with string keys, lists, strings, numbers, booleans and nulls: what any JSON writer accepts. */
    private static void assertJsonAble(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                assertThat(k).isInstanceOf(String.class);
                assertJsonAble(v);
            });
            return;
        }
        if (value instanceof List<?> list) {
            list.forEach(StoreContract::assertJsonAble);
            return;
        }
        throw new AssertionError("not a plain JSON value: " + value.getClass().getName() + " " + value);
    }

    /** Instants as the stores keep them outside documents. */
    protected static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** A new interview for {@code user}, stored at version 1. */
    private static InterviewSession started(StoreSet stores, UserKey user) {
        InterviewSession session = newSession(user, at(0));
        stores.sessions().create(session);
        return session;
    }
}
