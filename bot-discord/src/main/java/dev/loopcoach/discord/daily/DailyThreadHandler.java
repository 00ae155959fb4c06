package dev.loopcoach.discord.daily;

import dev.loopcoach.core.daily.ThreadCoach;
import dev.loopcoach.core.daily.ThreadMessage;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.discord.interaction.ModalValues;
import dev.loopcoach.discord.render.DiscordLimits;
import dev.loopcoach.discord.render.OutgoingMessage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily question's buttons and form. Answer opens the form as the initial response; a submitted answer is
 * acknowledged privately at once, coached by the core's {@link ThreadCoach} off the gateway thread, and posted
 * with the coaching in the post's thread for the channel to see. Mute and unmute switch the coaching for
 * whoever presses them. Every private note goes only to the person who acted.
 */
public final class DailyThreadHandler {
    private static final Logger log = LoggerFactory.getLogger(DailyThreadHandler.class);
    static final String UNKNOWN = "This button is not one I know any more. Use the Answer button on today's daily question.";
    static final String ONLY_IN_SERVERS = "Daily questions live in server channels, so this works only there.";
    static final String NOT_YOURS = "That follow-up was asked to someone else. Press Answer to give your own answer "
            + "to the daily question.";
    static final String EMPTY = "Your answer was empty. Press Answer and type it (one real story works best).";
    static final String POSTED = "Your answer and my feedback are in the thread: ";
    static final String THREAD_FAILED = "I couldn't post in the question's thread, so here is your feedback privately.";
    static final String QUIET = "I didn't add coaching for this answer: coaching may be muted for you, or you've had the "
            + "coached replies one daily question offers. For a full practice round, start /mockinterview.";
    static final String KEPT = "Your answer, so nothing is lost:";
    static final String SORRY = "Something went wrong on our side, so nothing was done. Please try again.";
    static final String BUSY = "Loop Coach is very busy right now, so nothing was done. Please try again in a minute.";
    static final String UNMUTE_HINT = "Or press the button below. (On Discord, a reply in a daily thread reaches me when it mentions me.)";

    static final String GUESSING = "Your answer is in the thread, and members are guessing the Bar Raiser's vote on it. "
            + "Press Reveal under it whenever you like: the verdict comes then.";
    static final String SEE_YOURS = "Guessers: press any guess button on the card to see privately how yours compared.";

    private final ThreadCoach coach;
    private final Executor executor;
    private final Optional<dev.loopcoach.core.together.GuessGame> guesses;
    private final DailyMessages messages = new DailyMessages();

    public DailyThreadHandler(ThreadCoach coach, Executor executor) {
        this(coach, executor, Optional.empty());
    }

    public DailyThreadHandler(ThreadCoach coach, Executor executor, Optional<dev.loopcoach.core.together.GuessGame> guesses) {
        this.coach = coach;
        this.executor = executor;
        this.guesses = guesses;
    }

    public void onButton(ButtonInteractionEvent event) {
        Optional<DailyComponent> parsed = DailyComponent.parse(event.getComponentId());
        String userId = event.getUser().getId();
        log.debug("daily button {} by user {}", event.getComponentId(), userId);
        if (parsed.isEmpty()) {
            privately(event, Reply.info(UNKNOWN), List.of());
            return;
        }
        DailyComponent c = parsed.get();
        if (!event.isFromGuild() || event.getGuild() == null) {
            privately(event, Reply.info(ONLY_IN_SERVERS), List.of());
        } else if (c instanceof DailyComponent.AnswerOnPost) {
            event.replyModal(DailyAnswerModal.create(new DailyComponent.AnswerForm(event.getChannelId(), event.getMessageId(), false))).queue();
        } else if (c instanceof DailyComponent.Answer a) {
            event.replyModal(DailyAnswerModal.create(new DailyComponent.AnswerForm(a.channelId(), a.postId(), false))).queue();
        } else if (c instanceof DailyComponent.FollowUp f) {
            if (f.userId().equals(userId)) {
                event.replyModal(DailyAnswerModal.create(new DailyComponent.AnswerForm(f.channelId(), f.postId(), true))).queue();
            } else {
                privately(event, Reply.info(NOT_YOURS), List.of(DailyMessages.answerButton(f.channelId(), f.postId())));
            }
        } else if (c instanceof DailyComponent.Guess g && guesses.isPresent()) {
            UserKey voter = new UserKey(DiscordDaily.PLATFORM, userId);
            deferPrivately(event, "", () -> messages.note(guesses.get().guess(g.roundId(), voter, g.vote()), List.of()));
        } else if (c instanceof DailyComponent.Reveal r && guesses.isPresent()) {
            UserKey by = new UserKey(DiscordDaily.PLATFORM, userId);
            deferPrivately(event, "", () -> reveal(event, r.roundId(), by));
        } else if (c instanceof DailyComponent.Mute || c instanceof DailyComponent.Unmute) {
            boolean mute = c instanceof DailyComponent.Mute;
            UserKey user = new UserKey(DiscordDaily.PLATFORM, userId);
            deferPrivately(event, "", () -> {
                Reply confirmed = coach.mute(user, mute);
                return mute ? messages.note(confirmed.then(Reply.info(UNMUTE_HINT)), List.of(DailyMessages.unmuteButton()))
                        : messages.note(confirmed, List.of());
            });
        } else {
            privately(event, Reply.info(UNKNOWN), List.of());
        }
    }

    public void onModal(ModalInteractionEvent event) {
        String text = ModalValues.text(event, DailyAnswerModal.INPUT_ID).orElse("").strip();
        Optional<DailyComponent> parsed = DailyComponent.parse(event.getModalId());
        if (parsed.isEmpty() || !(parsed.get() instanceof DailyComponent.AnswerForm form)) {
            privately(event, kept(Reply.info(UNKNOWN), text), List.of());
            return;
        }
        if (!event.isFromGuild() || event.getGuild() == null) {
            privately(event, kept(Reply.info(ONLY_IN_SERVERS), text), List.of());
            return;
        }
        Button again = DailyMessages.answerButton(form.channelId(), form.postId());
        if (text.isEmpty()) {
            privately(event, Reply.error(EMPTY), List.of(again));
            return;
        }
        if (text.length() > DiscordLimits.TEXT_INPUT_MAX) {
            privately(event, kept(Reply.error("Your answer is " + text.length() + " characters; the limit is "
                    + DiscordLimits.TEXT_INPUT_MAX + ". Shorten it and press Answer again."), text), List.of(again));
            return;
        }
        String guildId = event.getGuild().getId();
        String userId = event.getUser().getId();
        Member member = event.getMember();
        String name = member != null ? member.getEffectiveName() : event.getUser().getEffectiveName();
        ThreadMessage message = new ThreadMessage(DiscordDaily.channel(guildId, form.channelId()), form.postId(),
                "interaction-" + event.getId(), new UserKey(DiscordDaily.PLATFORM, userId), text);
        log.debug("daily answer of {} characters from user {} on post {}", text.length(), userId, form.postId());
        deferPrivately(event, text, () -> answer(event, message, name, again));
    }

    /** Coaches the answer; posts it with the coaching in the thread and returns the private note for the person. */
    private List<MessageCreateData> answer(ModalInteractionEvent event, ThreadMessage m, String name, Button again) {
        Optional<dev.loopcoach.core.together.GuessGame.Opened> opened = guesses.flatMap(g -> g.open(m, name));
        if (opened.isPresent()) {
            // "Guess the Bar Raiser": the answer goes up with the guessing card; the verdict waits for the reveal
            try {
                ChannelRest rest = new ChannelRest(event.getJDA());
                for (MessageCreateData part : messages.answerOnly(name, m.text())) {
                    rest.send(m.threadRef(), part);
                }
                for (MessageCreateData part : messages.guessCard(opened.get().card(), opened.get().roundId())) {
                    rest.send(m.threadRef(), part);
                }
            } catch (RuntimeException e) {
                log.warn("could not post the guessing card in daily thread {}: {}", m.threadRef(), e.toString());
            }
            return messages.note(Reply.info(GUESSING), List.of());
        }
        Optional<Reply> coaching = coach.onReply(m);
        if (coaching.isEmpty()) {
            return messages.note(kept(Reply.info(QUIET), m.text()), List.of(DailyMessages.unmuteButton(), again));
        }
        Reply reply = coaching.get();
        if (reply.kind() != Reply.Kind.FEEDBACK) {
            return messages.note(kept(reply, m.text()), List.of(again));
        }
        String userId = m.user().userId();
        DailyComponent.FollowUp followUp = new DailyComponent.FollowUp(m.channel().channelId(), m.threadRef(), userId);
        if (coach.feedbackPrivately(m)) {
            // the answer goes public in the thread for discussion; the verdict only to the person, as this reply
            try {
                ChannelRest rest = new ChannelRest(event.getJDA());
                for (MessageCreateData part : messages.answerOnly(name, m.text())) {
                    rest.send(m.threadRef(), part);
                }
            } catch (RuntimeException e) {
                log.warn("could not post the answer in daily thread {}: {}", m.threadRef(), e.toString());
            }
            return messages.privateCoaching(reply, followUp);
        }
        List<MessageCreateData> thread = messages.coaching(reply, name, m.text(), followUp);
        try {
            ChannelRest rest = new ChannelRest(event.getJDA());
            for (MessageCreateData part : thread) {
                rest.send(m.threadRef(), part);
            }
        } catch (RuntimeException e) {
            log.warn("could not post coaching in daily thread {}: {}", m.threadRef(), e.toString());
            return messages.note(Reply.info(THREAD_FAILED).then(reply), List.of());
        }
        return List.of(OutgoingMessage.markdown(POSTED + "<#" + m.threadRef() + ">"));
    }

    /**
     * Reveals a guessing round: the coaching goes into the thread (or, when its author takes verdicts privately, to their
     * direct messages) with the tally; guessers see how theirs compared by pressing a guess button again.
     */
    private List<MessageCreateData> reveal(ButtonInteractionEvent event, long roundId, UserKey by) {
        dev.loopcoach.core.together.GuessGame.Reveal reveal = guesses.get().reveal(roundId, by);
        if (reveal instanceof dev.loopcoach.core.together.GuessGame.Reveal.NotYet notYet) {
            return messages.note(notYet.why(), List.of());
        }
        if (reveal instanceof dev.loopcoach.core.together.GuessGame.Reveal.Done done) {
            return messages.note(done.why(), List.of());
        }
        var r = (dev.loopcoach.core.together.GuessGame.Reveal.Revealed) reveal;
        ThreadMessage m = r.original();
        DailyComponent.FollowUp followUp = new DailyComponent.FollowUp(m.channel().channelId(), m.threadRef(), m.user().userId());
        ChannelRest rest = new ChannelRest(event.getJDA());
        try {
            if (r.privately()) {
                List<MessageCreateData> note = messages.privateCoaching(r.coaching(), followUp);
                event.getJDA().retrieveUserById(m.user().userId()).flatMap(u -> u.openPrivateChannel())
                        .queue(dm -> note.forEach(part -> dm.sendMessage(part).queue(null,
                                e -> log.warn("could not send a private verdict: {}", e.toString()))),
                                e -> log.warn("could not open a DM for a private verdict: {}", e.toString()));
            } else {
                for (MessageCreateData part : messages.coaching(r.coaching(), "", "", followUp)) {
                    rest.send(m.threadRef(), part);
                }
            }
            for (MessageCreateData part : messages.note(r.tally().then(Reply.info(SEE_YOURS)), List.of())) {
                rest.send(m.threadRef(), part);
            }
        } catch (RuntimeException e) {
            log.warn("could not post the reveal in daily thread {}: {}", m.threadRef(), e.toString());
        }
        return messages.note(Reply.info("Revealed."), List.of());
    }

    /** Answers at once, visible only to the person. */
    private void privately(IReplyCallback event, Reply reply, List<Button> buttons) {
        List<MessageCreateData> parts = messages.note(reply, buttons);
        event.reply(parts.get(0)).setEphemeral(true).queue(null,
                e -> log.warn("reply failed for daily interaction {}: {}", event.getId(), e.toString()));
        for (MessageCreateData more : parts.subList(1, parts.size())) {
            event.getHook().sendMessage(more).setEphemeral(true).queue(null,
                    e -> log.warn("follow-up failed for daily interaction {}: {}", event.getId(), e.toString()));
        }
    }

    /**
     * Acknowledges privately now, works off the gateway thread, then sends the private result in order. If the
     * work cannot run, {@code text} (the person's answer, or empty) is quoted back.
     */
    private void deferPrivately(IReplyCallback event, String text, Work work) {
        event.deferReply(true).queue(null, e -> log.warn("defer failed for daily interaction {}: {}", event.getId(), e.toString()));
        InteractionHook hook = event.getHook();
        try {
            executor.execute(() -> {
                List<MessageCreateData> result;
                try {
                    result = work.run();
                } catch (RuntimeException e) {
                    log.error("daily interaction {} failed", event.getId(), e);
                    result = messages.note(kept(Reply.error(SORRY), text), List.of());
                }
                send(hook, result);
            });
        } catch (RejectedExecutionException e) {
            log.warn("worker queue full; daily interaction {} told to retry", event.getId());
            // on the gateway thread: queue, never block
            for (MessageCreateData part : messages.note(kept(Reply.error(BUSY), text), List.of())) {
                hook.sendMessage(part).setEphemeral(true).queue(null,
                        x -> log.warn("busy note failed for daily interaction {}: {}", event.getId(), x.toString()));
            }
        }
    }

    private static void send(InteractionHook hook, List<MessageCreateData> parts) {
        for (MessageCreateData part : parts) {
            try {
                hook.sendMessage(part).setEphemeral(true).complete();
            } catch (RuntimeException e) {
                log.warn("private daily note failed for interaction {}: {}", hook.getInteraction().getId(), e.toString());
            }
        }
    }

    /** A notice followed by the person's own words. */
    private static Reply kept(Reply notice, String text) {
        if (text == null || text.isBlank()) {
            return notice;
        }
        return Reply.builder(notice.kind()).blocks(notice.blocks()).paragraph(KEPT).quote(text).build();
    }

    @FunctionalInterface
    private interface Work {
        List<MessageCreateData> run();
    }
}
