package dev.loopcoach.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.view.View;
import dev.loopcoach.core.Coach;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.slack.TestCoach;
import dev.loopcoach.slack.interaction.QuestionRef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every message, modal and home view we render stays within Slack's limits, for the whole bank and worst cases. */
class RenderingLimitsTest {
    private static QuestionBank bank;
    private final MessageRenderer renderer = new MessageRenderer();
    private final RenderOptions withKey = new RenderOptions(Optional.of("k".repeat(22)), true, List.of());

    @BeforeAll
    static void loadBank() {
        bank = TestCoach.bank();
    }

    @Test
    @DisplayName("each bank question, with its follow-ups and tips, renders within limits as message and modal")
    void givenWholeBank_everyQuestionFits() {
        assertThat(bank.size()).isGreaterThan(300);
        for (Question q : bank.all()) {
            List<String> tags = new ArrayList<>(q.lps().stream().map(LeadershipPrinciple::displayName).toList());
            tags.add(q.category().label());
            Reply.Builder b = Reply.builder(Reply.Kind.QUESTION)
                    .block(new Block.QuestionCard(q.id().value(), "Question 1 of 3", q.text(), tags))
                    .paragraph("Answer in STAR form: situation, task, what you did, result.");
            q.followUps().forEach(f -> b.block(new Block.QuestionCard(q.id().value(), "Follow-up", f, tags)));
            b.bullets("Hints", q.tips());
            Reply reply = b.actions(Action.ANSWER, Action.HINT, Action.SKIP, Action.END).build();

            List<SlackMessage> messages = renderer.render(reply, withKey);

            assertThat(messages).as(q.id().value()).hasSize(1);
            messages.forEach(LimitsChecker::message);
            LimitsChecker.modal(AnswerModalView.build(Optional.of(new QuestionRef("Question 1 of 3", q.text())), "k".repeat(22)));
        }
    }

    @Test
    @DisplayName("the core's real replies (all 16 LP explainers, the LP list, help, an empty progress) fit")
    void givenCoreReplies_fit() {
        Coach coach = TestCoach.create();
        UserKey user = new UserKey("slack", "T0:U0");
        List<Reply> replies = new ArrayList<>();
        for (LeadershipPrinciple lp : LeadershipPrinciple.all()) {
            replies.add(coach.handle(user, new CoachCommand.ExplainLp(Optional.of(lp.slug()))));
        }
        replies.add(coach.handle(user, new CoachCommand.ExplainLp(Optional.empty())));
        replies.add(coach.handle(user, new CoachCommand.Help()));
        replies.add(coach.handle(user, new CoachCommand.ShowProgress()));

        for (Reply r : replies) {
            assertThat(r.kind()).isNotEqualTo(Reply.Kind.ERROR);
            renderer.render(r, withKey).forEach(LimitsChecker::message);
            LimitsChecker.view(new HomeView(renderer).build(r, false));
        }
    }

    @Test
    @DisplayName("a huge reply splits into several messages, each within 50 blocks and the text budget, buttons on the last")
    void givenHugeReply_splitsCleanly() {
        Reply.Builder b = Reply.builder(Reply.Kind.SUMMARY);
        for (int i = 0; i < 40; i++) {
            b.heading("Section " + i).paragraph(("Paragraph " + i + " with several words. ").repeat(60))
                    .bullets("Points", IntStream.range(0, 12).mapToObj(j -> "point " + j).toList());
        }
        b.fields(IntStream.range(0, 37).mapToObj(i -> new Block.Field("Name " + i, "value " + i)).toList());
        Reply reply = b.actions(Action.NEW_INTERVIEW, Action.RESUME).build();

        List<SlackMessage> messages = renderer.render(reply, RenderOptions.plain());

        assertThat(messages.size()).isGreaterThan(3);
        messages.forEach(LimitsChecker::message);
        for (int i = 0; i < messages.size() - 1; i++) {
            assertThat(messages.get(i).blocks()).noneMatch(x -> x instanceof com.slack.api.model.block.ActionsBlock);
        }
        assertThat(messages.get(messages.size() - 1).blocks().get(messages.get(messages.size() - 1).blocks().size() - 1))
                .isInstanceOf(com.slack.api.model.block.ActionsBlock.class);
        assertThat(messages.subList(1, messages.size())).allSatisfy(m ->
                assertThat(m.blocks().get(0)).isInstanceOf(com.slack.api.model.block.HeaderBlock.class));
        String all = messages.stream().flatMap(m -> m.blocks().stream())
                .filter(x -> x instanceof SectionBlock s && s.getText() != null)
                .map(x -> ((SectionBlock) x).getText().getText()).collect(Collectors.joining(" "));
        for (int i = 0; i < 40; i++) {
            assertThat(all).as("nothing lost").contains("Paragraph " + i + " with");
        }
    }

    @Test
    @DisplayName("worst cases: no spaces, escape-heavy text, emoji at the cut, long headings and labels, 1,000 bullets")
    void givenWorstCases_fit() {
        String emoji = "\uD83D\uDE00";
        List<Reply> worst = List.of(
                Reply.info("x".repeat(100_000)),
                Reply.info("&<>".repeat(20_000)),
                Reply.info(emoji.repeat(10_000)),
                Reply.info(("a" + emoji).repeat(5_000)),
                Reply.builder(Reply.Kind.INFO).heading("H".repeat(1_000)).quote(("line\n").repeat(3_000)).build(),
                Reply.builder(Reply.Kind.INFO).bullets("T".repeat(5_000), IntStream.range(0, 1_000).mapToObj(i -> "b" + i).toList()).build(),
                Reply.builder(Reply.Kind.INFO).fields(List.of(new Block.Field("n".repeat(3_000), "v".repeat(3_000)))).build(),
                Reply.builder(Reply.Kind.QUESTION)
                        .block(new Block.QuestionCard("q", "L".repeat(500), "Q".repeat(5_000), List.of("t".repeat(4_000))))
                        .actions(Action.values()).build(),
                Reply.builder(Reply.Kind.INFO).block(new Block.Image("radar.png", new byte[10], "A".repeat(5_000))).build(),
                Reply.builder(Reply.Kind.INFO).blocks(IntStream.range(0, 300).mapToObj(i -> (Block) new Block.Divider()).toList()).build(),
                new Reply(Reply.Kind.INFO, List.of(), List.of()));

        for (Reply r : worst) {
            List<SlackMessage> messages = renderer.render(r, withKey);
            messages.forEach(LimitsChecker::message);
            LimitsChecker.view(new HomeView(renderer).build(r, true));
        }
        String noSpaces = renderer.render(Reply.info("x".repeat(100_000)), RenderOptions.plain()).stream()
                .flatMap(m -> m.blocks().stream()).map(x -> ((SectionBlock) x).getText().getText()).collect(Collectors.joining());
        assertThat(noSpaces).hasSize(100_000);
        String emojis = renderer.render(Reply.info(emoji.repeat(10_000)), RenderOptions.plain()).stream()
                .flatMap(m -> m.blocks().stream()).map(x -> ((SectionBlock) x).getText().getText()).collect(Collectors.joining());
        assertThat(emojis).isEqualTo(emoji.repeat(10_000));
        LimitsChecker.modal(AnswerModalView.build(Optional.of(new QuestionRef("L".repeat(500), "&".repeat(5_000))), "k".repeat(3_000)));
    }

    @Test
    @DisplayName("user text can never mention: <!channel>, <!here>, <@U1> and links arrive escaped in every block kind")
    void givenMentionsInUserText_escapedEverywhere() {
        String evil = "<!channel> <!here> <@U0VICTIM> <https://evil.example|click> & @everyone";
        Reply r = Reply.builder(Reply.Kind.FEEDBACK)
                .heading(evil).paragraph(evil).quote(evil).bullets(evil, List.of(evil))
                .fields(List.of(new Block.Field(evil, evil)))
                .block(new Block.QuestionCard("q", evil, evil, List.of(evil)))
                .block(new Block.Attachment("d.json", "application/json",
                        ("{\"answer\":\"" + evil + "\"}").getBytes(StandardCharsets.UTF_8), evil))
                .build();

        List<SlackMessage> messages = renderer.render(r, RenderOptions.plain());

        messages.forEach(LimitsChecker::message);
        assertThat(messages.get(0).fallbackText()).startsWith("&lt;!channel&gt;");
    }

    @Test
    @DisplayName("a large JSON export is shown as code blocks that together hold the whole file")
    void givenLargeExport_codeBlocksHoldEverything() {
        StringBuilder json = new StringBuilder("{\"sessions\":[");
        for (int i = 0; i < 600; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"answer\":\"Cut costs by 12% & kept <quality>\"}");
        }
        json.append("]}");
        Reply r = Reply.builder(Reply.Kind.INFO).heading("Your data")
                .block(new Block.Attachment("loop-coach-data.json", "application/json",
                        json.toString().getBytes(StandardCharsets.UTF_8), "everything we store"))
                .build();

        List<SlackMessage> messages = renderer.render(r, RenderOptions.plain());

        assertThat(messages.size()).isGreaterThan(1);
        messages.forEach(LimitsChecker::message);
        String code = messages.stream().flatMap(m -> m.blocks().stream())
                .filter(x -> x instanceof SectionBlock s && s.getText() != null && s.getText().getText().startsWith("```"))
                .map(x -> ((SectionBlock) x).getText().getText())
                .map(t -> t.substring(4, t.length() - 4))
                .collect(Collectors.joining("\n"));
        assertThat(code.replaceAll("\\s", "")).isEqualTo(Mrkdwn.escape(json.toString()).replaceAll("\\s", ""));
    }
}
