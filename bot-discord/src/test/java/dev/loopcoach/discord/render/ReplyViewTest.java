package dev.loopcoach.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.discord.fake.PayloadRules;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

class ReplyViewTest {
    private final ReplyView view = new ReplyView();

    static List<String> violations(List<MessagePlan> plans) {
        List<String> v = new ArrayList<>();
        for (MessagePlan p : plans) {
            v.addAll(PayloadRules.checkMessage(OutgoingMessage.of(p, List.<ActionRow>of())));
            for (MessageEmbed e : p.embeds()) {
                if (!e.isSendable()) {
                    v.add("embed not sendable: " + e.getLength());
                }
            }
        }
        return v;
    }

    /** Every description, in order, as one text: what the person reads. */
    private static String allText(List<MessagePlan> plans) {
        return plans.stream().flatMap(p -> p.embeds().stream())
                .map(e -> (e.getTitle() == null ? "" : e.getTitle() + "\n") + (e.getDescription() == null ? "" : e.getDescription())
                        + e.getFields().stream().map(f -> "\n" + f.getName() + ": " + f.getValue()).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    private static String words(int count) {
        return IntStream.range(0, count).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
    }

    @Test
    void givenShortReply_rendersOneEmbedInOneMessage() {
        Reply reply = Reply.builder(Reply.Kind.FEEDBACK).heading("Feedback").paragraph("Good structure.").build();

        List<MessagePlan> plans = view.render(reply);

        assertThat(plans).hasSize(1);
        assertThat(plans.get(0).embeds()).hasSize(1);
        MessageEmbed e = plans.get(0).embeds().get(0);
        assertThat(e.getTitle()).isEqualTo("Feedback");
        assertThat(e.getDescription()).isEqualTo("Good structure.");
    }

    @Test
    void givenVeryLongParagraph_splitsBetweenWordsAcrossEmbedsAndMessages() {
        String text = words(4000);
        Reply reply = Reply.builder(Reply.Kind.FEEDBACK).heading("Long").paragraph(text).build();

        List<MessagePlan> plans = view.render(reply);

        assertThat(violations(plans)).isEmpty();
        assertThat(plans.size()).isGreaterThan(1);
        List<String> seen = new ArrayList<>();
        for (MessagePlan p : plans) {
            for (MessageEmbed e : p.embeds()) {
                if (e.getDescription() != null) {
                    seen.addAll(List.of(e.getDescription().split("\\s+")));
                }
            }
        }
        assertThat(String.join(" ", seen)).isEqualTo(text);
    }

    @Test
    void givenWorstCaseFeedback_everyMessageRespectsDiscordLimits() {
        Reply.Builder b = Reply.builder(Reply.Kind.FEEDBACK);
        b.heading("H".repeat(300));
        b.block(new Block.QuestionCard("beh-x-001", "Question 1 of 3", "Q ".repeat(500),
                List.of("Have Backbone; Disagree and Commit", "Success and Scale Bring Broad Responsibility",
                        "Strive to be Earth's Best Employer", "Behavioral (Leadership Principles)", "Principal PM")));
        List<Block.Field> fields = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            fields.add(new Block.Field("Principle number " + i + " ".repeat(10) + "x".repeat(240), "Strongly Not Inclined " + "y".repeat(900)));
        }
        b.fields(fields);
        b.fields(List.of(new Block.Field("huge", "z ".repeat(2000))));
        List<String> tips = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            tips.add("Tip " + i + ": " + "*_`|> ".repeat(150));
        }
        b.bullets("What to improve", tips);
        b.quote("@everyone " + "I said **this** and `that` ".repeat(160));
        b.block(new Block.Divider());
        b.paragraph("line\n".repeat(3000));
        b.block(new Block.Image("lp radar.png", new byte[] {1, 2, 3}, "Radar of the 16 principles"));
        b.actions(Action.ANSWER, Action.HINT, Action.SKIP, Action.END);

        List<MessagePlan> plans = view.render(b.build());

        assertThat(violations(plans)).isEmpty();
        assertThat(plans.size()).isGreaterThan(1);
        String text = allText(plans);
        assertThat(text).doesNotContain("@everyone");
        assertThat(text).contains("Tip 15").contains("Principle number 59");
    }

    @Test
    void givenFieldsBlock_rendersInlineFieldsWithinTwentyFivePerEmbed() {
        List<Block.Field> fields = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            fields.add(new Block.Field("LP " + i, "Inclined"));
        }

        List<MessagePlan> plans = view.render(Reply.builder(Reply.Kind.SUMMARY).heading("Votes").fields(fields).build());

        assertThat(violations(plans)).isEmpty();
        List<MessageEmbed> embeds = plans.stream().flatMap(p -> p.embeds().stream()).toList();
        assertThat(embeds).hasSize(2);
        assertThat(embeds.get(0).getFields()).hasSize(25);
        assertThat(embeds.get(1).getFields()).hasSize(5);
    }

    @Test
    void givenImage_attachesThePngAndShowsItInTheEmbed() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        Reply reply = Reply.builder(Reply.Kind.INFO).heading("Your progress")
                .fields(List.of(new Block.Field("Streak", "3 days")))
                .block(new Block.Image("lp-radar.png", png, "LP radar"))
                .build();

        List<MessagePlan> plans = view.render(reply);

        assertThat(plans).hasSize(1);
        assertThat(plans.get(0).files()).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("lp-radar.png");
            assertThat(f.data()).isEqualTo(png);
            assertThat(f.description()).isEqualTo("LP radar");
        });
        assertThat(plans.get(0).embeds().get(0).getImage().getUrl()).isEqualTo("attachment://lp-radar.png");
    }

    @Test
    void givenAttachmentBlock_sendsTheFileWithItsSummary() {
        byte[] json = "{\"sessions\":[]}".getBytes(StandardCharsets.UTF_8);
        Reply reply = Reply.builder(Reply.Kind.INFO).heading("Your data").paragraph("Attached.")
                .block(new Block.Attachment("loop-coach-data.json", "application/json", json, "15 characters of JSON"))
                .build();

        List<MessagePlan> plans = view.render(reply);

        assertThat(plans).hasSize(1);
        assertThat(plans.get(0).files()).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("loop-coach-data.json");
            assertThat(f.data()).isEqualTo(json);
        });
        assertThat(allText(plans)).contains("15 characters of JSON");
    }

    @Test
    void givenUserWordsInQuote_theyCannotFormatOrPing() {
        Reply reply = Reply.builder(Reply.Kind.FEEDBACK).quote("@here look at **this**\n# not a heading").build();

        String text = allText(view.render(reply));

        assertThat(text).isEqualTo("> @\u200bhere look at \\*\\*this\\*\\*\n> \\# not a heading");
    }

    @Test
    void givenEmptyReply_stillSendsSomething() {
        List<MessagePlan> plans = view.render(new Reply(Reply.Kind.INFO, List.of(), List.of(Action.RESUME)));

        assertThat(plans).hasSize(1);
        assertThat(violations(plans)).isEmpty();
        assertThat(plans.get(0).embeds()).hasSize(1);
    }

    @Test
    void givenDividers_startNewEmbedsButKeepThemInOneMessageWhenTheyFit() {
        Reply reply = Reply.builder(Reply.Kind.FEEDBACK).paragraph("feedback").block(new Block.Divider())
                .block(new Block.QuestionCard("q", "Question 2 of 3", "Tell me about a time...", List.of("Ownership"))).build();

        List<MessagePlan> plans = view.render(reply);

        assertThat(plans).hasSize(1);
        assertThat(plans.get(0).embeds()).hasSize(2);
        assertThat(plans.get(0).embeds().get(1).getTitle()).isEqualTo("Question 2 of 3");
        assertThat(plans.get(0).embeds().get(1).getFields()).first()
                .satisfies(f -> assertThat(f.getValue()).isEqualTo("Ownership"));
    }

    @Test
    void givenAQuestionCard_itsIdIsAFieldSoTheCandidateCanAskForItAgain() {
        Reply reply = Reply.builder(Reply.Kind.QUESTION)
                .block(new Block.QuestionCard("mx-01", "Question 1 of 3", "What KPIs would you track?", List.of("Metrics / analytical")))
                .build();

        List<MessagePlan> plans = view.render(reply);

        assertThat(plans.get(0).embeds().get(0).getFields())
                .extracting(f -> f.getName() + ": " + f.getValue())
                .containsExactly("Focus: Metrics / analytical", ReplyView.QUESTION_ID_FIELD + ": mx-01");
        assertThat(violations(plans)).isEmpty();
    }
}
