package dev.loopcoach.slack.interaction;

import dev.loopcoach.core.intake.BeforeAck;
import dev.loopcoach.core.intake.Intake;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.together.PeerMock.Outcome;
import dev.loopcoach.slack.CoachRunner;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a peer mock step that changes state before Slack is acknowledged, within {@link BeforeAck#SETTING_BUDGET}, so
 * what Slack is told about is already written; what the step sends runs after the ack, on the member's work queue.
 * A step slower than the budget still sends its outcome when it ends, so a partner's proposal is never lost.
 */
public final class PeerStepRunner {
    private static final Logger LOG = LoggerFactory.getLogger(PeerStepRunner.class);
    private static final int RUNNING = 0;
    private static final int ENDED = 1;
    private static final int LEFT = 2;

    private final CoachRunner runner;

    public PeerStepRunner(CoachRunner runner) {
        this.runner = runner;
    }

    /** How the step went before the ack. */
    public sealed interface Ran {
        /** Done in time; its outcome is queued for sending. */
        record Done(Outcome outcome) implements Ran {
        }

        /** It threw (the store is down): nothing was sent, and nothing will be. */
        record Failed() implements Ran {
        }

        /** Still running at the ack; its outcome is sent when it ends. */
        record Late() implements Ran {
        }

        /** What to tell the member now, when the step did not end in time. */
        default Optional<Reply> notice() {
            if (this instanceof Failed) {
                return Optional.of(Reply.error(Intake.COMMAND_NOT_TAKEN));
            }
            return this instanceof Late ? Optional.of(Reply.error(BeforeAck.SLOW_STORE)) : Optional.empty();
        }
    }

    public Ran run(UserKey actor, String what, Supplier<Outcome> step, Consumer<Outcome> send) {
        AtomicInteger state = new AtomicInteger(RUNNING);
        AtomicReference<Outcome> result = new AtomicReference<>();
        BeforeAck.Outcome<Outcome> ran = BeforeAck.within(BeforeAck.SETTING_BUDGET, () -> {
            Outcome o = step.get();
            result.set(o);
            if (!state.compareAndSet(RUNNING, ENDED)) { // the ack went out without it
                runner.later(actor, what, () -> send.accept(o));
            }
            return o;
        });
        if (ran instanceof BeforeAck.Outcome.Failed<Outcome> failed) {
            LOG.warn("peer mock step '{}' for {} failed: {}", what, actor, failed.cause().toString());
            return new Ran.Failed();
        }
        if (ran instanceof BeforeAck.Outcome.Late<Outcome> && state.compareAndSet(RUNNING, LEFT)) {
            LOG.warn("peer mock step '{}' for {} took over {} ms; its outcome follows when it ends", what, actor,
                    BeforeAck.SETTING_BUDGET.toMillis());
            return new Ran.Late();
        }
        // done in time, or it ended between the budget running out and now
        Outcome o = ran instanceof BeforeAck.Outcome.Done<Outcome> done ? done.value() : result.get();
        runner.later(actor, what, () -> send.accept(o));
        return new Ran.Done(o);
    }
}
