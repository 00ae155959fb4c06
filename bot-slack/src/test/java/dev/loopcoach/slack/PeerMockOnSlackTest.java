package dev.loopcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.lp.PrincipleGuides;
import dev.loopcoach.core.port.PeerMockStore.Community;
import dev.loopcoach.core.port.PeerMockStore.Pair;
import dev.loopcoach.core.port.PeerMockStore.Stage;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.together.PeerMock;
import dev.loopcoach.core.together.PeerMock.Step;
import dev.loopcoach.slack.command.PeerSubcommand;
import dev.loopcoach.slack.interaction.ActionIds;
import dev.loopcoach.slack.interaction.PeerButtons;
import dev.loopcoach.slack.render.Mrkdwn;
import dev.loopcoach.slack.render.PeerVoteModalView;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Peer mock interviews through the real Bolt app against the fake Slack: two members ask with {@code /mockinterview
 * peer}, get the proposal in their DMs, accept, and meet in a group conversation with the bot, where the interviewer's
 * kit, the vote form, the pasted answer and the swap play out; declines and no-shows tell the partner privately.
 * Each test has its own bot and stores, so offers never match across tests.
 */
class PeerMockOnSlackTest {
    private static final String ANA = "U0ANA";
    private static final String BO = "U0BO";
    private static final String CHANNEL = "C0PREP";
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String STORY = "At a grocery delivery start-up I was the PM for the checkout. Failed payments had "
            + "reached 9% of orders; I pulled the gateway logs myself, wrote the spec for a retry with a second gateway and "
            + "shipped it in two weeks. Failed payments fell to 2.5% and we recovered about 30,000 dollars a week.";

    private ManualClock clock;
    private InMemoryStores stores;
    private HttpBot bot;
    /** The pair {@link #activeWithoutGroup} made. */
    private long pairId;

    @BeforeEach
    void start() throws Exception {
        clock = ManualClock.at("2027-03-01T10:00:00Z");
        stores = new InMemoryStores(clock);
        PeerMock peers = new PeerMock(stores.peerMocks(), stores.practice(), TestCoach.bank(), PrincipleGuides.load(),
                new TestCoach.EchoAnswerCoach(), clock);
        bot = HttpBot.with(TestCoach.create(stores), b -> b.peerMocks(peers));
        bot.fake.displayName(ANA, "Ana");
        bot.fake.displayName(BO, "Bo");
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    @DisplayName("two members are proposed in their DMs, accept, and run a whole round and a swap in their group conversation")
    void givenTwoMembers_thenProposalAcceptKitVotesAnswerAndSwap() throws Exception {
        // WHEN Ana asks for a peer mock at Senior level
        HttpResponse<String> ana = bot.requests.slashCommand("/mockinterview", "peer senior", ANA, CHANNEL, "peer-ana");

        // THEN she hears privately that she is on the list
        assertThat(ana.statusCode()).isEqualTo(200);
        FakeSlack.Call listed = bot.fake.await(response("peer-ana"), 1, WAIT).get(0);
        assertThat(listed.body()).contains("ephemeral");
        assertThat(listed.visibleText()).contains("You're on the list").contains("Senior PM");

        // WHEN Bo asks at the same level
        HttpResponse<String> bo = bot.requests.slashCommand("/mockinterview", "peer senior", BO, CHANNEL, "peer-bo");

        // THEN both get the proposal in their DMs, with Accept and Decline for the same pair
        assertThat(ackText(bo)).contains("look for me in your direct messages");
        FakeSlack.Call toAna = bot.fake.await(dmTo(ANA), 1, WAIT).get(0);
        FakeSlack.Call toBo = bot.fake.await(dmTo(BO), 1, WAIT).get(0);
        assertThat(toAna.visibleText()).contains("Peer mock interview: a match").contains("Bo also asked")
                .contains("you answer first");
        assertThat(toBo.visibleText()).contains("Ana also asked").contains("Ana answers first and you interview");
        assertThat(actionIds(toAna)).containsExactly(PeerButtons.actionId(Step.ACCEPT), PeerButtons.actionId(Step.DECLINE));
        assertThat(actionIds(toBo)).containsExactly(PeerButtons.actionId(Step.ACCEPT), PeerButtons.actionId(Step.DECLINE));
        String pair = value(toAna);
        assertThat(value(toBo)).isEqualTo(pair);
        long id = Long.parseLong(pair);

        // WHEN both accept
        click(ANA, "D0ANA", Step.ACCEPT, pair, "acc-ana");
        assertThat(bot.fake.await(dmTo(ANA), 2, WAIT).get(1).visibleText()).contains("Accepted. Waiting for Bo");
        click(BO, "D0BO", Step.ACCEPT, pair, "acc-bo");

        // THEN a group conversation with both members opens, is recorded on the pair, and gets the intro with the steps
        assertThat(bot.fake.await(response("acc-bo"), 1, WAIT).get(0).visibleText()).contains("You're both in");
        FakeSlack.Call opened = bot.fake.await("conversations.open", 1).get(0);
        assertThat(List.of(opened.param("users").split(","))).containsExactlyInAnyOrder(ANA, BO);
        FakeSlack.Call intro = bot.fake.await(inGroup(), 1, WAIT).get(0);
        String group = intro.param("channel");
        assertThat(group).startsWith("G");
        assertThat(intro.visibleText()).contains("Peer mock: Ana and Bo").contains("Round 1: Bo interviews, Ana answers");
        assertThat(actionIds(intro)).containsExactly(PeerButtons.actionId(Step.KIT), PeerButtons.actionId(Step.VOTE),
                PeerButtons.actionId(Step.ANSWER), PeerButtons.actionId(Step.SWAP), PeerButtons.actionId(Step.NO_SHOW),
                PeerButtons.actionId(Step.FINISH));
        Pair active = stores.peerMocks().find(id).orElseThrow();
        assertThat(active.space()).contains(group);
        String question = TestCoach.bank().find(active.questionId().orElseThrow()).orElseThrow().text();

        // WHEN the interviewer and then the candidate press Kit
        click(BO, group, Step.KIT, pair, "kit-bo");
        FakeSlack.Call kit = bot.fake.await(ephemeralTo(BO), 1, WAIT).get(0);
        click(ANA, group, Step.KIT, pair, "kit-ana");
        FakeSlack.Call brief = bot.fake.await(ephemeralTo(ANA), 1, WAIT).get(0);

        // THEN each sees it privately in the group conversation: Bo the question, Ana only her brief
        assertThat(kit.param("channel")).isEqualTo(group);
        assertThat(kit.visibleText()).contains("Your interviewer kit").contains(Mrkdwn.escape(question)).contains("listen for");
        assertThat(actionIds(kit)).containsExactly(PeerButtons.actionId(Step.VOTE));
        assertThat(brief.visibleText()).contains("You're the candidate this round").doesNotContain(Mrkdwn.escape(question));
        assertThat(bot.fake.calls()).filteredOn(inGroup()).hasSize(1);

        // WHEN Bo opens the vote form
        click(BO, group, Step.VOTE, pair, "vote-bo");
        JsonObject form = JsonParser.parseString(bot.fake.await("views.open", 1).get(0).param("view")).getAsJsonObject();
        List<LeadershipPrinciple> principles = principlesIn(form);

        // THEN it has a vote and a line of evidence for each of the round's principles
        assertThat(form.get("callback_id").getAsString()).isEqualTo(ActionIds.PEER_VOTE_MODAL);
        assertThat(principles).isNotEmpty().hasSizeLessThanOrEqualTo(2);
        assertThat(form.toString()).contains("Strongly Inclined").contains("Not Inclined").contains("\"max_length\":300");
        String metadata = form.get("private_metadata").getAsString();

        // WHEN he sends it with blank evidence
        HttpResponse<String> blank = bot.requests.submitView(BO, ActionIds.PEER_VOTE_MODAL, metadata,
                votes(principles, "Inclined", "   "));

        // THEN the form stays open with a friendly error under the evidence, and nothing is recorded
        assertThat(blank.body()).contains("\"response_action\":\"errors\"")
                .contains(PeerVoteModalView.evidenceBlock(principles.get(0))).contains("Add one line of evidence");
        assertThat(stores.peerMocks().votes(id, 1)).isEmpty();

        // WHEN he sends it filled in
        HttpResponse<String> sent = bot.requests.submitView(BO, ActionIds.PEER_VOTE_MODAL, metadata,
                votes(principles, "Inclined", "pulled the gateway logs herself"));

        // THEN the form closes, both see his votes in the group conversation, and he is answered privately there
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).doesNotContain("errors");
        FakeSlack.Call votes = bot.fake.await(inGroup(), 2, WAIT).get(1);
        assertThat(votes.visibleText()).contains("Round 1: Ana's answer, Bo's votes and the coach's")
                .contains("Bo: Inclined: \"pulled the gateway logs herself\"").contains("waiting for the pasted answer");
        assertThat(bot.fake.await(ephemeralTo(BO), 2, WAIT).get(1).visibleText()).contains("Votes recorded");

        // WHEN Ana pastes her answer
        click(ANA, group, Step.ANSWER, pair, "answer-ana");
        JsonObject answerForm = JsonParser.parseString(bot.fake.await("views.open", 2).get(1).param("view")).getAsJsonObject();
        assertThat(answerForm.get("callback_id").getAsString()).isEqualTo(ActionIds.PEER_ANSWER_MODAL);
        bot.requests.submitView(ANA, ActionIds.PEER_ANSWER_MODAL, answerForm.get("private_metadata").getAsString(),
                answer(STORY));

        // THEN the comparison in the group conversation shows the coach's vote beside Bo's
        FakeSlack.Call compared = bot.fake.await(inGroup(), 3, WAIT).get(2);
        assertThat(compared.visibleText()).contains("Bo: Inclined").contains("Coach: Inclined")
                .contains("Coach's overall vote: Inclined").doesNotContain("waiting for the pasted answer");

        // WHEN Ana swaps roles
        click(ANA, group, Step.SWAP, pair, "swap-ana");

        // THEN round 2 starts in the group conversation with the roles swapped, and Bo is now the one who answers
        FakeSlack.Call round2 = bot.fake.await(inGroup(), 4, WAIT).get(3);
        assertThat(round2.visibleText()).contains("Round 2: roles swapped").contains("Ana interviews now and Bo answers");
        assertThat(actionIds(round2)).contains(PeerButtons.actionId(Step.KIT));
        click(BO, group, Step.VOTE, pair, "vote-bo-2");
        FakeSlack.Call notYours = bot.fake.await(ephemeralTo(BO), 3, WAIT).get(2);
        assertThat(notYours.visibleText()).as("the candidate's Vote opens no form").contains("You're the candidate this round");
        assertThat(bot.fake.calls("views.open")).hasSize(2);

        // AND nothing anyone posted can notify a channel
        assertThat(bot.fake.calls()).allSatisfy(c -> assertThat(c.body()).doesNotContain("%3C%21").doesNotContain("<!"));
    }

    @Test
    @DisplayName("a decline ends the proposal; the partner is told in a DM, without a mention, and stays on the list")
    void givenADecline_thenThePartnerIsToldPrivately() throws Exception {
        bot.fake.displayName(BO, "Bo <!here>");
        bot.requests.slashCommand("/mockinterview", "peer pm now", ANA, CHANNEL, "peer-ana");
        bot.requests.slashCommand("/mockinterview", "peer pm", BO, "D0BO", "peer-bo");
        FakeSlack.Call toBo = bot.fake.await(dmTo(BO), 1, WAIT).get(0);

        click(BO, "D0BO", Step.DECLINE, value(toBo), "decline-bo");

        assertThat(bot.fake.await(response("decline-bo"), 1, WAIT).get(0).visibleText()).contains("Declined");
        FakeSlack.Call told = bot.fake.await(dmTo(ANA), 2, WAIT).get(1);
        assertThat(told.visibleText()).contains("Bo !here can't do this peer mock").contains("still on the list");
        assertThat(told.body()).doesNotContain("%3C%21here").doesNotContain("<!here>");
        assertThat(stores.peerMocks().find(Long.parseLong(value(toBo))).orElseThrow().ended()).contains("declined");
        assertThat(bot.fake.calls("conversations.open")).isEmpty();
    }

    @Test
    @DisplayName("a no-show ends the pair: the partner is told kindly in a DM, the conversation hears it, the reporter is back on the list")
    void givenANoShow_thenThePartnerIsToldKindly() throws Exception {
        String group = activePair();
        long id = pairId;

        click(BO, group, Step.NO_SHOW, String.valueOf(id), "noshow-bo");

        assertThat(bot.fake.await(response("noshow-bo"), 1, WAIT).get(0).visibleText())
                .contains("ended the mock with Ana").contains("back on the list");
        FakeSlack.Call told = bot.fake.await(dmTo(ANA), 3, WAIT).get(2);
        assertThat(told.visibleText()).contains("couldn't find you").contains("No harm done");
        assertThat(bot.fake.await(inGroup(), 2, WAIT).get(1).visibleText()).contains("Bo reported a no-show");
        assertThat(stores.peerMocks().find(id).orElseThrow().stage()).isEqualTo(Stage.ENDED);
    }

    @Test
    @DisplayName("after a no-show the reporter is proposed to whoever waits, and their buttons answer that new proposal")
    void givenANoShow_whenSomeoneWaits_thenTheReportersButtonsAnswerTheNewProposal() throws Exception {
        String group = activePair();
        bot.fake.displayName("U0CY", "Cy");
        bot.requests.slashCommand("/mockinterview", "peer", "U0CY", CHANNEL, "peer-cy");
        bot.fake.await(response("peer-cy"), 1, WAIT);

        click(BO, group, Step.NO_SHOW, String.valueOf(pairId), "noshow-bo");

        FakeSlack.Call toCy = bot.fake.await(dmTo("U0CY"), 1, WAIT).get(0);
        FakeSlack.Call toBo = bot.fake.await(dmTo(BO), 2, WAIT).get(1);
        assertThat(toBo.visibleText()).contains("ended the mock with Ana").contains("Cy also asked");
        assertThat(toCy.visibleText()).contains("Bo also asked");
        String next = value(toCy);
        assertThat(next).isNotEqualTo(String.valueOf(pairId));
        assertThat(MockInterviewFlowTest.buttons(toBo)).extracting(b -> b.get("value").getAsString()).containsOnly(next);

        click(BO, "D0BO", Step.ACCEPT, next, "acc-bo-cy");
        assertThat(bot.fake.await(dmTo(BO), 3, WAIT).get(2).visibleText()).contains("Waiting for Cy");
    }

    @Test
    @DisplayName("only the two members can use a pair's buttons: anyone else gets the core's refusal privately")
    void givenSomeoneElse_thenTheCoreRefusesPrivately() throws Exception {
        String group = activePair();

        click("U0CY", group, Step.SWAP, String.valueOf(pairId), "swap-cy");

        FakeSlack.Call refused = bot.fake.await(response("swap-cy"), 1, WAIT).get(0);
        assertThat(refused.body()).contains("ephemeral");
        assertThat(refused.visibleText()).contains("isn't yours");
        assertThat(stores.peerMocks().find(pairId).orElseThrow().round()).isEqualTo(1);
    }

    @Test
    @DisplayName("when Slack refuses the group conversation, both get the intro in their DMs and the log names ids only")
    void givenSlackRefusesTheGroup_thenBothDmsGetTheIntro_andTheWarningHasIdsOnly() throws Exception {
        Logger log = (Logger) LoggerFactory.getLogger("dev.loopcoach.slack");
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        log.addAppender(captured);
        try {
            bot.fake.failNext("conversations.open", 500, Map.of(), "{\"ok\":false,\"error\":\"internal_error\"}");
            activeWithoutGroup();

            FakeSlack.Call toAna = bot.fake.await(dmTo(ANA), 3, WAIT).get(2);
            FakeSlack.Call toBo = bot.fake.await(dmTo(BO), 2, WAIT).get(1);
            assertThat(toAna.visibleText()).contains("Round 1: Bo interviews, Ana answers");
            assertThat(toBo.visibleText()).contains("Round 1: Bo interviews, Ana answers");
            assertThat(actionIds(toBo)).contains(PeerButtons.actionId(Step.KIT));
            assertThat(stores.peerMocks().find(pairId).orElseThrow().space()).isEmpty();
        } finally {
            log.detachAppender(captured);
        }
        List<ILoggingEvent> warnings = captured.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
        assertThat(warnings).anySatisfy(e -> assertThat(e.getFormattedMessage())
                .contains("group conversation of peer mock " + pairId));
        assertThat(warnings).allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain("Round 1")
                .doesNotContain("Ana").doesNotContain(HttpBot.BOT_TOKEN));
    }

    @Test
    @DisplayName("a word that is neither a level nor a time is answered in the ack; cancel takes a member off the list")
    void givenBadInputOrCancel_thenTheAckSaysWhy() throws Exception {
        assertThat(ackText(bot.requests.slashCommand("/mockinterview", "peer tomorrow-ish", ANA, CHANNEL, "bad")))
                .contains("I didn't understand").contains("tomorrow-ish").contains("now, today or week");
        bot.requests.slashCommand("/mockinterview", "peer week", ANA, CHANNEL, "on");
        bot.requests.slashCommand("/mockinterview", "peer cancel", ANA, CHANNEL, "off");

        assertThat(bot.fake.await(response("off"), 1, WAIT).get(0).visibleText()).contains("off the peer mock list");
        assertThat(stores.peerMocks().openOffers(new Community("slack", FakeSlack.TEAM), clock.now())).isEmpty();
    }

    @Test
    @DisplayName("a bot without peer mocks says so")
    void givenNoPeerMocks_thenTheCommandSaysTheyAreNotAvailable() throws Exception {
        try (HttpBot plain = HttpBot.with(TestCoach.create(), b -> b)) {
            assertThat(ackText(plain.requests.slashCommand("/mockinterview", "peer senior", ANA, CHANNEL, "none")))
                    .isEqualTo(PeerSubcommand.NOT_AVAILABLE);
        }
    }

    /** Ana and Bo, paired at PM level and both accepted; returns their group conversation. */
    private String activePair() throws Exception {
        activeWithoutGroup();
        return bot.fake.await(inGroup(), 1, WAIT).get(0).param("channel");
    }

    private void activeWithoutGroup() throws Exception {
        bot.requests.slashCommand("/mockinterview", "peer", ANA, CHANNEL, "peer-ana");
        bot.requests.slashCommand("/mockinterview", "peer", BO, CHANNEL, "peer-bo");
        String pair = value(bot.fake.await(dmTo(BO), 1, WAIT).get(0));
        pairId = Long.parseLong(pair);
        click(ANA, "D0ANA", Step.ACCEPT, pair, "acc-ana");
        bot.fake.await(dmTo(ANA), 2, WAIT);
        click(BO, "D0BO", Step.ACCEPT, pair, "acc-bo");
        bot.fake.await(response("acc-bo"), 1, WAIT);
    }

    private void click(String user, String channel, Step step, String pair, String responseId) throws Exception {
        HttpResponse<String> r = bot.requests.buttonClick(user, channel, PeerButtons.actionId(step), pair, false, responseId);
        assertThat(r.statusCode()).isEqualTo(200);
    }

    private static JsonObject votes(List<LeadershipPrinciple> principles, String vote, String evidence) {
        JsonObject values = new JsonObject();
        for (LeadershipPrinciple lp : principles) {
            JsonObject option = new JsonObject();
            JsonObject text = new JsonObject();
            text.addProperty("type", "plain_text");
            text.addProperty("text", vote);
            option.add("text", text);
            option.addProperty("value", vote);
            JsonObject select = new JsonObject();
            select.addProperty("type", "static_select");
            select.add("selected_option", option);
            JsonObject voteBlock = new JsonObject();
            voteBlock.add(ActionIds.PEER_VOTE_SELECT, select);
            values.add(PeerVoteModalView.voteBlock(lp), voteBlock);
            JsonObject input = new JsonObject();
            input.addProperty("type", "plain_text_input");
            input.addProperty("value", evidence);
            JsonObject evidenceBlock = new JsonObject();
            evidenceBlock.add(ActionIds.PEER_EVIDENCE_INPUT, input);
            values.add(PeerVoteModalView.evidenceBlock(lp), evidenceBlock);
        }
        return values;
    }

    private static JsonObject answer(String text) {
        JsonObject input = new JsonObject();
        input.addProperty("type", "plain_text_input");
        input.addProperty("value", text);
        JsonObject block = new JsonObject();
        block.add(ActionIds.PEER_ANSWER_INPUT, input);
        JsonObject values = new JsonObject();
        values.add(ActionIds.PEER_ANSWER_BLOCK, block);
        return values;
    }

    /** The principles a vote form asks about, read from its block ids. */
    private static List<LeadershipPrinciple> principlesIn(JsonObject view) {
        List<LeadershipPrinciple> out = new ArrayList<>();
        for (JsonElement b : view.getAsJsonArray("blocks")) {
            JsonObject o = b.getAsJsonObject();
            String blockId = o.has("block_id") ? o.get("block_id").getAsString() : "";
            for (LeadershipPrinciple lp : LeadershipPrinciple.all()) {
                if (blockId.equals(PeerVoteModalView.voteBlock(lp))) {
                    out.add(lp);
                }
            }
        }
        return out;
    }

    private static String ackText(HttpResponse<String> ack) {
        return JsonParser.parseString(ack.body()).getAsJsonObject().get("text").getAsString();
    }

    private static List<String> actionIds(FakeSlack.Call call) {
        return MockInterviewFlowTest.buttons(call).stream().map(b -> b.get("action_id").getAsString()).toList();
    }

    private static String value(FakeSlack.Call call) {
        return MockInterviewFlowTest.buttons(call).get(0).get("value").getAsString();
    }

    private static Predicate<FakeSlack.Call> response(String id) {
        return c -> c.path().endsWith("/response/" + id);
    }

    private static Predicate<FakeSlack.Call> dmTo(String user) {
        return c -> c.method().equals("chat.postMessage") && user.equals(c.param("channel"));
    }

    private static Predicate<FakeSlack.Call> inGroup() {
        return c -> c.method().equals("chat.postMessage") && c.param("channel") != null && c.param("channel").startsWith("G");
    }

    private static Predicate<FakeSlack.Call> ephemeralTo(String user) {
        return c -> c.method().equals("chat.postEphemeral") && user.equals(c.param("user"));
    }
}
