package dev.loopcoach.app;

import dev.loopcoach.core.intake.Sweeper;
import dev.loopcoach.core.plan.PlanReminders;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import java.time.Duration;
import java.util.function.BiPredicate;

/**
 * Sends the prep plans' daily direct messages of one platform: a pass every minute, so a reminder goes out within about a
 * minute of the time the person chose. Every instance on the same database runs one; the store's claim sends each
 * reminder once.
 */
final class PlanReminderLoop implements AutoCloseable {
    static final Duration EVERY = Duration.ofMinutes(1);
    /** Seconds between passes (default 60); a shorter one suits tests, a longer one a very large instance. */
    static final String ENV_POLL = "COACH_PLAN_REMINDER_POLL_SECONDS";

    private final Sweeper sweeper;

    private PlanReminderLoop(Sweeper sweeper) {
        this.sweeper = sweeper;
    }

    /** @param dm sends a reply to a person's direct messages on {@code platform}; true once the platform took it */
    static PlanReminderLoop start(AppContext ctx, String platform, BiPredicate<UserKey, Reply> dm) {
        PlanReminders reminders = new PlanReminders(ctx.storage().planReminders(), ctx.coach(),
                ctx.coach().deps().clock());
        return new PlanReminderLoop(Sweeper.every(platform + "-plan-reminders", period(ctx.env().get(ENV_POLL)),
                () -> reminders.sendDue(platform, dm)));
    }

    static Duration period(String seconds) {
        if (seconds == null || seconds.isBlank()) {
            return EVERY;
        }
        try {
            long s = Long.parseLong(seconds.strip());
            if (s >= 1 && s <= 3600) {
                return Duration.ofSeconds(s);
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new StartupException(ENV_POLL + " must be a number of seconds from 1 to 3600 (got \"" + seconds + "\").");
    }

    @Override
    public void close() {
        sweeper.close();
    }
}
