package dev.loopcoach.discord.peer;

import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.together.PeerMock;
import dev.loopcoach.core.together.PeerMock.Outcome;
import dev.loopcoach.core.together.PeerMock.Step;
import dev.loopcoach.discord.interaction.Privacy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The peer mock buttons and forms. Each step button calls its use case on the core, which refuses anyone who is not one
 * of the pair (its reply is shown to them privately); Vote and Paste answer open their form for this round's
 * interviewer and candidate, and tell the other member who does what.
 */
public final class PeerHandler {
    private static final Logger log = LoggerFactory.getLogger(PeerHandler.class);
    static final String UNKNOWN = "This peer mock button is not one I know any more. Use the buttons on your latest peer "
            + "mock message.";

    private final PeerRunner runner;

    public PeerHandler(PeerRunner runner) {
        this.runner = runner;
    }

    public static boolean handles(String customId) {
        return PeerComponent.isPeer(customId);
    }

    public void onButton(ButtonInteractionEvent event) {
        Optional<PeerComponent> parsed = PeerComponent.parse(event.getComponentId());
        if (parsed.isEmpty() || !(parsed.get() instanceof PeerComponent.Press press)) {
            runner.refuse(event, Reply.info(UNKNOWN));
            return;
        }
        UserKey user = Privacy.user(event);
        long id = press.pairId();
        log.debug("peer {} on pair {} by user {}", press.step(), id, user.userId());
        switch (press.step()) {
            case ACCEPT -> runner.run(event, "", p -> p.respond(id, user, true));
            case DECLINE -> runner.run(event, "", p -> p.respond(id, user, false));
            case KIT -> runner.run(event, "", p -> p.kit(id, user));
            case VOTE -> runner.beforeResponse(event, p -> voteForm(event, p, id, user));
            case ANSWER -> runner.beforeResponse(event, p -> answerForm(event, p, id, user));
            case SWAP -> runner.run(event, "", p -> p.swap(id, user));
            case NO_SHOW -> runner.run(event, "", p -> p.noShow(id, user));
            case FINISH -> runner.run(event, "", p -> p.finish(id, user));
        }
    }

    public void onModal(ModalInteractionEvent event) {
        Optional<PeerComponent> parsed = PeerComponent.parse(event.getModalId());
        UserKey user = Privacy.user(event);
        if (parsed.isPresent() && parsed.get() instanceof PeerComponent.VoteForm form) {
            PeerVoteModal.Votes votes = PeerVoteModal.read(event);
            log.debug("peer votes on pair {} by user {}", form.pairId(), user.userId());
            runner.run(event, votes.typed(), p -> p.recordVotes(form.pairId(), user, votes.votes(), votes.evidence()));
        } else if (parsed.isPresent() && parsed.get() instanceof PeerComponent.AnswerForm form) {
            String text = PeerAnswerModal.read(event);
            log.debug("peer answer of {} characters on pair {} by user {}", text.length(), form.pairId(), user.userId());
            runner.run(event, text, p -> p.submitAnswer(form.pairId(), user, text));
        } else {
            runner.refuse(event, Reply.info(UNKNOWN));
        }
    }

    /** The vote form for this round's interviewer; anyone else learns why not. Runs before the response. */
    private void voteForm(ButtonInteractionEvent event, PeerMock peers, long id, UserKey user) {
        Outcome kit = peers.kit(id, user);
        if (kit.steps().contains(Step.VOTE)) {
            event.replyModal(PeerVoteModal.create(id, peers.principles(id))).queue(null,
                    e -> log.warn("vote form failed for peer interaction {}: {}", event.getId(), e.toString()));
        } else if (kit.steps().contains(Step.ANSWER)) {
            // the candidate: with nothing to record, the core only says who votes
            runner.answer(event, peers.recordVotes(id, user, Map.of(), Map.of()).reply(), List.of(Step.ANSWER), id);
        } else {
            runner.answer(event, kit.reply(), List.of(), id);
        }
    }

    /** The answer form for this round's candidate; anyone else learns why not. Runs before the response. */
    private void answerForm(ButtonInteractionEvent event, PeerMock peers, long id, UserKey user) {
        Outcome kit = peers.kit(id, user);
        if (kit.steps().contains(Step.ANSWER)) {
            event.replyModal(PeerAnswerModal.create(id)).queue(null,
                    e -> log.warn("answer form failed for peer interaction {}: {}", event.getId(), e.toString()));
        } else if (kit.steps().contains(Step.VOTE)) {
            // the interviewer: with nothing pasted, the core only says who pastes
            runner.answer(event, peers.submitAnswer(id, user, "").reply(), List.of(Step.VOTE), id);
        } else {
            runner.answer(event, kit.reply(), List.of(), id);
        }
    }
}
