package dev.loopcoach.core.intake;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.command.CommandEffect;
import dev.loopcoach.core.metrics.Metrics;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.Inbox;
import dev.loopcoach.core.port.SessionStore;
import dev.loopcoach.core.port.StoryStore;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Durable intake, the one path for what a platform has been told we have: {@link #keep} writes the letter down before
 * the adapter acknowledges, {@link #handle} runs it through the coach, {@link #done} closes it once the reply went
 * out, and {@link #sweep} finishes the letters of a process that died in between, exactly once (see
 * {@link ReplayPolicy}).
 */
public final class Intake {
    private static final Logger LOG = LoggerFactory.getLogger(Intake.class);

    /** How long a taken letter may stay unfinished before another sweep takes it over: far above a normal answer. */
    public static final Duration STALE_AFTER = Duration.ofSeconds(20);
    /** Letters finished per sweep at most, so a backlog after an outage is worked off in bounded steps. */
    static final int SWEEP_LIMIT = 200;

    /** What {@link #keep} did; only {@code KEPT} may be acknowledged and worked on. */
    public enum Receipt {
        /** Written down: acknowledge, then handle it. */
        KEPT,
        /** Kept before (a platform retry): acknowledge and do nothing. */
        REPEAT,
        /** The store could not take it: do not pretend to have it (let the platform retry, or hand the text back). */
        UNAVAILABLE
    }

    /** A letter finished by a sweep and the reply it owes, to be sent where a late reply can still reach the person. */
    public record Replayed(Inbox.Letter letter, Reply reply) {
    }

    /** What a person is told when their message could not be written down; adapters add their text after it. */
    public static final String STORE_DOWN = "I can't reach my storage right now, so I could not take this yet. "
            + "Nothing was changed; please send it again in a minute. Here is your text:";

    private final Inbox inbox;
    private final Coach coach;
    private final Clock clock;
    private final ReplayPolicy policy;

    public Intake(Inbox inbox, Coach coach) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.coach = Objects.requireNonNull(coach, "coach");
        this.clock = coach.deps().clock();
        this.policy = new ReplayPolicy(coach.deps().sessions(), coach.deps().stories());
    }

    /** A state-changing command that arrived now, written down as {@link CommandCodec} spells it. */
    public Inbox.Letter command(String platform, String deliveryId, UserKey user, CoachCommand command, String replyTo) {
        return letter(platform, deliveryId, user, Inbox.Kind.COMMAND, CommandCodec.encode(command), replyTo);
    }

    /**
     * The command a letter stands for: an answer is an answer, a command reads back as written; a direct message is read
     * by the surface's own rules ({@code message}), since each surface has its own control words.
     */
    public static CoachCommand commandOf(Inbox.Letter letter, Function<String, CoachCommand> message) {
        return switch (letter.kind()) {
            case ANSWER -> new CoachCommand.SubmitAnswer(letter.text());
            case COMMAND -> CommandCodec.decode(letter.text());
            case MESSAGE -> message.apply(letter.text());
        };
    }

    /** A letter that arrived now. */
    public Inbox.Letter letter(String platform, String deliveryId, UserKey user, Inbox.Kind kind, String text, String replyTo) {
        // Microseconds: what both databases keep, so the stored letter compares with sessions as the fresh one does.
        return new Inbox.Letter(platform, deliveryId, user, kind, text, replyTo,
                clock.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    /**
     * How long {@link #keep} may take: the platform wants its acknowledgement within 3 seconds, and a store that does
     * not answer in time is treated as down. A write that completes after the budget is not lost: the platform's
     * retry finds it kept (a repeat), and a sweep handles it.
     */
    public static final Duration KEEP_BUDGET = Duration.ofMillis(2_000);

    /** Writes the letter down; never throws (a store failure is {@link Receipt#UNAVAILABLE}, logged without the text). */
    public Receipt keep(Inbox.Letter letter) {
        BeforeAck.Outcome<Boolean> write = inbox.keepsLocally() ? BeforeAck.here(() -> inbox.keep(letter))
                : BeforeAck.within(KEEP_BUDGET, () -> inbox.keep(letter));
        if (write instanceof BeforeAck.Outcome.Done<Boolean> done) {
            Receipt r = done.value() ? Receipt.KEPT : Receipt.REPEAT;
            if (r == Receipt.KEPT) {
                Metrics.count(Metrics.Counter.ANSWERS_KEPT, letter.platform());
            }
            return r;
        }
        Metrics.count(Metrics.Counter.ANSWERS_REFUSED, letter.platform());
        if (write instanceof BeforeAck.Outcome.Failed<Boolean> failed) {
            LOG.warn("could not keep {} delivery {} of {}: {}", letter.platform(), letter.deliveryId(), letter.user(),
                    failed.cause().getMessage());
        } else {
            LOG.warn("keeping {} delivery {} of {} took over {} ms; treated as unavailable", letter.platform(),
                    letter.deliveryId(), letter.user(), KEEP_BUDGET.toMillis());
        }
        return Receipt.UNAVAILABLE;
    }

    /** What a person is told when a command could not be written down: nothing was done, and nothing half-done. */
    public static final String COMMAND_NOT_TAKEN = "I can't reach my storage right now, so I did not do that yet and "
            + "nothing was changed. Please try again in a minute.";

    /** What a person is told when their kept message could not be handled yet (storage down): it is not lost. */
    public static final String HELD = "I can't reach my storage right now, but your message is safe with me: "
            + "I'll reply here as soon as I can handle it. No need to send it again.";
    /** How long a letter that keeps failing is retried before it is handed back to its sender. */
    static final Duration GIVE_UP_AFTER = Duration.ofHours(1);
    static final String GAVE_UP = "I could not handle this message for a long while, so here it is back; "
            + "please send it again:";

    /** What handling a kept letter came to. */
    public sealed interface Outcome {
        /** The coach's reply: deliver it, then call {@link #done}. */
        record Answered(Reply reply) implements Outcome {
        }

        /** It could not be handled now (storage down): say {@link #HELD} and leave it open for a sweep. */
        record Held() implements Outcome {
        }

        /** A sweep took it over meanwhile (this process was too slow): do nothing, the sweep replies. */
        record TakenOver() implements Outcome {
        }
    }

    /** Runs a kept letter through the coach, unless a sweep took it over; never throws. */
    public Outcome handle(Inbox.Letter letter, CoachCommand command) {
        try {
            if (!inbox.begin(letter, clock.now())) {
                return new Outcome.TakenOver();
            }
        } catch (RuntimeException e) {
            LOG.warn("could not start {} delivery {}: {}", letter.platform(), letter.deliveryId(), e.getMessage());
            return new Outcome.Held();
        }
        Reply reply = coach.handle(letter.user(), command);
        return Coach.failed(reply) ? new Outcome.Held() : new Outcome.Answered(reply);
    }

    /**
     * Closes the letter. When the store is down it stays open and a later sweep finds it; the {@link ReplayPolicy}
     * then sees that the coach already took it and does not apply it twice.
     */
    public void done(Inbox.Letter letter) {
        try {
            inbox.done(letter.platform(), letter.deliveryId());
        } catch (RuntimeException e) {
            LOG.warn("could not close {} delivery {}: {}", letter.platform(), letter.deliveryId(), e.getMessage());
        }
    }

    /**
     * Takes over the letters of {@code platform} left unfinished for {@link #STALE_AFTER} (by a process that died,
     * here or elsewhere), finishes each as the policy says and returns the replies they owe, oldest first. The caller
     * delivers each reply and then calls {@link #done}. A store failure ends the sweep early; the next one resumes.
     */
    public List<Replayed> sweep(String platform, Function<Inbox.Letter, CoachCommand> commandOf) {
        Instant now = clock.now();
        Instant staleBefore = now.minus(STALE_AFTER);
        List<Replayed> out = new ArrayList<>();
        try {
            for (Inbox.Letter letter : inbox.unfinished(platform, staleBefore, SWEEP_LIMIT)) {
                if (!inbox.retake(platform, letter.deliveryId(), staleBefore, now)) {
                    continue;
                }
                Reply reply = finish(letter, commandOf);
                if (reply != null) {
                    Metrics.count(Metrics.Counter.ANSWERS_REPLAYED, platform);
                    out.add(new Replayed(letter, reply));
                } else if (letter.receivedAt().isBefore(now.minus(GIVE_UP_AFTER))) {
                    out.add(new Replayed(letter, Reply.builder(Reply.Kind.ERROR).paragraph(GAVE_UP).quote(letter.text()).build()));
                }
            }
            inbox.forgetDoneBefore(now.minus(Inbox.KEEP));
        } catch (RuntimeException e) {
            LOG.warn("sweeping unfinished {} letters stopped: {}", platform, e.getMessage());
        }
        if (!out.isEmpty()) {
            LOG.info("finished {} {} letters left by an earlier process", out.size(), platform);
        }
        return out;
    }

    /** The policy's reply, or null when the coach could not handle the letter now (storage down, a bug). */
    private Reply finish(Inbox.Letter letter, Function<Inbox.Letter, CoachCommand> commandOf) {
        try {
            Reply reply = policy.finish(letter, commandOf.apply(letter), coach);
            return Coach.failed(reply) ? null : reply;
        } catch (RuntimeException e) {
            LOG.warn("could not finish {} delivery {}: {}", letter.platform(), letter.deliveryId(), e.getMessage());
            return null;
        }
    }

    /**
     * How a letter left unfinished is finished, without applying anything twice. What the command changes
     * ({@link CommandEffect}) says where its mark would be. The coach writes every interview step to the person's latest
     * session, so that session tells what happened after the letter arrived: untouched since, the letter was never
     * applied and is handled now; touched since, it was either applied (an answer with the same text is in the
     * transcript after its arrival, or the command itself touched it) or overtaken by later messages, and then an answer
     * is handed back rather than applied out of order. Stories carry the time they were saved; a setting applied twice
     * is applied once.
     */
    static final class ReplayPolicy {
        static final String APPLIED = "I had already taken your answer, but my reply to it did not reach you "
                + "(a restart or an outage on my side). Here is where your interview stands.";
        static final String OVERTAKEN = "This message reached me just before a restart on my side, and your interview "
                + "has moved on since, so I did not apply it. Here it is, in case you want to send it again:";
        static final String LATE = "Sorry for the delay: a restart or an outage on my side held up your message. "
                + "Here is my reply.";
        static final String COMMAND_APPLIED = "I had already done what you asked, but my reply did not reach you "
                + "(a restart or an outage on my side). Here is where things stand.";
        static final String STORIES_SAVED = "I had already saved it, but my reply did not reach you (a restart or an "
                + "outage on my side). Here are your stories.";
        static final String DRILL_UNSURE = "This drill answer reached me just before a restart on my side and I cannot "
                + "tell whether it was graded, so I did not grade it again. Here it is, in case you want to send it again:";

        private final SessionStore sessions;
        private final StoryStore stories;

        ReplayPolicy(SessionStore sessions, StoryStore stories) {
            this.sessions = sessions;
            this.stories = stories;
        }

        Reply finish(Inbox.Letter letter, CoachCommand command, Coach coach) {
            return switch (CommandEffect.of(command)) {
                case READS, SETS -> late(letter, command, coach);
                case SESSION -> session(letter, command, coach);
                case ADDS_STORIES -> stories.list(letter.user()).stream()
                        .anyMatch(s -> !s.createdAt().isBefore(letter.receivedAt()))
                        ? Reply.info(STORIES_SAVED).then(coach.handle(letter.user(), new CoachCommand.ListStories()))
                        : late(letter, command, coach);
                case GRADES_DRILL -> Reply.builder(Reply.Kind.INFO).paragraph(DRILL_UNSURE)
                        .quote(((CoachCommand.Drill) command).text()).build();
            };
        }

        private static Reply late(Inbox.Letter letter, CoachCommand command, Coach coach) {
            return Reply.info(LATE).then(coach.handle(letter.user(), command));
        }

        private Reply session(Inbox.Letter letter, CoachCommand command, Coach coach) {
            var latest = sessions.recent(letter.user(), 1).stream().findFirst();
            if (latest.isEmpty() || latest.get().session().updatedAt().isBefore(letter.receivedAt())) {
                return late(letter, command, coach);
            }
            if (letter.kind() == Inbox.Kind.COMMAND && !(command instanceof CoachCommand.SubmitAnswer)) {
                // The session was touched after the command arrived: by the command itself, or by what followed it.
                // Either way applying it now would act on a state the person did not see when they asked.
                return Reply.info(COMMAND_APPLIED).then(coach.handle(letter.user(), new CoachCommand.Resume()));
            }
            String text = command instanceof CoachCommand.SubmitAnswer a ? a.text() : letter.text();
            boolean applied = latest.get().session().transcript().stream()
                    .anyMatch(t -> !t.at().isBefore(letter.receivedAt()) && t.answer().equals(text.strip()));
            if (applied) {
                return Reply.info(APPLIED).then(coach.handle(letter.user(), new CoachCommand.Resume()));
            }
            return Reply.builder(Reply.Kind.INFO).paragraph(OVERTAKEN).quote(letter.text()).build();
        }
    }
}
