package dev.loopcoach.slack.interaction;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.intake.Intake;
import dev.loopcoach.core.port.Inbox;
import dev.loopcoach.slack.SlackIntake;
import dev.loopcoach.slack.SlackUsers;
import dev.loopcoach.slack.render.AnswerModalView;
import dev.loopcoach.slack.web.ReplyTarget;
import java.util.Map;
import java.util.Optional;

/**
 * The submitted answer modal: a blank answer keeps the modal open with an error under the field;
 * otherwise the modal closes and the answer goes to the core, with feedback posted where the question was.
 * When the modal's key has expired (or the bot restarted), the feedback goes to the direct message.
 */
public final class AnswerModalSubmission implements ViewSubmissionHandler {
    static final String BLANK = "Please write your answer before sending it.";
    static final String STORE_DOWN = "I can't reach my storage right now, so I couldn't take this yet. "
            + "Your answer is still here: send it again in a minute.";

    private final InteractionKeys keys;
    private final SlackIntake intake;

    public AnswerModalSubmission(InteractionKeys keys, SlackIntake intake) {
        this.keys = keys;
        this.intake = intake;
    }

    /**
     * A modal's text exists nowhere else once the modal is closed: when the answer was not taken (the store was down,
     * it was too long, the interview had ended) the reply quotes it back so the candidate can send it again.
     */
    static Reply keptIfRefused(Reply reply, String text) {
        if (reply.kind() != Reply.Kind.ERROR) {
            return reply;
        }
        Reply kept = Reply.builder(Reply.Kind.ERROR).blocks(reply.blocks()).paragraph("Your answer, so nothing is lost:")
                .quote(text).build();
        return new Reply(Reply.Kind.ERROR, kept.blocks(), reply.actions());
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = req.getPayload();
        Optional<String> answer = AnswerModalView.answer(p.getView().getState());
        if (answer.isEmpty()) {
            return ctx.ackWithErrors(Map.of(dev.loopcoach.slack.interaction.ActionIds.ANSWER_INPUT_BLOCK, BLANK));
        }
        String userId = p.getUser().getId();
        String teamId = p.getTeam() != null ? p.getTeam().getId() : p.getUser().getTeamId();
        UserKey user = SlackUsers.key(teamId, userId);
        ReplyTarget target = keys.get(p.getView().getPrivateMetadata(), ModalContext.class)
                .map(ModalContext::target)
                .orElse(ReplyTarget.directMessage(userId, Optional.empty()));
        String text = answer.get();
        Inbox.Letter letter = intake.letter("view:" + p.getView().getId(), user, Inbox.Kind.ANSWER, text, userId);
        Intake.Receipt receipt = intake.keep(letter);
        if (receipt == Intake.Receipt.UNAVAILABLE) {
            // The modal stays open with the text in it, so nothing typed is lost.
            return ctx.ackWithErrors(Map.of(ActionIds.ANSWER_INPUT_BLOCK, STORE_DOWN));
        }
        if (receipt == Intake.Receipt.KEPT) {
            intake.work(letter, target, r -> keptIfRefused(r, text));
        }
        return ctx.ack();
    }
}
