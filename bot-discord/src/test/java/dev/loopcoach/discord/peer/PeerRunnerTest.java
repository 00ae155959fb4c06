package dev.loopcoach.discord.peer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.lp.PrincipleGuides;
import dev.loopcoach.core.port.PeerMockStore.Community;
import dev.loopcoach.core.port.PeerMockStore.Window;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RealCoach;
import dev.loopcoach.core.together.PeerMock;
import dev.loopcoach.core.together.PeerMock.Outcome;
import dev.loopcoach.core.together.PeerMock.Step;
import dev.loopcoach.discord.support.CoachFixture;
import org.junit.jupiter.api.Test;

class PeerRunnerTest {
    private static final Community GUILD = new Community("discord", "1300000000000000001");
    private static final UserKey ANA = new UserKey("discord", "101");
    private static final UserKey BO = new UserKey("discord", "102");
    private static final UserKey CY = new UserKey("discord", "103");

    private final ManualClock clock = ManualClock.at("2027-03-01T10:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final PeerMock peers = new PeerMock(stores.peerMocks(), stores.practice(), CoachFixture.bank(), PrincipleGuides.load(),
            RealCoach.barRaiser(), clock);

    @Test
    void givenANoShowThatProposesTheReporterAgain_thenTheirButtonsActOnTheNewPair_notTheEndedOne() {
        peers.ask(GUILD, ANA, "Ana", Level.PM, Window.TODAY, "C1");
        long first = peers.ask(GUILD, BO, "Bo", Level.PM, Window.TODAY, "C1").pair().orElseThrow().id();
        peers.respond(first, ANA, true);
        peers.respond(first, BO, true);
        peers.ask(GUILD, CY, "Cy", Level.PM, Window.TODAY, "C1");
        Outcome kit = peers.kit(first, BO);

        Outcome reported = peers.noShow(first, BO);

        long proposed = stores.peerMocks().current(GUILD, BO).orElseThrow().id();
        assertThat(reported.steps()).containsExactly(Step.ACCEPT, Step.DECLINE);
        assertThat(proposed).isNotEqualTo(first);
        assertThat(PeerRunner.stepsPair(reported, BO.userId())).isEqualTo(proposed);
        assertThat(PeerRunner.stepsPair(kit, BO.userId())).as("an active pair's own buttons").isEqualTo(first);
    }
}
