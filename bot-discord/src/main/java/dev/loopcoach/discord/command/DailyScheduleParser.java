package dev.loopcoach.discord.command;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the time, time zone and days people type into /coach-server daily-set, with a clear message when it can't. */
final class DailyScheduleParser {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)?");

    /** A value, or the message explaining the problem. */
    record Result<T>(Optional<T> value, Optional<String> problem) {
        static <T> Result<T> ok(T v) {
            return new Result<>(Optional.of(v), Optional.empty());
        }

        static <T> Result<T> fail(String message) {
            return new Result<>(Optional.empty(), Optional.of(message));
        }
    }

    private DailyScheduleParser() {
    }

    /** "9:30", "09:30", "17:00", "9am", "5:15 pm". */
    static Result<LocalTime> time(String text) {
        Matcher m = TIME.matcher(text.strip().toLowerCase(Locale.ROOT));
        String problem = "I couldn't read the time '" + text + "'. Use 24-hour HH:MM like 09:30 or 17:00 (or 9am, 5:15pm).";
        if (!m.matches()) {
            return Result.fail(problem);
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Result.fail(problem);
            }
            hour = hour % 12 + ("pm".equals(half) ? 12 : 0);
        } else if (m.group(2) == null) {
            return Result.fail(problem);
        }
        if (hour > 23 || minute > 59) {
            return Result.fail(problem);
        }
        return Result.ok(LocalTime.of(hour, minute));
    }

    /** An IANA zone such as Europe/Berlin or America/Los_Angeles, or UTC / an offset like +02:00. */
    static Result<ZoneId> zone(String text) {
        String t = text.strip();
        try {
            return Result.ok(ZoneId.of(t.equalsIgnoreCase("utc") || t.equalsIgnoreCase("gmt") ? "UTC" : t));
        } catch (DateTimeException e) {
            return Result.fail("I don't know the time zone '" + text + "'. Use a name like Europe/Berlin, "
                    + "America/New_York or Asia/Kolkata, or UTC.");
        }
    }

    /** "weekdays", "every day", "weekends", "mon-fri", "mon,wed,fri", "tue thu". */
    static Result<Set<DayOfWeek>> days(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "weekdays":
            case "workdays":
                return Result.ok(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
            case "weekends":
            case "weekend":
                return Result.ok(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
            case "daily":
            case "every day":
            case "everyday":
            case "all":
                return Result.ok(EnumSet.allOf(DayOfWeek.class));
            default:
                break;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : t.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] range = part.split("-", -1);
            Optional<DayOfWeek> from = day(range[0]);
            Optional<DayOfWeek> to = range.length == 2 ? day(range[1]) : from;
            if (range.length > 2 || from.isEmpty() || to.isEmpty()) {
                return Result.fail("I couldn't read the days '" + text + "'. Use weekdays, every day, mon-fri or mon,wed,fri.");
            }
            DayOfWeek d = from.get();
            days.add(d);
            while (d != to.get()) {
                d = d.plus(1);
                days.add(d);
            }
        }
        if (days.isEmpty()) {
            return Result.fail("Name at least one day, e.g. weekdays or mon,wed,fri.");
        }
        return Result.ok(days);
    }

    private static Optional<DayOfWeek> day(String word) {
        String w = word.strip();
        if (w.length() < 2) {
            return Optional.empty();
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).startsWith(w)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
