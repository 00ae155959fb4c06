package dev.loopcoach.core.together;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.lp.PrincipleGuides;
import dev.loopcoach.core.port.PeerMockStore;
import dev.loopcoach.core.port.PeerMockStore.Community;
import dev.loopcoach.core.port.PeerMockStore.Pair;
import dev.loopcoach.core.port.PeerMockStore.Stage;
import dev.loopcoach.core.port.PeerMockStore.Window;
import dev.loopcoach.core.port.PracticeEntry;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RealCoach;
import dev.loopcoach.core.together.PeerMock.Delivery;
import dev.loopcoach.core.together.PeerMock.Outcome;
import dev.loopcoach.core.together.PeerMock.Step;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeerMockTest {
    private static final Community GUILD = new Community("discord", "G1");
    private static final UserKey ANA = new UserKey("discord", "101");
    private static final UserKey BO = new UserKey("discord", "102");
    private static final UserKey CY = new UserKey("discord", "103");
    private static final String STORY = "At a grocery delivery start-up I was the PM for the checkout. My task was to cut failed "
            + "payments, which had reached 9% of orders and cost us about 40,000 dollars a week. I pulled the raw gateway logs "
            + "myself, found that one card issuer timed out after 3 seconds, and I wrote the spec for a retry with a second "
            + "gateway. I convinced the payments lead to ship it behind a flag within two weeks. Failed payments fell from 9% "
            + "to 2.5% in a month and we recovered about 30,000 dollars a week.";

    private final ManualClock clock = ManualClock.at("2027-03-01T10:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final PeerMock peers = new PeerMock(stores.peerMocks(), stores.practice(), RealCoach.builtInBank(),
            PrincipleGuides.load(), RealCoach.barRaiser(), clock);

    private Pair activePair() {
        peers.ask(GUILD, ANA, "Ana", Level.SENIOR, Window.TODAY, "C1");
        clock.advance(Duration.ofMinutes(1));
        Outcome proposed = peers.ask(GUILD, BO, "Bo", Level.SENIOR, Window.TODAY, "C1");
        long id = proposed.pair().orElseThrow().id();
        peers.respond(id, ANA, true);
        Outcome both = peers.respond(id, BO, true);
        return both.pair().orElseThrow();
    }

    @Test
    void givenTwoMembersAtOneLevel_thenTheSecondAskerIsProposed_andTheFirstIsToldPrivately() {
        Outcome first = peers.ask(GUILD, ANA, "Ana", Level.SENIOR, Window.TODAY, "C1");
        Outcome second = peers.ask(GUILD, BO, "Bo <@&999>", Level.SENIOR, Window.NOW, "C1");

        assertThat(first.reply().plainText()).contains("on the list").contains("Senior PM");
        assertThat(first.deliveries()).isEmpty();
        assertThat(second.steps()).containsExactly(Step.ACCEPT, Step.DECLINE);
        assertThat(second.reply().plainText()).contains("Ana").contains("accept");
        assertThat(second.deliveries()).singleElement().isInstanceOfSatisfying(Delivery.Private.class, d -> {
            assertThat(d.to()).isEqualTo(ANA);
            assertThat(d.steps()).containsExactly(Step.ACCEPT, Step.DECLINE);
            assertThat(d.reply().plainText()).contains("you answer first").doesNotContain("<@");
        });
        Pair pair = second.pair().orElseThrow();
        assertThat(pair.candidate().user()).as("who waited longer answers first").isEqualTo(ANA);
        assertThat(pair.stage()).isEqualTo(Stage.PROPOSED);
    }

    @Test
    void givenDifferentLevels_orTheSameMember_thenNobodyIsProposed() {
        peers.ask(GUILD, ANA, "Ana", Level.SENIOR, Window.TODAY, "C1");
        Outcome other = peers.ask(GUILD, BO, "Bo", Level.PRINCIPAL, Window.TODAY, "C1");
        Outcome again = peers.ask(GUILD, ANA, "Ana", Level.SENIOR, Window.WEEK, "C1");
        Outcome elsewhere = peers.ask(new Community("discord", "G2"), CY, "Cy", Level.SENIOR, Window.TODAY, "C9");

        assertThat(other.pair()).isEmpty();
        assertThat(again.pair()).isEmpty();
        assertThat(elsewhere.pair()).as("another server").isEmpty();
        assertThat(stores.peerMocks().openOffers(GUILD, clock.now())).hasSize(2);
    }

    @Test
    void givenAnOfferThatLapsed_thenItIsNotMatched() {
        peers.ask(GUILD, ANA, "Ana", Level.PM, Window.NOW, "C1");
        clock.advance(Duration.ofMinutes(61));

        assertThat(peers.ask(GUILD, BO, "Bo", Level.PM, Window.NOW, "C1").pair()).isEmpty();
    }

    @Test
    void givenBothAccept_thenASpaceOpens_andOnlyTheInterviewerSeesTheKit() {
        peers.ask(GUILD, ANA, "Ana", Level.SENIOR, Window.TODAY, "C1");
        long id = peers.ask(GUILD, BO, "Bo", Level.SENIOR, Window.TODAY, "C1").pair().orElseThrow().id();

        Outcome one = peers.respond(id, ANA, true);
        Outcome two = peers.respond(id, BO, true);

        assertThat(one.reply().plainText()).contains("Waiting for Bo");
        assertThat(one.deliveries()).isEmpty();
        assertThat(two.deliveries()).singleElement().isInstanceOfSatisfying(Delivery.OpenSpace.class, d -> {
            assertThat(d.intro().plainText()).contains("Round 1: Bo interviews, Ana answers");
            assertThat(d.steps()).contains(Step.KIT, Step.VOTE, Step.ANSWER, Step.SWAP, Step.NO_SHOW, Step.FINISH);
        });
        Pair active = peers.spaceOpened(id, "thread-1").orElseThrow();
        assertThat(active.stage()).isEqualTo(Stage.ACTIVE);
        assertThat(active.space()).contains("thread-1");

        String kit = peers.kit(id, BO).reply().plainText();
        String question = RealCoach.builtInBank().find(active.questionId().orElseThrow()).orElseThrow().text();
        assertThat(kit).contains(question).contains("listen for").contains("red flags").contains("Probes")
                .contains("Strongly Inclined");
        String brief = peers.kit(id, ANA).reply().plainText();
        assertThat(brief).contains("You're the candidate").doesNotContain(question);
        assertThat(peers.kit(id, CY).reply().kind()).isEqualTo(dev.loopcoach.core.reply.Reply.Kind.ERROR);
    }

    @Test
    void givenTheCandidatesHistory_thenTheKitAsksAboutTheirWeakestPrinciple_withoutShowingTheHistory() {
        for (LeadershipPrinciple lp : LeadershipPrinciple.all()) {
            Vote v = lp == LeadershipPrinciple.FRUGALITY ? Vote.STRONGLY_NOT_INCLINED : Vote.INCLINED;
            stores.practice().record(ANA, new PracticeEntry(new QuestionId("x-" + lp.ordinal()), Category.BEHAVIORAL, List.of(lp),
                    Map.of(lp, v), Optional.of(v), clock.now()));
        }
        Pair pair = activePair();

        List<LeadershipPrinciple> principles = peers.principles(pair.id());
        String kit = peers.kit(pair.id(), BO).reply().plainText();

        assertThat(principles).first().isEqualTo(LeadershipPrinciple.FRUGALITY);
        assertThat(kit).doesNotContain("weakest").doesNotContain("Strongly Not Inclined on").doesNotContain("history");
    }

    @Test
    void givenTheInterviewersVotes_andThePastedAnswer_thenBothSeeThemSideBySide_withReasons() {
        Pair pair = activePair();
        List<LeadershipPrinciple> lps = peers.principles(pair.id());
        Map<LeadershipPrinciple, String> votes = new java.util.EnumMap<>(LeadershipPrinciple.class);
        Map<LeadershipPrinciple, String> evidence = new java.util.EnumMap<>(LeadershipPrinciple.class);
        lps.forEach(lp -> {
            votes.put(lp, "I");
            evidence.put(lp, "pulled the gateway logs herself");
        });

        Outcome byCandidate = peers.recordVotes(pair.id(), ANA, votes, evidence);
        Outcome voted = peers.recordVotes(pair.id(), BO, votes, evidence);
        Outcome pasted = peers.submitAnswer(pair.id(), ANA, STORY);

        assertThat(byCandidate.reply().plainText()).contains("Only this round's interviewer");
        assertThat(byCandidate.deliveries()).isEmpty();
        assertThat(voted.deliveries()).singleElement().isInstanceOfSatisfying(Delivery.InSpace.class, d ->
                assertThat(d.reply().plainText()).contains("Bo: Inclined: \"pulled the gateway logs herself\"")
                        .contains("waiting for the pasted answer"));
        assertThat(pasted.deliveries()).singleElement().isInstanceOfSatisfying(Delivery.InSpace.class, d ->
                assertThat(d.reply().plainText()).contains("Bo: Inclined").contains("Coach: ").contains("Coach's overall vote")
                        .doesNotContain("waiting for the pasted answer"));
    }

    @Test
    void givenAVoteThatIsNotAVote_orNoEvidence_thenNothingIsRecorded() {
        Pair pair = activePair();
        LeadershipPrinciple lp = peers.principles(pair.id()).get(0);
        Map<LeadershipPrinciple, String> all = new java.util.EnumMap<>(LeadershipPrinciple.class);
        peers.principles(pair.id()).forEach(p -> all.put(p, "SI"));

        Outcome bad = peers.recordVotes(pair.id(), BO, Map.of(lp, "maybe"), Map.of(lp, "x"));
        Outcome bare = peers.recordVotes(pair.id(), BO, all, Map.of());

        assertThat(bad.reply().kind()).isEqualTo(dev.loopcoach.core.reply.Reply.Kind.ERROR);
        assertThat(bad.reply().plainText()).contains("isn't a vote").contains("Nothing was recorded");
        assertThat(bare.reply().plainText()).contains("evidence");
        assertThat(stores.peerMocks().votes(pair.id(), 1)).isEmpty();
    }

    @Test
    void givenASwap_thenTheOtherMemberAnswers_withANewKit_andOnlyOnce() {
        Pair pair = activePair();
        String firstQuestion = pair.questionId().orElseThrow();

        Outcome swapped = peers.swap(pair.id(), ANA);
        Pair round2 = stores.peerMocks().find(pair.id()).orElseThrow();

        assertThat(round2.round()).isEqualTo(2);
        assertThat(round2.candidate().user()).isEqualTo(BO);
        assertThat(round2.answer()).isEmpty();
        assertThat(swapped.deliveries()).singleElement().isInstanceOfSatisfying(Delivery.InSpace.class, d ->
                assertThat(d.reply().plainText()).contains("Ana interviews now and Bo answers"));
        assertThat(peers.kit(pair.id(), ANA).reply().plainText()).contains("Your interviewer kit (round 2");
        assertThat(peers.kit(pair.id(), BO).reply().plainText()).contains("You're the candidate");
        assertThat(round2.questionId()).isPresent();
        assertThat(firstQuestion).isNotBlank();
        assertThat(peers.swap(pair.id(), BO).reply().plainText()).contains("both had a turn");
    }

    @Test
    void givenADecline_thenThePartnerIsToldAndGoesBackOnTheList_andIsMatchedWithTheNextAsker() {
        peers.ask(GUILD, ANA, "Ana", Level.PM, Window.TODAY, "C1");
        long id = peers.ask(GUILD, BO, "Bo", Level.PM, Window.TODAY, "C1").pair().orElseThrow().id();

        Outcome declined = peers.respond(id, BO, false);
        Outcome cy = peers.ask(GUILD, CY, "Cy", Level.PM, Window.TODAY, "C1");
        Outcome boAgain = peers.ask(GUILD, BO, "Bo", Level.PM, Window.TODAY, "C1");

        assertThat(declined.reply().plainText()).contains("Declined");
        assertThat(declined.deliveries()).anySatisfy(d -> assertThat(d).isInstanceOfSatisfying(Delivery.Private.class, p -> {
            assertThat(p.to()).isEqualTo(ANA);
            assertThat(p.reply().plainText()).contains("can't do this peer mock").contains("still on the list");
        }));
        assertThat(stores.peerMocks().find(id).orElseThrow().ended()).contains("declined");
        assertThat(cy.pair()).map(p -> p.has(ANA)).contains(true);
        assertThat(boAgain.pair()).as("Bo declined Ana two minutes ago, and Ana is taken").isEmpty();
    }

    @Test
    void givenTwoMembersPairedThisWeek_thenTheyAreNotProposedAgain() {
        Pair pair = activePair();
        peers.finish(pair.id(), ANA);
        clock.advance(Duration.ofDays(1));

        peers.ask(GUILD, ANA, "Ana", Level.SENIOR, Window.TODAY, "C1");
        Outcome bo = peers.ask(GUILD, BO, "Bo", Level.SENIOR, Window.TODAY, "C1");

        assertThat(bo.pair()).isEmpty();
        clock.advance(Duration.ofDays(14));
        peers.ask(GUILD, ANA, "Ana", Level.SENIOR, Window.TODAY, "C1");
        assertThat(peers.ask(GUILD, BO, "Bo", Level.SENIOR, Window.TODAY, "C1").pair()).isPresent();
    }

    @Test
    void givenANoShow_thenThePairEnds_theReporterIsOfferedAgain_andThePartnerIsToldWithoutBlame() {
        Pair pair = activePair();
        peers.spaceOpened(pair.id(), "thread-1");

        Outcome reported = peers.noShow(pair.id(), BO);

        assertThat(stores.peerMocks().find(pair.id()).orElseThrow().ended()).contains("no-show");
        assertThat(reported.reply().plainText()).contains("ended the mock with Ana").contains("back on the list");
        assertThat(reported.deliveries()).anySatisfy(d -> assertThat(d).isInstanceOfSatisfying(Delivery.Private.class, p -> {
            assertThat(p.to()).isEqualTo(ANA);
            assertThat(p.reply().plainText()).contains("couldn't find you").contains("No harm done");
        }));
        assertThat(reported.deliveries()).anySatisfy(d -> assertThat(d).isInstanceOf(Delivery.InSpace.class));
        assertThat(stores.peerMocks().offerOf(GUILD, BO)).isPresent();
        assertThat(stores.peerMocks().offerOf(GUILD, ANA)).isEmpty();
        assertThat(peers.kit(pair.id(), BO).reply().plainText()).contains("has ended");
    }

    @Test
    void givenCancel_thenTheMemberLeavesTheListOrEndsTheirPair() {
        assertThat(peers.cancel(GUILD, ANA).reply().plainText()).contains("weren't on the peer mock list");
        peers.ask(GUILD, ANA, "Ana", Level.PM, Window.WEEK, "C1");
        assertThat(peers.cancel(GUILD, ANA).reply().plainText()).contains("off the peer mock list");
        assertThat(stores.peerMocks().offerOf(GUILD, ANA)).isEmpty();

        Pair pair = activePair();
        Outcome cancelled = peers.cancel(GUILD, BO);
        assertThat(cancelled.deliveries()).anySatisfy(d -> assertThat(d).isInstanceOfSatisfying(Delivery.Private.class, p ->
                assertThat(p.reply().plainText()).contains("Bo cancelled your peer mock").doesNotContain("still on the list")));
        assertThat(stores.peerMocks().find(pair.id()).orElseThrow().stage()).isEqualTo(Stage.ENDED);
    }

    @Test
    void givenWhatAMemberTyped_thenItIsReadAsLevelWindowOrCancel() {
        assertThat(PeerMock.parse("", Level.PM)).isEqualTo(new PeerMock.Request.Offer(Level.PM, Window.TODAY));
        assertThat(PeerMock.parse("senior now", Level.PM)).isEqualTo(new PeerMock.Request.Offer(Level.SENIOR, Window.NOW));
        assertThat(PeerMock.parse("this week principal", Level.PM))
                .isEqualTo(new PeerMock.Request.Offer(Level.PRINCIPAL, Window.WEEK));
        assertThat(PeerMock.parse(" Cancel ", Level.PM)).isInstanceOf(PeerMock.Request.Cancel.class);
        assertThat(PeerMock.parse("tomorrow-ish", Level.PM)).isInstanceOfSatisfying(PeerMock.Request.Invalid.class,
                i -> assertThat(i.why().plainText()).contains("tomorrow-ish").contains("now, today or week"));
    }

    @Test
    void givenAPersonsVote_thenTheCommonSpellingsAreRead() {
        assertThat(HumanVote.parse("Strongly Inclined")).contains(Vote.STRONGLY_INCLINED);
        assertThat(HumanVote.parse("sni")).contains(Vote.STRONGLY_NOT_INCLINED);
        assertThat(HumanVote.parse("not inclined")).contains(Vote.NOT_INCLINED);
        assertThat(HumanVote.parse("3")).contains(Vote.INCLINED);
        assertThat(HumanVote.parse("perhaps")).isEmpty();
    }

    @Test
    void givenANoShowWhileAnotherMemberWaits_thenTheReporterIsProposedAtOnce_andTheirButtonsActOnTheNewPair() {
        Pair pair = activePair();
        peers.ask(GUILD, CY, "Cy", Level.SENIOR, Window.TODAY, "C1");

        Outcome reported = peers.noShow(pair.id(), BO);

        assertThat(reported.steps()).containsExactly(Step.ACCEPT, Step.DECLINE);
        Pair next = reported.pair().orElseThrow();
        assertThat(next.id()).isNotEqualTo(pair.id());
        assertThat(next.has(BO) && next.has(CY)).isTrue();
        assertThat(next.stage()).isEqualTo(Stage.PROPOSED);
        assertThat(reported.deliveries()).anySatisfy(d -> assertThat(d).isInstanceOfSatisfying(Delivery.Private.class, p -> {
            assertThat(p.to()).isEqualTo(CY);
            assertThat(p.steps()).containsExactly(Step.ACCEPT, Step.DECLINE);
        }));
    }

    @Test
    void givenAProposalNobodyAnsweredForADay_thenAskingAgainEndsIt_andThePartnerIsTold() {
        peers.ask(GUILD, ANA, "Ana", Level.PM, Window.WEEK, "C1");
        long id = peers.ask(GUILD, BO, "Bo", Level.PM, Window.WEEK, "C1").pair().orElseThrow().id();
        assertThat(peers.ask(GUILD, BO, "Bo", Level.PM, Window.WEEK, "C1").reply().plainText()).contains("already have a peer mock");
        clock.advance(Duration.ofHours(25));

        Outcome again = peers.ask(GUILD, BO, "Bo", Level.PM, Window.WEEK, "C1");

        assertThat(stores.peerMocks().find(id).orElseThrow().ended()).contains("lapsed");
        assertThat(again.deliveries()).anySatisfy(d -> assertThat(d).isInstanceOfSatisfying(Delivery.Private.class, p -> {
            assertThat(p.to()).isEqualTo(ANA);
            assertThat(p.reply().plainText()).contains("has lapsed");
        }));
        assertThat(again.reply().plainText()).doesNotContain("already have");
    }
}
