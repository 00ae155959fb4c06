package dev.loopcoach.core.plan;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.PlanReminderStore;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The daily direct message of a prep plan: at the time the person chose, in their time zone, today's step and the story
 * drills that are due. Adapters call {@link #due} about once a minute and {@link #take} each one; a claim in the store
 * makes it once per person and day across instances. A reminder is sent within {@link #GRACE} of its time: after a
 * longer outage the day is skipped rather than sent late in the evening; a time set shortly after it passed sends
 * today's at once, and one set later than that starts tomorrow.
 */
public final class PlanReminders {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlanReminders.class);
    /** How late a reminder may still go out. */
    public static final Duration GRACE = Duration.ofHours(3);
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(am|pm)?");

    /** A reminder whose time has come: send {@link #take}'s reply to {@code user}. */
    public record Due(UserKey user, LocalDate day, Optional<LocalDate> previous) {
    }

    private final PlanReminderStore store;
    private final Coach coach;
    private final Clock clock;

    public PlanReminders(PlanReminderStore store, Coach coach, Clock clock) {
        this.store = store;
        this.coach = coach;
        this.clock = clock;
    }

    /** The people of {@code platform} whose reminder time has come today and who have not had today's yet. */
    public List<Due> due(String platform) {
        List<Due> out = new ArrayList<>();
        for (PlanReminderStore.Reminder r : store.reminders(platform)) {
            var plan = r.prefs().plan();
            if (plan.isEmpty() || plan.get().remindAt().isEmpty()) {
                continue;
            }
            ZonedDateTime now = clock.now().atZone(r.prefs().zoneOrUtc());
            LocalDate today = now.toLocalDate();
            if (!plan.get().interviewDate().isAfter(today) || r.lastSent().filter(d -> !d.isBefore(today)).isPresent()) {
                continue;
            }
            ZonedDateTime at = today.atTime(plan.get().remindAt().get()).atZone(r.prefs().zoneOrUtc());
            if (!now.isBefore(at) && now.isBefore(at.plus(GRACE))) {
                out.add(new Due(r.user(), today, r.lastSent()));
            }
        }
        return out;
    }

    /** Claims the reminder and builds it; empty when another instance took it first (or the store is down). */
    public Optional<Reply> take(Due due) {
        if (!store.claim(due.user(), due.day())) {
            return Optional.empty();
        }
        Reply today = coach.handle(due.user(), new CoachCommand.Plan(""));
        if (Coach.failed(today)) {
            store.release(due.user(), due.day(), due.previous());
            return Optional.empty();
        }
        Reply reminder = Reply.info("Your prep plan for today (" + due.day() + "). Stop these reminders with /plan remind off.")
                .then(today);
        return Optional.of(questionOfTheDay(due).map(reminder::then).orElse(reminder));
    }

    /**
     * On a question day, the day's question itself: a bank question on the day's principle, a different one each day,
     * with its id so the person can take it on with the question command.
     */
    private Optional<Reply> questionOfTheDay(Due due) {
        return coach.plans().today(due.user()).flatMap(d -> questionFor(d, due.day(), coach.deps().bank()));
    }

    /** The question a question day asks: a behavioral bank question on its principle, a different one each day. */
    static Optional<Reply> questionFor(PlanDay day, LocalDate date, dev.loopcoach.core.bank.QuestionBank bank) {
        if (day.kind() != PlanDay.Kind.QUESTION || day.principles().isEmpty()) {
            return Optional.empty();
        }
        List<dev.loopcoach.core.bank.Question> pool = bank.byPrimaryLp(day.principles().get(0)).stream()
                .filter(q -> q.category() == dev.loopcoach.core.bank.Category.BEHAVIORAL).toList();
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        dev.loopcoach.core.bank.Question q = pool.get(Math.floorMod((int) date.toEpochDay(), pool.size()));
        return Optional.of(Reply.builder(Reply.Kind.INFO)
                .heading("Today's question (" + day.principles().get(0).displayName() + ")")
                .paragraph(q.text())
                .paragraph("Practise it with /question " + q.id() + " and I will coach your answer.")
                .build());
    }

    /** The message could not be delivered: the claim is given back so a later pass tries again within the grace. */
    public void giveBack(Due due) {
        store.release(due.user(), due.day(), due.previous());
    }

    /**
     * One pass for {@code platform}: every due reminder is claimed, built and handed to {@code dm} (true once the platform
     * took the message); one that could not be delivered is given back for the next pass. Never throws: a store outage
     * ends the pass, and the next one resumes. Returns how many went out.
     */
    public int sendDue(String platform, java.util.function.BiPredicate<UserKey, Reply> dm) {
        int sent = 0;
        try {
            for (Due due : due(platform)) {
                Optional<Reply> reply = take(due);
                if (reply.isEmpty()) {
                    continue;
                }
                boolean delivered;
                try {
                    delivered = dm.test(due.user(), reply.get());
                } catch (RuntimeException e) {
                    delivered = false;
                }
                if (delivered) {
                    sent++;
                } else {
                    giveBack(due);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("plan reminders for {} stopped for this pass: {}", platform, e.getMessage());
        }
        return sent;
    }

    /** Reads "08:30", "8:30", "8.30", "7pm", "19h30" as a time of day. */
    public static Optional<LocalTime> parseTime(String text) {
        Matcher m = TIME.matcher(text.strip().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            if (h < 1 || h > 12) {
                return Optional.empty();
            }
            h = h % 12 + (m.group(3).equals("pm") ? 12 : 0);
        } else if (m.group(2) == null) {
            return Optional.empty(); // a bare "8" is too ambiguous to guess
        }
        try {
            return Optional.of(LocalTime.of(h, min));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
