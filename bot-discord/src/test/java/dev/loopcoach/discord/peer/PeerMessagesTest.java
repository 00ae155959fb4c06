package dev.loopcoach.discord.peer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.lp.PrincipleGuides;
import dev.loopcoach.core.port.PeerMockStore.Community;
import dev.loopcoach.core.port.PeerMockStore.Window;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RealCoach;
import dev.loopcoach.core.together.PeerMock;
import dev.loopcoach.core.together.PeerMock.Step;
import dev.loopcoach.discord.fake.PayloadRules;
import dev.loopcoach.discord.support.CoachFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

/** The peer mock messages as Discord shows them: its own command spelling, buttons and forms within its limits. */
class PeerMessagesTest {
    private static final Community GUILD = new Community("discord", "1300000000000000001");
    private static final UserKey ANA = new UserKey("discord", "101");
    private static final UserKey BO = new UserKey("discord", "102");

    private final ManualClock clock = ManualClock.at("2027-03-01T10:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final PeerMock peers = new PeerMock(stores.peerMocks(), stores.practice(), CoachFixture.bank(), PrincipleGuides.load(),
            RealCoach.barRaiser(), clock);
    private final PeerMessages messages = new PeerMessages();

    @Test
    void givenTheCoresRepliesNamingItsConsoleCommand_thenDiscordShowsItsTypeChoice_andOptions() {
        List<Reply> replies = new ArrayList<>();
        replies.add(((PeerMock.Request.Invalid) PeerMock.parse("tomorrow-ish", Level.PM)).why());
        replies.add(peers.cancel(GUILD, ANA).reply());
        replies.add(peers.ask(GUILD, ANA, "Ana", Level.PM, Window.TODAY, "C1").reply());
        replies.add(peers.cancel(GUILD, ANA).reply());
        peers.ask(GUILD, ANA, "Ana", Level.PM, Window.TODAY, "C1");
        long id = peers.ask(GUILD, BO, "Bo", Level.PM, Window.TODAY, "C1").pair().orElseThrow().id();
        replies.add(peers.ask(GUILD, ANA, "Ana", Level.PM, Window.TODAY, "C1").reply());
        replies.add(peers.respond(id, BO, false).reply());
        replies.add(peers.kit(id, ANA).reply());

        List<String> shown = replies.stream().map(r -> PeerMessages.respell(r).plainText()).toList();

        assertThat(String.join("\n", shown)).doesNotContain("/mockinterview peer").doesNotContain("`");
        assertThat(shown.get(0)).contains("Use /mockinterview type: Peer mock (options level, when): level is")
                .contains("/mockinterview type: Peer mock cancel: True takes you off the list");
        assertThat(shown.get(1)).contains("/mockinterview type: Peer mock (options level, when) puts you on it");
        assertThat(shown.get(3)).contains("/mockinterview type: Peer mock puts you back on");
        assertThat(shown.get(6)).contains("has ended (declined). /mockinterview type: Peer mock finds a new partner");
    }

    @Test
    void givenTheRoundsButtons_thenTheyFitTwoRows_andEveryMessageKeepsDiscordsRules() {
        List<Step> round = List.of(Step.KIT, Step.VOTE, Step.ANSWER, Step.SWAP, Step.NO_SHOW, Step.FINISH);
        Reply longReply = Reply.builder(Reply.Kind.INFO).paragraph("Ana @everyone <@&1> **bold** ".repeat(400)).build();

        List<MessageCreateData> parts = messages.messages(longReply, round, 42);

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts.get(parts.size() - 1).getComponents()).hasSize(2);
        assertThat(parts.get(0).getComponents()).isEmpty();
        parts.forEach(p -> assertThat(PayloadRules.checkMessage(p)).isEmpty());
    }

    @Test
    void givenTheLongestPrincipleNames_thenTheVoteFormFitsDiscordsModalLimits() {
        LeadershipPrinciple longest = LeadershipPrinciple.all().stream()
                .max(java.util.Comparator.comparingInt(lp -> lp.displayName().length())).orElseThrow();

        Modal modal = PeerVoteModal.create(999_999_999_999_999_999L, List.of(longest, LeadershipPrinciple.OWNERSHIP,
                LeadershipPrinciple.FRUGALITY));

        assertThat(modal.getComponents()).as("two principles at most: four inputs").hasSize(4);
        assertThat(modal.getTitle().length()).isLessThanOrEqualTo(45);
        String json = modal.toData().toString();
        assertThat(json).contains("vote-" + longest.name()).contains("SI, I, NI or SNI").contains("\"max_length\":300");
        net.dv8tion.jda.api.utils.data.DataArray labels = modal.toData().getArray("components");
        for (int i = 0; i < labels.length(); i++) {
            String text = labels.getObject(i).getString("label");
            assertThat(text.length()).as(text).isLessThanOrEqualTo(45);
        }
    }

    @Test
    void givenWhatAPersonTyped_thenItComesBackUnderTheNotice_onlyWhenThereIsSomething() {
        Reply notice = Reply.error("Nothing was recorded.");

        assertThat(PeerMessages.kept(notice, " ")).isSameAs(notice);
        assertThat(PeerMessages.kept(notice, "my line").plainText()).contains(PeerMessages.KEPT).contains("my line");
        assertThat(new PeerVoteModal.Votes(Map.of(LeadershipPrinciple.OWNERSHIP, "maybe"),
                Map.of(LeadershipPrinciple.OWNERSHIP, "she owned it")).typed()).isEqualTo("Ownership: maybe, she owned it");
    }
}
