package dev.loopcoach.core.daily;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reading and writing the days of a schedule: "mon-fri", "weekdays", "mon,wed,fri", "daily", "sun-thu". */
public final class Days {
    private static final Map<String, DayOfWeek> NAMES = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thur", DayOfWeek.THURSDAY), Map.entry("thurs", DayOfWeek.THURSDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sun", DayOfWeek.SUNDAY), Map.entry("sunday", DayOfWeek.SUNDAY));
    private static final List<String> SHORT = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    private Days() {
    }

    public static Set<DayOfWeek> weekdays() {
        return Collections.unmodifiableSet(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    public static Set<DayOfWeek> everyDay() {
        return Collections.unmodifiableSet(EnumSet.allOf(DayOfWeek.class));
    }

    /** The days named by {@code text}, or empty when it names none or contains something else. */
    public static Optional<Set<DayOfWeek>> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "weekdays", "weekday", "workdays", "working-days", "business-days" -> {
                return Optional.of(weekdays());
            }
            case "weekends", "weekend" -> {
                return Optional.of(Collections.unmodifiableSet(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)));
            }
            case "daily", "everyday", "every-day", "all", "all-days", "mon-sun" -> {
                return Optional.of(everyDay());
            }
            default -> {
                // a list or ranges below
            }
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : t.split(",", -1)) {
            String p = part.trim();
            int dash = p.indexOf('-');
            if (dash < 0) {
                DayOfWeek d = NAMES.get(p);
                if (d == null) {
                    return Optional.empty();
                }
                days.add(d);
            } else {
                DayOfWeek from = NAMES.get(p.substring(0, dash).trim());
                DayOfWeek to = NAMES.get(p.substring(dash + 1).trim());
                if (from == null || to == null) {
                    return Optional.empty();
                }
                for (DayOfWeek d = from; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == to) {
                        break;
                    }
                }
            }
        }
        return Optional.of(Collections.unmodifiableSet(days));
    }

    /** "every day", "Mon-Fri", "Sun-Thu", "Mon, Wed, Fri". */
    public static String describe(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return "every day";
        }
        if (days.size() >= 3) {
            // a single run of consecutive days, possibly wrapping over Sunday
            for (DayOfWeek start : DayOfWeek.values()) {
                if (days.contains(start) && !days.contains(start.minus(1))) {
                    DayOfWeek end = start;
                    int run = 1;
                    while (days.contains(end.plus(1)) && run < days.size()) {
                        end = end.plus(1);
                        run++;
                    }
                    if (run == days.size()) {
                        return shortName(start) + "-" + shortName(end);
                    }
                    break;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (DayOfWeek d : EnumSet.copyOf(days)) {
            names.add(shortName(d));
        }
        return String.join(", ", names);
    }

    /** The stored form: lower-case short names in week order, e.g. {@code mon,tue,wed,thu,fri}. */
    public static String code(Set<DayOfWeek> days) {
        List<String> names = new ArrayList<>();
        for (DayOfWeek d : EnumSet.copyOf(days)) {
            names.add(shortName(d).toLowerCase(Locale.ROOT));
        }
        return String.join(",", names);
    }

    public static String shortName(DayOfWeek d) {
        return SHORT.get(d.getValue() - 1);
    }
}
