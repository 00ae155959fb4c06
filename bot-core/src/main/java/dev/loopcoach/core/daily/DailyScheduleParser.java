package dev.loopcoach.core.daily;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what an admin types for a daily schedule: {@code 09:00 Europe/Berlin mon-fri product}. Time and zone are
 * required; the days default to Mon-Fri and the topic to the rotation over all 16 principles. Every problem
 * comes back as a friendly message naming the bad part and an example.
 */
public final class DailyScheduleParser {
    public static final String EXAMPLE = "daily set 09:00 Europe/Berlin mon-fri";
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");
    private static final Set<String> ALL_WORDS = Set.of("all", "all-lps", "lps", "lp", "rotation", "rotate", "rotating",
            "principles", "all-principles", "leadership", "behavioral", "behavioural");
    /** Zone ids that are really abbreviations or fixed offsets: refused so people pick a place. */
    private static final Set<String> ABBREVIATION_IDS = Set.of("EST", "MST", "HST", "CET", "EET", "MET", "WET",
            "EST5EDT", "CST6CDT", "MST7MDT", "PST8PDT");
    private static final Map<String, String> ZONES_LOWER = new HashMap<>();
    private static final Map<String, List<String>> ZONES_BY_CITY = new HashMap<>();

    static {
        for (String id : ZoneId.getAvailableZoneIds()) {
            ZONES_LOWER.put(id.toLowerCase(Locale.ROOT), id);
            int slash = id.lastIndexOf('/');
            if (slash > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                ZONES_BY_CITY.computeIfAbsent(id.substring(slash + 1).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(id);
            }
        }
    }

    private DailyScheduleParser() {
    }

    /** Reads the whole argument text: {@code <HH:MM> <timezone> [days] [topic]}. */
    public static ScheduleParse parse(String text) {
        List<String> words = text == null ? List.of() : Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.size() < 2) {
            return new ScheduleParse.Invalid("Tell me when to post: a time (HH:MM, 24-hour) and a time zone, "
                    + "optionally days and a topic. For example: " + EXAMPLE + ".");
        }
        String days = null;
        int rest = 2;
        if (words.size() > 2 && Days.parse(words.get(2)).isPresent()) {
            days = words.get(2);
            rest = 3;
        }
        String topic = String.join(" ", words.subList(rest, words.size()));
        return parse(words.get(0), words.get(1), days, topic);
    }

    /** Reads the parts given separately (e.g. slash-command options); {@code days} and {@code topic} may be null or blank. */
    public static ScheduleParse parse(String time, String zone, String days, String topic) {
        Optional<LocalTime> t = time(time);
        if (t.isEmpty()) {
            return new ScheduleParse.Invalid("\"" + shown(time) + "\" is not a time I can use. Use 24-hour HH:MM, "
                    + "for example 09:00 or 17:30.");
        }
        ZoneResult z = zone(zone);
        if (z.zone().isEmpty()) {
            return new ScheduleParse.Invalid(z.problem());
        }
        Set<DayOfWeek> d = Days.weekdays();
        if (days != null && !days.isBlank()) {
            Optional<Set<DayOfWeek>> parsed = Days.parse(days);
            if (parsed.isEmpty()) {
                return new ScheduleParse.Invalid("\"" + shown(days) + "\" is not a set of days I understand. Try mon-fri, "
                        + "weekdays, daily, weekends or a list like mon,wed,fri.");
            }
            d = parsed.get();
        }
        Optional<Rotation> r = rotation(topic);
        if (r.isEmpty()) {
            return new ScheduleParse.Invalid("\"" + shown(topic) + "\" is not a topic I know. Leave it out to rotate through "
                    + "all 16 principles, name a category (" + Category.keys() + ") or one principle such as dive-deep.");
        }
        return new ScheduleParse.Valid(new DailySchedule(t.get(), z.zone().get(), d, r.get()));
    }

    public static Optional<LocalTime> time(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    /** A zone, or the reason there is none. */
    public record ZoneResult(Optional<ZoneId> zone, String problem) {
    }

    /**
     * An IANA zone such as Europe/Berlin (any case), UTC, or a city that names exactly one zone ("Berlin",
     * "new york"). Abbreviations such as EST or CET are refused: they hide daylight saving.
     */
    public static ZoneResult zone(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return new ZoneResult(Optional.empty(), "Which time zone? Use an IANA name such as Europe/Berlin or America/New_York.");
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("utc") || lower.equals("gmt") || lower.equals("etc/utc") || lower.equals("z")) {
            return new ZoneResult(Optional.of(ZoneId.of("UTC")), "");
        }
        String id = ZONES_LOWER.get(lower);
        if (id != null && !id.startsWith("SystemV/") && !ABBREVIATION_IDS.contains(id)) {
            return new ZoneResult(Optional.of(ZoneId.of(id)), "");
        }
        List<String> byCity = ZONES_BY_CITY.getOrDefault(lower.replace(' ', '_'), List.of());
        if (byCity.size() == 1) {
            return new ZoneResult(Optional.of(ZoneId.of(byCity.get(0))), "");
        }
        if (byCity.isEmpty() && (id != null || lower.matches("[a-z]{2,5}"))) {
            return new ZoneResult(Optional.empty(), "\"" + shown(t) + "\" looks like an abbreviation; those are ambiguous and "
                    + "hide daylight saving. Use an IANA name such as Europe/Berlin or America/New_York.");
        }
        String hint = byCity.isEmpty() ? "" : " Did you mean " + String.join(" or ", byCity.stream().sorted().toList()) + "?";
        return new ZoneResult(Optional.empty(), "\"" + shown(t) + "\" is not a time zone I know." + hint
                + " Use an IANA name such as Europe/Berlin or America/New_York.");
    }

    /** Blank or a rotation word: all 16 principles; else a category key or one principle's name. */
    public static Optional<Rotation> rotation(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(Rotation.allPrinciples());
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (ALL_WORDS.contains(t)) {
            return Optional.of(Rotation.allPrinciples());
        }
        if (t.startsWith("lp:")) {
            return LeadershipPrinciple.parse(t.substring(3)).map(Rotation.SinglePrinciple::new);
        }
        if (t.startsWith("category:")) {
            t = t.substring("category:".length());
        }
        Optional<Category> category = Category.parse(t);
        if (category.isPresent()) {
            return Optional.of(category.get() == Category.BEHAVIORAL ? Rotation.allPrinciples() : new Rotation.OfCategory(category.get()));
        }
        return LeadershipPrinciple.parse(t).map(Rotation.SinglePrinciple::new);
    }

    private static String shown(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        return t.length() > 60 ? t.substring(0, 60) + "..." : t;
    }
}
