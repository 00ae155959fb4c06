package dev.loopcoach.discord.interaction;

import dev.loopcoach.discord.command.CoachCall;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.intake.Intake;
import dev.loopcoach.core.port.Inbox;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.discord.render.OutgoingFile;
import dev.loopcoach.discord.render.DiscordLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles submitted modals (answers and stories). Whatever goes wrong, the person's text is never lost:
 * it is either submitted, or quoted back (or attached) with a way to try again.
 */
public final class ModalHandler {
    private static final Logger log = LoggerFactory.getLogger(ModalHandler.class);

    private final CoachCall call;
    private final ComponentStore components;
    private final ReplySender sender;
    private final DiscordIntake intake;

    public ModalHandler(CoachCall call, ComponentStore components, ReplySender sender, DiscordIntake intake) {
        this.call = call;
        this.components = components;
        this.sender = sender;
        this.intake = intake;
    }

    public void handle(ModalInteractionEvent event) {
        String userId = event.getUser().getId();
        boolean ephemeral = Privacy.ephemeral(event);
        ComponentStore.Lookup lookup = components.lookup(event.getModalId());
        if (!(lookup instanceof ComponentStore.Found found) || !found.ticket().userId().equals(userId)) {
            log.debug("stale or foreign modal {} submitted by {}", event.getModalId(), userId);
            sender.replyNow(event, ephemeral, quoteBack(Notices.STALE, allText(event), List.of()));
            return;
        }
        ComponentStore.Pending pending = found.ticket().pending();
        if (pending instanceof ComponentStore.AnswerForm form) {
            answer(event, found.customId(), form, ephemeral);
        } else if (pending instanceof ComponentStore.StoryForm) {
            story(event, found.customId(), ephemeral);
        } else {
            sender.replyNow(event, ephemeral, quoteBack(Notices.STALE, allText(event), List.of()));
        }
    }

    private void answer(ModalInteractionEvent event, String modalId, ComponentStore.AnswerForm form, boolean ephemeral) {
        String userId = event.getUser().getId();
        String text = ModalValues.text(event, AnswerModal.INPUT_ID).orElse("").strip();
        if (text.isEmpty()) {
            Reply again = new Reply(Reply.Kind.ERROR, Reply.error(Notices.EMPTY_ANSWER).blocks(), form.offered());
            sender.replyNow(event, ephemeral, ReplySender.Outcome.of(again));
            return;
        }
        if (text.length() > DiscordLimits.TEXT_INPUT_MAX) {
            Reply again = new Reply(Reply.Kind.ERROR,
                    Reply.error(Notices.tooLong(text.length(), DiscordLimits.TEXT_INPUT_MAX)).blocks(), form.offered());
            sender.replyNow(event, ephemeral, new ReplySender.Outcome(again, List.of(asFile(text)), ""));
            return;
        }
        if (!components.claim(userId, ComponentStore.Scope.INTERVIEW, form.interviewGeneration())) {
            sender.replyNow(event, ephemeral, quoteBack(Notices.STALE_FORM, text, List.of()));
            return;
        }
        // written before the defer (the inbox then holds the only copy of the text), on the person's own thread
        call.beforeDefer().run(userId, () -> {
            UserKey user = Privacy.user(event);
            // Kept before the defer: once the modal has closed, the inbox holds the only copy of the text.
            Inbox.Letter letter = intake.answer(event.getId(), user, text, userId);
            Intake.Receipt receipt = intake.keep(letter);
            if (receipt == Intake.Receipt.UNAVAILABLE) {
                sender.replyNow(event, ephemeral, quoteBack(Intake.STORE_DOWN, text, form.offered()));
                return;
            }
            components.forget(modalId);
            if (receipt == Intake.Receipt.REPEAT) {
                sender.replyNow(event, ephemeral, ReplySender.Outcome.of(Reply.info(DiscordIntake.TAKEN_OVER)));
                return;
            }
            log.debug("answer of {} characters from user {}", text.length(), userId);
            AtomicBoolean answered = new AtomicBoolean();
            sender.deferAndSend(event, ephemeral, () -> {
                Intake.Outcome outcome = intake.handle(letter);
                if (outcome instanceof Intake.Outcome.Held) {
                    return ReplySender.Outcome.of(DiscordIntake.held());
                }
                if (outcome instanceof Intake.Outcome.TakenOver) {
                    return ReplySender.Outcome.of(Reply.info(DiscordIntake.TAKEN_OVER));
                }
                answered.set(true);
                Reply reply = ((Intake.Outcome.Answered) outcome).reply();
                if (reply.kind() != Reply.Kind.ERROR) {
                    return ReplySender.Outcome.of(reply);
                }
                List<Action> actions = reply.actions().isEmpty() ? form.offered() : reply.actions();
                Reply kept = Reply.builder(Reply.Kind.ERROR).blocks(reply.blocks())
                        .paragraph("Your answer, so nothing is lost:").quote(text).build();
                return new ReplySender.Outcome(new Reply(Reply.Kind.ERROR, kept.blocks(), actions), List.of(), text);
            }, sent -> {
                if (sent && answered.get()) {
                    intake.done(letter);
                }
            });
        });
    }

    private void story(ModalInteractionEvent event, String modalId, boolean ephemeral) {
        String title = ModalValues.text(event, StoryModal.TITLE_ID).orElse("").strip();
        String text = ModalValues.text(event, StoryModal.TEXT_ID).orElse("").strip();
        if (title.isEmpty() || text.isEmpty()) {
            sender.replyNow(event, ephemeral, quoteBack(Notices.EMPTY_STORY, (title + "\n\n" + text).strip(), List.of()));
            return;
        }
        components.forget(modalId);
        call.run(event, new CoachCommand.AddStory(title, text), ephemeral, title + "\n\n" + text);
    }

    /** A notice followed by the person's own words, so they can copy them. */
    static ReplySender.Outcome quoteBack(String notice, String text, List<Action> actions) {
        Reply.Builder b = Reply.builder(Reply.Kind.ERROR).paragraph(notice);
        if (!text.isBlank()) {
            b.quote(text);
        }
        Reply r = b.build();
        return ReplySender.Outcome.of(new Reply(r.kind(), r.blocks(), actions));
    }

    private static OutgoingFile asFile(String text) {
        return new OutgoingFile("your-answer.txt", text.getBytes(StandardCharsets.UTF_8), "The answer you typed");
    }

    /** Every text value in the submitted modal, to quote back when the form itself is stale. */
    private static String allText(ModalInteractionEvent event) {
        StringBuilder sb = new StringBuilder();
        event.getValues().forEach(v -> {
            String s = v.getAsString();
            if (s != null && !s.isBlank()) {
                sb.append(sb.length() == 0 ? "" : "\n\n").append(s.strip());
            }
        });
        if (sb.length() == 0) {
            ModalValues.text(event, AnswerModal.INPUT_ID).ifPresent(sb::append);
        }
        return sb.toString();
    }
}
