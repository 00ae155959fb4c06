package dev.loopcoach.discord.peer;

import static dev.loopcoach.discord.fake.Interactions.bool;
import static dev.loopcoach.discord.fake.Interactions.inThread;
import static dev.loopcoach.discord.fake.Interactions.string;
import static dev.loopcoach.discord.support.BotHarness.button;
import static dev.loopcoach.discord.support.BotHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.PeerMockStore.Community;
import dev.loopcoach.core.port.PeerMockStore.Pair;
import dev.loopcoach.core.port.PeerMockStore.Stage;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.discord.daily.DailyRig;
import dev.loopcoach.discord.fake.FakeDiscord;
import dev.loopcoach.discord.fake.Interactions.Person;
import dev.loopcoach.discord.fake.Interactions.Where;
import dev.loopcoach.discord.fake.Recorded;
import dev.loopcoach.discord.render.Markdown;
import dev.loopcoach.discord.support.BotHarness;
import dev.loopcoach.discord.support.CoachFixture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Peer mock interviews through the real JDA against the fake Discord, wired as the launcher wires them
 * ({@code DiscordDaily.control(..., peers)}): two members ask in a server, the proposal reaches each privately, both
 * accept, a private thread opens for the two with the round's buttons, the interviewer's kit and votes, the
 * candidate's pasted answer beside the coach's vote, a swap, a decline, a no-show and a vote that is not a vote.
 */
class PeerMockOnDiscordTest {
    private static final Community GUILD = new Community("discord", FakeDiscord.GUILD_ID);
    private static final Person ANA = Person.member("1500000000000000701", "Ana");
    private static final Person BO = Person.member("1500000000000000702", "Bo");
    private static final String STORY = "At a grocery delivery start-up I was the PM for the checkout. My task was to cut failed "
            + "payments, which had reached 9% of orders and cost us about 40,000 dollars a week. I pulled the raw gateway logs "
            + "myself, found that one card issuer timed out after 3 seconds, and I wrote the spec for a retry with a second "
            + "gateway. I convinced the payments lead to ship it behind a flag within two weeks. Failed payments fell from 9% "
            + "to 2.5% in a month and we recovered about 30,000 dollars a week.";

    private DailyRig rig;
    private BotHarness h;

    @BeforeEach
    void start() {
        rig = new DailyRig();
        h = BotHarness.start(CoachFixture.coach(), rig.control);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void givenTwoMembersAsk_thenBothAccept_andTheRoundRunsInTheirPrivateThread() {
        BotHarness.Exchange first = ask(ANA, "senior", "today");
        assertThat(first.ephemeral()).isTrue();
        assertThat(text(first.followUps(1))).contains("on the list for a peer mock interview at Senior PM level");

        BotHarness.Exchange second = ask(BO, "senior", "now");
        ObjectNode proposalToBo = second.followUps(1).get(0);
        assertThat(second.ephemeral()).isTrue();
        assertThat(text(proposalToBo)).contains("Peer mock interview: a match").contains("Ana also asked")
                .contains("Ana answers first and you interview");
        ObjectNode proposalToAna = dms(ANA, 1).get(0);
        assertThat(text(proposalToAna)).contains("Bo also asked").contains("you answer first and Bo interviews you");
        assertThat(labels(proposalToAna)).containsExactly("Accept", "Decline");
        assertThat(labels(proposalToBo)).containsExactly("Accept", "Decline");
        long pairId = rig.stores.peerMocks().current(GUILD, user(ANA)).orElseThrow().id();
        assertThat(button(proposalToAna, "Accept")).isEqualTo("lcp:accept:" + pairId);

        BotHarness.Exchange anaAccepts = h.interact(h.make.button(ANA, Where.DM, proposalToAna, button(proposalToAna, "Accept")));
        assertThat(text(anaAccepts.followUps(1))).contains("Waiting for Bo to accept");
        BotHarness.Exchange boAccepts = h.interact(h.make.button(BO, Where.GUILD, proposalToBo, button(proposalToBo, "Accept")));
        List<ObjectNode> toBo = boAccepts.followUps(2);
        assertThat(text(toBo.get(0))).contains("You're both in");

        String threadId = threadIn(text(toBo.get(1)));
        Recorded created = h.fake.await(r -> r.is("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/threads"), BotHarness.WORK);
        assertThat(created.body().path("type").asInt()).as("a private thread").isEqualTo(12);
        assertThat(created.body().path("invitable").asBoolean(true)).isFalse();
        assertThat(created.body().path("name").asText()).isEqualTo("Peer mock: Ana and Bo");
        assertThat(h.fake.threadMembers(threadId)).contains(ANA.id(), BO.id());
        assertThat(rig.stores.peerMocks().find(pairId).orElseThrow().space()).contains(threadId);
        assertThat(text(dms(ANA, 2).get(1))).contains("<#" + threadId + ">");
        ObjectNode intro = threadPosts(threadId, 1).get(0);
        assertThat(text(intro)).contains("Peer mock: Ana and Bo").contains("Round 1: Bo interviews, Ana answers");
        assertThat(labels(intro)).containsExactly("Kit", "Vote", "Paste answer", "Swap roles", "Report a no-show", "Finish");
        ObjectNode thread = h.fake.thread(threadId);

        Pair pair = rig.stores.peerMocks().find(pairId).orElseThrow();
        String question = CoachFixture.bank().find(pair.questionId().orElseThrow()).orElseThrow().text();
        BotHarness.Exchange kit = h.interact(inThread(h.make.button(BO, Where.GUILD, intro, button(intro, "Kit")), thread));
        assertThat(kit.ephemeral()).as("only the interviewer sees the kit").isTrue();
        List<ObjectNode> kitMessages = kit.replyWithButtons();
        assertThat(text(kitMessages)).contains("Your interviewer kit (round 1").contains(Markdown.escape(question))
                .contains("listen for").contains("red flags");
        BotHarness.Exchange brief = h.interact(inThread(h.make.button(ANA, Where.GUILD, intro, button(intro, "Kit")), thread));
        assertThat(brief.ephemeral()).isTrue();
        assertThat(text(brief.followUps(1))).contains("You're the candidate this round").doesNotContain(Markdown.escape(question));

        BotHarness.Exchange form = h.interact(inThread(h.make.button(BO, Where.GUILD, intro, button(intro, "Vote")), thread));
        assertThat(form.type()).as("the vote form").isEqualTo(9);
        JsonNode modal = form.callback.body().path("data");
        List<LeadershipPrinciple> lps = rig.peers.principles(pairId);
        assertThat(modal.path("components")).hasSize(2 * lps.size());
        assertThat(modal.toString()).contains("SI, I, NI or SNI").contains("vote-" + lps.get(0).name());
        Map<String, String> votes = new LinkedHashMap<>();
        for (LeadershipPrinciple lp : lps) {
            votes.put("vote-" + lp.name(), "I");
            votes.put("evidence-" + lp.name(), "pulled the gateway logs herself");
        }
        BotHarness.Exchange voted = h.interact(inThread(h.make.modalSubmit(BO, Where.GUILD,
                modal.path("custom_id").asText(), votes), thread));
        assertThat(text(voted.followUps(1))).contains("Votes recorded");
        String comparison = text(threadPosts(threadId, 2).get(1));
        assertThat(comparison).contains("Bo: Inclined: \"pulled the gateway logs herself\"").contains("waiting for the pasted answer");

        BotHarness.Exchange pasteForm = h.interact(inThread(h.make.button(ANA, Where.GUILD, intro, button(intro, "Paste answer")),
                thread));
        assertThat(pasteForm.type()).isEqualTo(9);
        BotHarness.Exchange pasted = h.interact(inThread(h.make.modalSubmit(ANA, Where.GUILD,
                pasteForm.callback.body().path("data").path("custom_id").asText(), Map.of(PeerAnswerModal.INPUT_ID, STORY)), thread));
        assertThat(text(pasted.followUps(1))).contains("Got your answer");
        String withCoach = text(threadPosts(threadId, 3).get(2));
        assertThat(withCoach).contains("Bo: Inclined").contains("Coach: ").contains("Coach's overall vote")
                .doesNotContain("waiting for the pasted answer");

        BotHarness.Exchange swap = h.interact(inThread(h.make.button(ANA, Where.GUILD, intro, button(intro, "Swap roles")), thread));
        assertThat(text(swap.followUps(1))).contains("Roles swapped");
        assertThat(text(threadPosts(threadId, 4).get(3))).contains("Round 2: roles swapped").contains("Ana interviews now and Bo answers");
        BotHarness.Exchange kit2 = h.interact(inThread(h.make.button(ANA, Where.GUILD, intro, button(intro, "Kit")), thread));
        assertThat(text(kit2.replyWithButtons())).contains("Your interviewer kit (round 2");

        BotHarness.Exchange finish = h.interact(inThread(h.make.button(BO, Where.GUILD, intro, button(intro, "Finish")), thread));
        assertThat(text(finish.followUps(1))).contains("Peer mock finished");
        assertThat(text(threadPosts(threadId, 5).get(4))).contains("This peer mock is finished");
        assertThat(text(dms(ANA, 3).get(2))).contains("Bo finished your peer mock");
        assertThat(rig.stores.peerMocks().find(pairId).orElseThrow().stage()).isEqualTo(Stage.ENDED);
    }

    @Test
    void givenOnlyTheInterviewerVotes_thenTheCandidatesVoteButtonSaysWho_andTheInterviewersPasteButtonToo() {
        ObjectNode intro = activePair();
        ObjectNode thread = h.fake.thread(intro.path("channel_id").asText());

        BotHarness.Exchange byCandidate = h.interact(inThread(h.make.button(ANA, Where.GUILD, intro, button(intro, "Vote")), thread));
        BotHarness.Exchange byInterviewer = h.interact(inThread(h.make.button(BO, Where.GUILD, intro, button(intro, "Paste answer")),
                thread));

        assertThat(byCandidate.type()).as("no form for the candidate").isEqualTo(4);
        assertThat(byCandidate.ephemeral()).isTrue();
        assertThat(text(byCandidate.message())).contains("Only this round's interviewer (Bo) records votes");
        assertThat(labels(byCandidate.message())).containsExactly("Paste answer");
        assertThat(byInterviewer.type()).isEqualTo(4);
        assertThat(text(byInterviewer.message())).contains("Only this round's candidate (Ana) pastes an answer");
    }

    @Test
    void givenAVoteThatIsNotAVote_thenTheInterviewerIsToldWhy_andWhatTheyTypedComesBack_andNothingIsRecorded() {
        ObjectNode intro = activePair();
        ObjectNode thread = h.fake.thread(intro.path("channel_id").asText());
        long pairId = rig.stores.peerMocks().current(GUILD, user(ANA)).orElseThrow().id();
        BotHarness.Exchange form = h.interact(inThread(h.make.button(BO, Where.GUILD, intro, button(intro, "Vote")), thread));
        Map<String, String> votes = new LinkedHashMap<>();
        for (LeadershipPrinciple lp : rig.peers.principles(pairId)) {
            votes.put("vote-" + lp.name(), "maybe");
            votes.put("evidence-" + lp.name(), "she quoted the failure rate");
        }

        BotHarness.Exchange voted = h.interact(inThread(h.make.modalSubmit(BO, Where.GUILD,
                form.callback.body().path("data").path("custom_id").asText(), votes), thread));

        assertThat(voted.ephemeral()).isTrue();
        assertThat(text(voted.followUps(1))).contains("\"maybe\" isn't a vote").contains("SI, I, NI, SNI")
                .contains("Nothing was recorded").contains("What you typed, so nothing is lost")
                .contains("she quoted the failure rate");
        assertThat(rig.stores.peerMocks().votes(pairId, 1)).isEmpty();
        assertThat(threadPosts(intro.path("channel_id").asText(), 1)).as("only the intro in the thread").hasSize(1);
    }

    @Test
    void givenADecline_thenThePartnerIsToldPrivately_andStaysOnTheList() {
        ask(ANA, "pm", "week").followUps(1);
        ObjectNode proposalToBo = ask(BO, "pm", "week").followUps(1).get(0);
        dms(ANA, 1);

        BotHarness.Exchange declined = h.interact(h.make.button(BO, Where.GUILD, proposalToBo, button(proposalToBo, "Decline")));

        assertThat(text(declined.followUps(1))).contains("Declined. Ana won't see why");
        assertThat(text(dms(ANA, 2).get(1))).contains("Bo can't do this peer mock").contains("still on the list");
        assertThat(rig.stores.peerMocks().offerOf(GUILD, user(ANA))).isPresent();
        assertThat(h.fake.requests()).noneMatch(r -> r.path().endsWith("/threads"));
    }

    @Test
    void givenANoShow_thenThePartnerIsToldWithoutBlame_theThreadSaysSo_andTheReporterIsBackOnTheList() {
        ObjectNode intro = activePair();
        String threadId = intro.path("channel_id").asText();
        ObjectNode thread = h.fake.thread(threadId);

        BotHarness.Exchange reported = h.interact(inThread(h.make.button(BO, Where.GUILD, intro, button(intro, "Report a no-show")),
                thread));

        assertThat(text(reported.followUps(1))).contains("ended the mock with Ana").contains("back on the list");
        assertThat(text(dms(ANA, 3).get(2))).contains("couldn't find you").contains("No harm done");
        assertThat(text(threadPosts(threadId, 2).get(1))).contains("Bo reported a no-show");
        assertThat(rig.stores.peerMocks().offerOf(GUILD, user(BO))).isPresent();
        assertThat(rig.stores.peerMocks().offerOf(GUILD, user(ANA))).isEmpty();
    }

    @Test
    void givenClosedDirectMessages_thenTheAskerStillGetsTheProposal_andTheBotCarriesOn() {
        h.fake.forbidChannel(FakeDiscord.dmChannelOf(ANA.id()));
        ask(ANA, "principal", "today").followUps(1);

        BotHarness.Exchange second = ask(BO, "principal", "today");

        assertThat(text(second.followUps(1))).contains("Ana also asked");
        Recorded refused = h.fake.await(r -> r.is("POST", "/channels/" + FakeDiscord.dmChannelOf(ANA.id()) + "/messages"),
                BotHarness.WORK);
        assertThat(refused.status()).isEqualTo(403);
        BotHarness.Exchange cancel = h.interact(h.make.slash(BO, Where.GUILD, "mockinterview", string("type", "peer"),
                bool("cancel", true)));
        assertThat(text(cancel.followUps(1))).contains("Cancelled the peer mock with Ana");
    }

    @Test
    void givenADirectMessage_orOptionsThatDoNotFit_thenTheMemberIsToldKindly() {
        BotHarness.Exchange inDm = h.interact(h.make.slash(ANA, Where.DM, "mockinterview", string("type", "peer")));
        BotHarness.Exchange withLp = h.interact(h.make.slash(ANA, Where.GUILD, "mockinterview", string("type", "peer"),
                string("lp", "Ownership")));
        BotHarness.Exchange whenAlone = h.interact(h.make.slash(ANA, Where.GUILD, "mockinterview", string("when", "now")));

        assertThat(inDm.type()).isEqualTo(4);
        assertThat(inDm.ephemeral()).isTrue();
        assertThat(text(inDm.message())).contains("pair you with another member of a server");
        assertThat(text(withLp.message())).contains("only the level and when options");
        assertThat(text(whenAlone.message())).contains("choose type: Peer mock");
        assertThat(rig.stores.peerMocks().offerOf(GUILD, user(ANA))).isEmpty();
    }

    private BotHarness.Exchange ask(Person p, String level, String when) {
        return h.interact(h.make.slash(p, Where.GUILD, "mockinterview", string("type", "peer"), string("level", level),
                string("when", when)));
    }

    /** Ana and Bo both accepted; returns the intro in their thread (its channel id is the thread's). */
    private ObjectNode activePair() {
        ask(ANA, "senior", "today").followUps(1);
        ObjectNode proposalToBo = ask(BO, "senior", "today").followUps(1).get(0);
        ObjectNode proposalToAna = dms(ANA, 1).get(0);
        h.interact(h.make.button(ANA, Where.DM, proposalToAna, button(proposalToAna, "Accept"))).followUps(1);
        String threadId = threadIn(text(h.interact(h.make.button(BO, Where.GUILD, proposalToBo, button(proposalToBo, "Accept")))
                .followUps(2).get(1)));
        return threadPosts(threadId, 1).get(0);
    }

    /** The first {@code n} direct messages the bot sent to a person. */
    private List<ObjectNode> dms(Person p, int n) {
        String dm = "/channels/" + FakeDiscord.dmChannelOf(p.id()) + "/messages";
        return h.fake.awaitCount(r -> r.is("POST", dm) && r.status() < 300, n, BotHarness.WORK).stream()
                .limit(n).map(h.fake::messageOf).toList();
    }

    /** The first {@code n} messages the bot posted in a thread. */
    private List<ObjectNode> threadPosts(String threadId, int n) {
        String path = "/channels/" + threadId + "/messages";
        return h.fake.awaitCount(r -> r.is("POST", path) && r.status() < 300, n, BotHarness.WORK).stream()
                .map(h.fake::messageOf).toList();
    }

    private static String threadIn(String pointer) {
        Matcher m = Pattern.compile("<#(\\d+)>").matcher(pointer);
        assertThat(m.find()).as("a link to the thread: %s", pointer).isTrue();
        return m.group(1);
    }

    private static List<String> labels(JsonNode message) {
        List<String> out = new java.util.ArrayList<>();
        message.path("components").forEach(row -> row.path("components").forEach(b -> out.add(b.path("label").asText())));
        return out;
    }

    private static UserKey user(Person p) {
        return new UserKey("discord", p.id());
    }
}
