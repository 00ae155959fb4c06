package dev.loopcoach.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.PeerMockStore;
import dev.loopcoach.core.port.PeerMockStore.Community;
import dev.loopcoach.core.port.PeerMockStore.Offer;
import dev.loopcoach.core.port.PeerMockStore.Pair;
import dev.loopcoach.core.port.PeerMockStore.PeerVote;
import dev.loopcoach.core.port.PeerMockStore.Stage;
import dev.loopcoach.core.port.PeerMockStore.Window;
import dev.loopcoach.core.port.PrivacyStore;
import dev.loopcoach.core.port.UserKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every peer-mock store guarantees: one open offer per member and community, lapsed offers never listed, a pair
 * proposed from two open offers exactly once across processes, compare-and-set updates, votes per round, and a
 * person's offers, pairs and votes in their export and gone with their data.
 */
public abstract class PeerMockStoreContract {
    public record Process(PeerMockStore peers, PrivacyStore privacy) {
    }

    protected abstract Process process() throws Exception;

    private static final Instant T0 = Instant.parse("2027-01-11T09:00:00Z");

    private static Community community() {
        return new Community("discord", "G" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static UserKey someone() {
        return new UserKey("discord", "U" + UUID.randomUUID().toString().substring(0, 10));
    }

    private static Offer offer(Community c, UserKey u, Instant at, Window w) {
        return new Offer(c, u, "Member " + u.userId().substring(1, 5), Level.SENIOR, w, "C0PEER", at, at.plus(w.span()));
    }

    @Test
    void givenOffers_thenOnePerMember_oldestFirst_andLapsedOnesAreNotListed() throws Exception {
        PeerMockStore store = process().peers();
        Community c = community();
        UserKey ana = someone();
        UserKey bo = someone();
        UserKey cy = someone();
        store.offer(offer(c, ana, T0, Window.TODAY));
        store.offer(offer(c, bo, T0.plusSeconds(10), Window.NOW));
        store.offer(offer(c, ana, T0.plusSeconds(20), Window.WEEK)); // replaces ana's first offer
        store.offer(offer(c, cy, T0.minus(Duration.ofHours(2)), Window.NOW)); // lapsed an hour ago

        List<Offer> open = store.openOffers(c, T0.plusSeconds(30));

        assertThat(open).extracting(Offer::user).containsExactly(bo, ana);
        assertThat(open.get(1).window()).isEqualTo(Window.WEEK);
        assertThat(store.offerOf(c, ana)).map(Offer::name).contains("Member " + ana.userId().substring(1, 5));
        assertThat(store.openOffers(community(), T0)).as("another community").isEmpty();
        assertThat(store.withdraw(c, bo)).isTrue();
        assertThat(store.withdraw(c, bo)).isFalse();
        assertThat(store.openOffers(c, T0.plusSeconds(30))).extracting(Offer::user).containsExactly(ana);
    }

    @Test
    void givenTwoOffers_thenAProposalTakesBoth_andIsTheirCurrentPair() throws Exception {
        PeerMockStore store = process().peers();
        Community c = community();
        UserKey ana = someone();
        UserKey bo = someone();
        Offer a = offer(c, ana, T0, Window.TODAY);
        Offer b = offer(c, bo, T0.plusSeconds(5), Window.TODAY);
        store.offer(a);
        store.offer(b);

        Pair pair = store.propose(a, b, T0.plusSeconds(6)).orElseThrow();

        assertThat(pair.stage()).isEqualTo(Stage.PROPOSED);
        assertThat(pair.first().user()).isEqualTo(ana);
        assertThat(pair.second().user()).isEqualTo(bo);
        assertThat(pair.candidate().user()).isEqualTo(ana);
        assertThat(pair.first().accepted() || pair.second().accepted()).isFalse();
        assertThat(store.openOffers(c, T0.plusSeconds(7))).isEmpty();
        assertThat(store.current(c, ana)).map(Pair::id).contains(pair.id());
        assertThat(store.current(c, bo)).map(Pair::id).contains(pair.id());
        assertThat(store.lastPaired(c, bo, ana)).isPresent();
        assertThat(store.lastPaired(c, bo, someone())).isEmpty();
        assertThat(store.propose(a, b, T0.plusSeconds(8))).as("the offers are taken").isEmpty();
    }

    @Test
    void givenFourProcessesProposingTheSameOffer_thenExactlyOnePairIsMade() throws Exception {
        Community c = community();
        UserKey ana = someone();
        Offer a = offer(c, ana, T0, Window.TODAY);
        List<Offer> others = new ArrayList<>();
        List<PeerMockStore> stores = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            stores.add(process().peers());
        }
        stores.get(0).offer(a);
        for (int i = 0; i < 4; i++) {
            Offer o = offer(c, someone(), T0.plusSeconds(i + 1), Window.TODAY);
            stores.get(0).offer(o);
            others.add(o);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Optional<Pair>>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    go.await();
                    return stores.get(n).propose(a, others.get(n), T0.plusSeconds(10));
                }));
            }
            go.countDown();
            int made = 0;
            for (Future<Optional<Pair>> f : results) {
                made += f.get().isPresent() ? 1 : 0;
            }
            assertThat(made).isEqualTo(1);
            assertThat(stores.get(1).openOffers(c, T0.plusSeconds(11))).hasSize(3).extracting(Offer::user).doesNotContain(ana);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givenAPair_thenUpdatesAreCompareAndSet_andAnEndedPairIsNoLongerCurrent() throws Exception {
        PeerMockStore store = process().peers();
        PeerMockStore other = process().peers();
        Community c = community();
        Offer a = offer(c, someone(), T0, Window.NOW);
        Offer b = offer(c, someone(), T0, Window.NOW);
        store.offer(a);
        store.offer(b);
        Pair pair = store.propose(a, b, T0).orElseThrow();

        Pair accepted = store.update(pair.with(pair.first().accept(), pair.second(), Stage.PROPOSED, 1, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())).orElseThrow();
        Optional<Pair> stale = other.update(pair.with(pair.first(), pair.second().accept(), Stage.PROPOSED, 1, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()));
        Pair active = other.update(accepted.with(accepted.first(), accepted.second().accept(), Stage.ACTIVE, 2,
                Optional.of("lp-ownership-01"), Optional.of("thread-9"), Optional.of("my answer"), Optional.empty())).orElseThrow();

        assertThat(stale).as("written against an old version").isEmpty();
        assertThat(store.find(pair.id())).contains(active);
        assertThat(active.first().accepted() && active.second().accepted()).isTrue();
        assertThat(active.round()).isEqualTo(2);
        assertThat(active.candidate()).isEqualTo(active.second());
        assertThat(active.questionId()).contains("lp-ownership-01");
        assertThat(active.space()).contains("thread-9");
        assertThat(active.answer()).contains("my answer");
        assertThat(active.version()).isGreaterThan(accepted.version());

        Pair ended = store.update(active.with(active.first(), active.second(), Stage.ENDED, 2, active.questionId(), active.space(),
                active.answer(), Optional.of("finished"))).orElseThrow();
        assertThat(ended.ended()).contains("finished");
        assertThat(store.current(c, a.user())).isEmpty();
        assertThat(store.find(9_999_999L)).isEmpty();
    }

    @Test
    void givenVotes_thenEachRoundKeepsItsOwn_andARecordReplacesTheLast() throws Exception {
        PeerMockStore store = process().peers();
        Community c = community();
        Offer a = offer(c, someone(), T0, Window.NOW);
        Offer b = offer(c, someone(), T0, Window.NOW);
        store.offer(a);
        store.offer(b);
        long id = store.propose(a, b, T0).orElseThrow().id();

        store.recordVotes(id, 1, List.of(new PeerVote(LeadershipPrinciple.OWNERSHIP, Vote.NOT_INCLINED, "said we throughout")));
        store.recordVotes(id, 1, List.of(new PeerVote(LeadershipPrinciple.OWNERSHIP, Vote.INCLINED, "owned the rollback"),
                new PeerVote(LeadershipPrinciple.DIVE_DEEP, Vote.STRONGLY_INCLINED, "read the raw logs")));
        store.recordVotes(id, 2, List.of(new PeerVote(LeadershipPrinciple.FRUGALITY, Vote.STRONGLY_NOT_INCLINED, "no story")));

        assertThat(store.votes(id, 1)).containsExactlyInAnyOrder(
                new PeerVote(LeadershipPrinciple.OWNERSHIP, Vote.INCLINED, "owned the rollback"),
                new PeerVote(LeadershipPrinciple.DIVE_DEEP, Vote.STRONGLY_INCLINED, "read the raw logs"));
        assertThat(store.votes(id, 2)).extracting(PeerVote::lp).containsExactly(LeadershipPrinciple.FRUGALITY);
        assertThat(store.votes(id + 1_000_000, 1)).isEmpty();
    }

    @Test
    void givenAPersonsPeerMocks_thenTheyAreExported_withoutThePartnersName_andGoWithTheirData() throws Exception {
        Process p = process();
        PeerMockStore store = p.peers();
        Community c = community();
        UserKey ana = someone();
        UserKey bo = someone();
        Offer a = offer(c, ana, T0, Window.NOW);
        Offer b = new Offer(c, bo, "Bo Secretname", Level.SENIOR, Window.NOW, "C0PEER", T0, T0.plus(Duration.ofHours(1)));
        store.offer(a);
        store.offer(b);
        Pair pair = store.propose(a, b, T0).orElseThrow();
        store.recordVotes(pair.id(), 1, List.of(new PeerVote(LeadershipPrinciple.OWNERSHIP, Vote.INCLINED, "owned it")));
        UserKey cy = someone();
        store.offer(offer(c, cy, T0, Window.WEEK));

        List<String> anas = store.export(ana);
        Map<String, Object> all = p.privacy().export(ana);

        assertThat(String.join("\n", anas)).contains("peer mock " + pair.id()).contains("Inclined").contains("owned it")
                .doesNotContain("Bo Secretname").doesNotContain(bo.userId());
        assertThat(all).containsKey("peerMocks");
        assertThat(String.join("\n", store.export(cy))).contains("offer");

        assertThat(store.forget(ana)).isGreaterThanOrEqualTo(1);
        assertThat(store.find(pair.id())).isEmpty();
        assertThat(store.votes(pair.id(), 1)).isEmpty();
        assertThat(store.export(ana)).isEmpty();
        assertThat(store.current(c, bo)).as("the pair went with ana's data").isEmpty();

        p.privacy().deleteAll(cy);
        assertThat(store.offerOf(c, cy)).isEmpty();
    }
}
