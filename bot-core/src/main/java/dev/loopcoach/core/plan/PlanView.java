package dev.loopcoach.core.plan;

import dev.loopcoach.core.reply.Reply;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A prep plan as a reply: today's step and why, progress since the plan started, the days ahead, and a strip picture. */
final class PlanView {
    /** Days listed in text; the calendar file and the picture carry the whole plan. */
    static final int LISTED_DAYS = 14;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private PlanView() {
    }

    static Reply of(PlanRequest request, List<PlanDay> days, LocalDate today, boolean fresh, int practisedDays, int elapsedDays,
            int dueDrills) {
        long left = ChronoUnit.DAYS.between(today, request.interviewDate());
        Reply.Builder b = Reply.builder(Reply.Kind.INFO).heading((fresh ? "Your prep plan is ready: " : "Your prep plan: ") + left
                + (left == 1 ? " day" : " days") + " to your " + request.level().label() + " interview on "
                + request.interviewDate().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + request.interviewDate()
                + request.focus().map(f -> " (" + f + ")").orElse(""));
        PlanDay first = days.get(0);
        b.paragraph("Today: " + first.summary() + ". " + first.why() + howTo(first, request));
        if (dueDrills > 0) {
            b.paragraph("Also due today: " + dueDrills + (dueDrills == 1 ? " drill" : " drills") + " of your own stories (/drill), "
                    + "a few minutes each.");
        }
        if (!fresh) {
            int missed = Math.max(0, elapsedDays - practisedDays);
            b.paragraph(elapsedDays == 0 ? "The plan started today."
                    : "Since the plan started " + elapsedDays + (elapsedDays == 1 ? " day ago" : " days ago") + " you practised on "
                    + practisedDays + " of them." + (missed > 0 ? " The plan is rebuilt from today with your latest votes, so "
                    + "missed days move the work forward instead of piling it up." : " Right on plan."));
        }
        List<String> lines = new ArrayList<>();
        for (PlanDay d : days.subList(1, Math.min(days.size(), LISTED_DAYS + 1))) {
            lines.add(DAY.format(d.date()) + ": " + d.summary());
        }
        if (!lines.isEmpty()) {
            b.bullets(days.size() > LISTED_DAYS + 1 ? "The next " + LISTED_DAYS + " days (" + (days.size() - 1 - LISTED_DAYS)
                    + " more in the calendar file)" : "The days ahead", lines);
        }
        b.block(PlanStrip.image(days, request));
        b.paragraph("Each day says why it holds what it holds; the plan follows your votes and story bank as they change. "
                + "/plan shows today's step, /plan ics gives a calendar file, /plan off stops it.");
        return b.build();
    }

    private static String howTo(PlanDay d, PlanRequest r) {
        // named by what to ask for, not by positional arguments: each surface spells the command its own way
        return switch (d.kind()) {
            case QUESTION -> " Ask for one behavioral question on " + d.principles().get(0).displayName() + " with /question.";
            case STORY -> " Add each with /story add.";
            case WRITING -> " Start the written exercise with /mockinterview.";
            case MOCK_LOOP -> " Start the full loop at " + r.level().label() + " with /mockinterview.";
            case LIGHT -> "";
        };    }
}
