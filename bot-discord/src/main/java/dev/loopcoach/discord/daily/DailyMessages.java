package dev.loopcoach.discord.daily;

import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.discord.render.MessagePlan;
import dev.loopcoach.discord.render.OutgoingMessage;
import dev.loopcoach.discord.render.ReplyView;
import dev.loopcoach.discord.render.TextChunker;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * The Discord messages of the daily question: the post, the note that opens its thread, coaching in the
 * thread and private notes, each rendered by {@link ReplyView} within Discord's limits and allowing no mentions.
 */
final class DailyMessages {
    static final String ANSWER = "Answer";
    static final String ANSWER_FOLLOW_UP = "Answer the follow-up";
    static final String MUTE = "Mute coaching for me";
    static final String UNMUTE = "Turn coaching back on";
    static final int THREAD_NAME_MAX = 100;
    static final String HOW_ON_DISCORD = "On Discord: press Answer to type your answer; it is posted in the thread with "
            + "my feedback and a follow-up question. You can also reply in the thread and mention me. "
            + "Mute coaching for me stops the coaching for you in every daily thread.";
    static final String THREAD_INTRO = "Discuss today's question here. Press Answer for feedback and a follow-up: your "
            + "answer and my feedback appear in this thread for everyone to learn from. Or reply here and mention me.";

    private final ReplyView view = new ReplyView();

    /** The daily post: the core's question with how to take part on Discord; Answer and Mute go on its first message. */
    List<MessageCreateData> post(Reply question) {
        return post(question, null);
    }

    /** As above; a non-null {@code postKey} rides on the Answer button's id, to find the post again later. */
    List<MessageCreateData> post(Reply question, String postKey) {
        Reply withHint = Reply.builder(question.kind()).blocks(question.blocks()).paragraph(HOW_ON_DISCORD).build();
        String answer = new DailyComponent.AnswerOnPost().customId();
        return messages(withHint, List.of(ActionRow.of(
                Button.primary(postKey == null ? answer : DailyComponent.keyed(answer, postKey), ANSWER),
                Button.secondary(new DailyComponent.Mute().customId(), MUTE))), true);
    }

    /** A plain announcement (the weekly shout-out): no buttons, no thread, no mentions. */
    List<MessageCreateData> announcement(Reply message) {
        return messages(message, List.of(), true);
    }

    /** The first message in the thread, with its own Answer button. */
    MessageCreateData threadIntro(String channelId, String postId) {
        return messages(Reply.info(THREAD_INTRO), List.of(ActionRow.of(
                Button.primary(new DailyComponent.Answer(channelId, postId).customId(), ANSWER),
                Button.secondary(new DailyComponent.Mute().customId(), MUTE))), false).get(0);
    }

    /**
     * Coaching for the thread; when it asks a follow-up, the person gets a button to answer it.
     *
     * @param answerBy who answered (a display name, shown as plain text), or empty when their message is right above
     * @param answer the answer to quote, or empty when their message is right above
     */
    List<MessageCreateData> coaching(Reply coaching, String answerBy, String answer, DailyComponent.FollowUp followUp) {
        Reply.Builder b = Reply.builder(coaching.kind());
        if (!answer.isBlank()) {
            b.paragraph("Answer from " + answerBy + ":").quote(answer);
        }
        Reply full = b.blocks(coaching.blocks()).build();
        List<Button> buttons = new ArrayList<>();
        if (asksFollowUp(coaching)) {
            buttons.add(Button.primary(followUp.customId(), ANSWER_FOLLOW_UP));
        }
        buttons.add(Button.secondary(new DailyComponent.Mute().customId(), MUTE));
        return messages(full, List.of(ActionRow.of(buttons)), false);
    }

    /** A "Guess the Bar Raiser" card: a button per vote, then Reveal. */
    List<MessageCreateData> guessCard(Reply card, long roundId) {
        List<Button> votes = new ArrayList<>();
        for (dev.loopcoach.core.coaching.Vote v : dev.loopcoach.core.coaching.Vote.values()) {
            votes.add(Button.secondary(new DailyComponent.Guess(v, roundId).customId(), v.label()));
        }
        return messages(card, List.of(ActionRow.of(votes),
                ActionRow.of(Button.primary(new DailyComponent.Reveal(roundId).customId(), "Reveal"))), false);
    }

    /** The answer alone, for the thread, when its verdict goes to the person privately. */
    List<MessageCreateData> answerOnly(String answerBy, String answer) {
        Reply shown = Reply.builder(Reply.Kind.INFO).paragraph("Answer from " + answerBy + ":").quote(answer).build();
        return messages(shown, List.of(), false);
    }

    /** The verdict for the person alone, with the follow-up and mute buttons the thread would have had. */
    List<MessageCreateData> privateCoaching(Reply coaching, DailyComponent.FollowUp followUp) {
        Reply full = Reply.info(PRIVATE_VERDICT).then(coaching);
        List<Button> buttons = new ArrayList<>();
        if (asksFollowUp(coaching)) {
            buttons.add(Button.primary(followUp.customId(), ANSWER_FOLLOW_UP));
        }
        buttons.add(Button.secondary(new DailyComponent.Mute().customId(), MUTE));
        return messages(full, List.of(ActionRow.of(buttons)), false);
    }

    static final String PRIVATE_VERDICT = "Your verdict, sent to you privately: your answer stays in the thread for everyone to discuss.";

    /** A private note; {@code buttons} go on its last message. */
    List<MessageCreateData> note(Reply reply, List<Button> buttons) {
        return messages(reply, buttons.isEmpty() ? List.of() : List.of(ActionRow.of(buttons)), false);
    }

    static Button answerButton(String channelId, String postId) {
        return Button.primary(new DailyComponent.Answer(channelId, postId).customId(), ANSWER);
    }

    static Button unmuteButton() {
        return Button.secondary(new DailyComponent.Unmute().customId(), UNMUTE);
    }

    /** The core says so explicitly when its thread coaching asks a follow-up that waits for a reply. */
    static boolean asksFollowUp(Reply coaching) {
        return coaching.actions().contains(Action.ANSWER_IN_THREAD);
    }

    /** "Daily question: Customer Obsession": the question card's first tag (its principle or category), within 100 characters. */
    static String threadName(Reply question) {
        String topic = question.blocks().stream()
                .filter(Block.QuestionCard.class::isInstance).map(Block.QuestionCard.class::cast)
                .findFirst().flatMap(c -> c.tags().stream().findFirst())
                .orElse("");
        String name = topic.isBlank() ? "Daily question" : "Daily question: " + topic;
        return TextChunker.shorten(name.replace('\n', ' '), THREAD_NAME_MAX);
    }

    private List<MessageCreateData> messages(Reply reply, List<ActionRow> rows, boolean rowsOnFirst) {
        List<MessagePlan> plans = view.render(reply);
        List<MessageCreateData> out = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            boolean withRows = rowsOnFirst ? i == 0 : i == plans.size() - 1;
            out.add(OutgoingMessage.of(plans.get(i), withRows ? rows : List.of()));
        }
        return out;
    }
}
