package dev.loopcoach.slack.event;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import com.slack.api.model.block.element.ButtonElement;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.command.ParseResult;
import dev.loopcoach.core.command.TextCommandParser;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.intake.Intake;
import dev.loopcoach.core.port.Inbox;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.SlackIntake;
import dev.loopcoach.slack.SlackUsers;
import dev.loopcoach.slack.interaction.ActionIds;
import dev.loopcoach.slack.render.BlockKit;
import dev.loopcoach.slack.web.ReplySender;
import dev.loopcoach.slack.web.ReplyTarget;
import dev.loopcoach.slack.web.SlackCallException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plain user messages (Bolt routes edits, deletions and other subtypes elsewhere; we also drop bot
 * messages). In the direct message with the bot a message is an answer, kept in the inbox before the ack; in a channel, a reply in a thread
 * goes to the {@link ThreadReplyHandler}. Retried deliveries of one event are answered once.
 */
public final class MessageEventListener implements BoltEventHandler<MessageEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(MessageEventListener.class);
    private static final java.util.Set<String> CONTROL_WORDS = java.util.Set.of("hint", "skip", "repeat", "end", "resume", "help", "done",
            "submit");
    private static final TextCommandParser PARSER = new TextCommandParser();

    private final CoachRunner runner;
    private final SlackIntake intake;
    private final ReplySender sender;
    private final EventDedupe dedupe;
    private final ThreadReplyHandler threads;
    private final java.util.function.Function<String, Optional<String>> names;

    public MessageEventListener(CoachRunner runner, SlackIntake intake, ReplySender sender, EventDedupe dedupe,
                                ThreadReplyHandler threads) {
        this(runner, intake, sender, dedupe, threads, id -> Optional.empty());
    }

    /** @param names a member's Slack display name, for the guessing card (plain text, never a mention) */
    public MessageEventListener(CoachRunner runner, SlackIntake intake, ReplySender sender, EventDedupe dedupe,
                                ThreadReplyHandler threads, java.util.function.Function<String, Optional<String>> names) {
        this.runner = runner;
        this.intake = intake;
        this.sender = sender;
        this.dedupe = dedupe;
        this.threads = threads;
        this.names = names;
    }

    @Override
    public Response apply(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent m = payload.getEvent();
        boolean skip = m.getBotId() != null || m.getEdited() != null;
        return handle(skip ? null : new Incoming(payload.getTeamId() != null ? payload.getTeamId() : m.getTeam(),
                payload.getEventId(), m.getUser(), m.getChannel(), m.getChannelType(), m.getText(), m.getTs(),
                m.getThreadTs(), m.getParentUserId()), ctx);
    }

    /** Replies sent "also to the channel" arrive with subtype thread_broadcast; they are thread replies all the same. */
    public BoltEventHandler<MessageThreadBroadcastEvent> broadcasts() {
        return (payload, ctx) -> {
            MessageThreadBroadcastEvent m = payload.getEvent();
            return handle(new Incoming(payload.getTeamId(), payload.getEventId(), m.getUser(), m.getChannel(),
                    m.getChannelType(), m.getText(), m.getTs(), m.getThreadTs(),
                    m.getRoot() == null ? null : m.getRoot().getUser()), ctx);
        };
    }

    /** The fields of a user message we act on. */
    private record Incoming(String teamId, String eventId, String user, String channel, String channelType, String text,
                            String ts, String threadTs, String parentUserId) {
    }

    private Response handle(Incoming m, EventContext ctx) {
        if (m == null || m.user() == null || m.channel() == null || m.text() == null || m.text().isBlank()) {
            return ctx.ack();
        }
        UserKey user = SlackUsers.key(m.teamId(), m.user());
        String eventId = m.eventId() != null ? m.eventId() : m.channel() + "/" + m.ts();
        if (ctx.getRetryNum() != null) {
            LOG.debug("Event {} delivered again (retry {}, {})", eventId, ctx.getRetryNum(), ctx.getRetryReason());
        }
        boolean direct = "im".equals(m.channelType()) || (m.channelType() == null && m.channel().startsWith("D"));
        boolean threadReply = m.threadTs() != null && !m.threadTs().equals(m.ts());
        if (direct) {
            // Kept before the ack: once Slack has its 200 it never sends this again, so the text must be on disk.
            Inbox.Letter letter = intake.letter(eventId, user, Inbox.Kind.MESSAGE, m.text(), m.user());
            Intake.Receipt receipt = intake.keep(letter);
            if (receipt == Intake.Receipt.UNAVAILABLE) {
                // Bolt turns any handler response into its auto-ack; only an exception keeps Slack from getting a 200
                throw new NotAcknowledged("the inbox could not keep a direct message");
            }
            if (receipt == Intake.Receipt.KEPT) {
                intake.work(letter, new ReplyTarget.Conversation(m.channel(), Optional.ofNullable(m.threadTs()),
                        Optional.empty()), r -> r);
            }
        } else if (threadReply) {
            ThreadReply reply = new ThreadReply(user, m.teamId(), m.user(), m.channel(), m.threadTs(), m.ts(),
                    m.text().strip(), Optional.ofNullable(m.parentUserId()));
            runner.later(user, "thread reply", () -> {
                if (dedupe.firstTime(eventId)) {
                    coachInThread(reply);
                }
            });
        }
        return ctx.ack();
    }

    /**
     * A DM is an answer, except a lone control word ("hint", "skip", "repeat", "end", "resume", "help", "done"):
     * slash commands cannot be typed as messages, so these words do what the buttons do.
     */
    public static CoachCommand dmCommand(String text) {
        String word = text.toLowerCase(java.util.Locale.ROOT);
        if (CONTROL_WORDS.contains(word)) {
            ParseResult r = PARSER.parse("/" + word);
            if (r instanceof ParseResult.Parsed p) {
                return p.command();
            }
        }
        return new CoachCommand.SubmitAnswer(text);
    }

    /** In a channel playing "Guess the Bar Raiser", a first answer waits under a card with the guess buttons. */
    private boolean openGuess(ThreadReply reply) {
        Optional<dev.loopcoach.core.together.GuessGame.Opened> opened;
        try {
            opened = threads.openGuess(reply, names.apply(reply.userId()).orElse("this member"));
        } catch (RuntimeException e) {
            LOG.error("Opening a guessing round failed in {} thread {}", reply.channelId(), reply.threadTs(), e);
            return false;
        }
        if (opened.isEmpty()) {
            return false;
        }
        try {
            sender.send(ReplyTarget.inThread(reply.channelId(), reply.threadTs()), opened.get().card(),
                    dev.loopcoach.slack.interaction.GuessButtons.card(opened.get().roundId()), Optional.of(reply.userId()));
        } catch (SlackCallException e) {
            LOG.warn("Could not post the guessing card in {} thread {}: {}", reply.channelId(), reply.threadTs(), e.error());
        }
        return true;
    }

    /**
     * The handler decides whether and what to answer (including people who muted thread coaching, who may still
     * reply "unmute"); coaching feedback carries a button to mute it.
     */
    private void coachInThread(ThreadReply reply) {
        if (openGuess(reply)) {
            return;
        }
        Optional<Reply> answer;
        try {
            answer = threads.onReply(reply);
        } catch (RuntimeException e) {
            LOG.error("Thread coaching failed in {} thread {}", reply.channelId(), reply.threadTs(), e);
            return;
        }
        if (answer.isEmpty()) {
            return;
        }
        List<ButtonElement> mute = answer.get().kind() == Reply.Kind.FEEDBACK
                ? List.of(BlockKit.button(ActionIds.MUTE_THREADS, "Mute coaching for me", null, null)) : List.of();
        if (answer.get().kind() == Reply.Kind.FEEDBACK && threads.privately(reply)) {
            // the verdict goes to the person alone; their answer stays in the thread for the channel to discuss
            Reply privateNote = Reply.info("Your verdict on your answer under the daily question, sent to you privately: "
                    + "your answer stays in the thread for discussion. Reply in the thread to answer the follow-up.")
                    .then(answer.get());
            try {
                sender.send(ReplyTarget.directMessage(reply.userId(), Optional.empty()), privateNote, mute, Optional.empty());
            } catch (SlackCallException e) {
                LOG.warn("Could not send the private verdict for {} thread {}: {}", reply.channelId(), reply.threadTs(), e.error());
            }
            return;
        }
        try {
            sender.send(ReplyTarget.inThread(reply.channelId(), reply.threadTs()), answer.get(), mute,
                    answer.get().kind() == Reply.Kind.FEEDBACK ? Optional.of(reply.userId()) : Optional.empty());
        } catch (SlackCallException e) {
            LOG.warn("Could not reply in {} thread {}: {}", reply.channelId(), reply.threadTs(), e.error());
        }
    }
}
