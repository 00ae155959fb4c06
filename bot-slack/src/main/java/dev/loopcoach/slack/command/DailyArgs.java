package dev.loopcoach.slack.command;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.slack.daily.DailySchedule;
import dev.loopcoach.slack.daily.DailyTopic;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code /coach daily set <HH:MM> <IANA timezone> [days] [topic]}. Days: {@code weekdays} (default),
 * {@code daily}, {@code weekends}, a range {@code mon-fri} or a list {@code mon,wed,fri}. Topic: {@code lp}
 * (rotate the 16 Leadership Principles, the default) or a question type such as {@code product}.
 */
public final class DailyArgs {
    public static final String USAGE = "Use: /coach daily set <HH:MM> <time zone> [days] [topic], e.g. "
            + "/coach daily set 09:00 Europe/Berlin mon-fri lp. Days: weekdays, daily, weekends, mon-fri or mon,wed,fri. "
            + "Topic: lp (rotate the Leadership Principles) or a type: " + Category.keys() + ".";

    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");
    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thur", DayOfWeek.THURSDAY), Map.entry("thurs", DayOfWeek.THURSDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sun", DayOfWeek.SUNDAY), Map.entry("sunday", DayOfWeek.SUNDAY));
    private static final Set<String> LP_WORDS = Set.of("lp", "lps", "rotation", "lp-rotation", "principles", "leadership");

    /** The outcome: a schedule, or a message saying what to fix. */
    public sealed interface Result {
        record Ok(DailySchedule schedule) implements Result {
        }

        record Problem(String message) implements Result {
        }
    }

    private DailyArgs() {
    }

    public static Result parseSet(String args) {
        List<String> words = args.isBlank() ? List.of() : List.of(args.strip().split("\\s+"));
        if (words.size() < 2) {
            return new Result.Problem("A time and a time zone are needed. " + USAGE);
        }
        if (words.size() > 4) {
            return new Result.Problem("Too many words after the time zone. " + USAGE);
        }
        Matcher m = TIME.matcher(words.get(0));
        if (!m.matches()) {
            return new Result.Problem("'" + words.get(0) + "' is not a time like 09:00 (24-hour clock). " + USAGE);
        }
        LocalTime time = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        Optional<ZoneId> zone = zone(words.get(1));
        if (zone.isEmpty()) {
            return new Result.Problem("'" + words.get(1) + "' is not a time zone I know. Use an IANA name such as "
                    + "Europe/Berlin, America/New_York or Asia/Kolkata.");
        }
        Set<DayOfWeek> days = DailySchedule.weekdays();
        DailyTopic topic = new DailyTopic.LpRotation();
        for (String w : words.subList(2, words.size())) {
            Optional<Set<DayOfWeek>> d = days(w);
            Optional<DailyTopic> t = topic(w);
            if (d.isPresent()) {
                days = d.get();
            } else if (t.isPresent()) {
                topic = t.get();
            } else {
                return new Result.Problem("I can't read '" + w + "' as days or a topic. " + USAGE);
            }
        }
        return new Result.Ok(new DailySchedule(time, zone.get(), days, topic));
    }

    static Optional<ZoneId> zone(String text) {
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.equalsIgnoreCase(text) && (id.contains("/") || id.equals("UTC"))) {
                return Optional.of(ZoneId.of(id));
            }
        }
        return Optional.empty();
    }

    static Optional<Set<DayOfWeek>> days(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        switch (t) {
            case "weekdays", "workdays", "weekday" -> {
                return Optional.of(DailySchedule.weekdays());
            }
            case "daily", "everyday", "every-day", "all" -> {
                return Optional.of(EnumSet.allOf(DayOfWeek.class));
            }
            case "weekends", "weekend" -> {
                return Optional.of(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
            }
            default -> {
                // a range or a list below
            }
        }
        if (t.contains("-")) {
            String[] ends = t.split("-", -1);
            DayOfWeek from = ends.length == 2 ? DAYS.get(ends[0]) : null;
            DayOfWeek to = ends.length == 2 ? DAYS.get(ends[1]) : null;
            if (from == null || to == null) {
                return Optional.empty();
            }
            EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                set.add(d);
                if (d == to) {
                    break;
                }
            }
            return Optional.of(set);
        }
        EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (String part : t.split(",")) {
            DayOfWeek d = DAYS.get(part.strip());
            if (d == null) {
                return Optional.empty();
            }
            set.add(d);
        }
        return set.isEmpty() ? Optional.empty() : Optional.of(set);
    }

    static Optional<DailyTopic> topic(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (LP_WORDS.contains(t)) {
            return Optional.of(new DailyTopic.LpRotation());
        }
        return Category.parse(t).map(c -> c == Category.BEHAVIORAL ? new DailyTopic.LpRotation() : new DailyTopic.OfCategory(c));
    }
}
