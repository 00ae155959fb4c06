package dev.loopcoach.core.daily;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "snooze", "snooze 3 days", "snooze for 2 weeks", "snooze until 2026-12-20": until when thread coaching should stay
 * quiet for one person (inclusive). A bare "snooze" is a week; at most 90 days, so nobody is silenced for good by a typo.
 */
public final class SnoozeRequest {
    static final int DEFAULT_DAYS = 7;
    static final int MAX_DAYS = 90;
    private static final Pattern FOR = Pattern.compile("snooze(?: coaching)?(?: for)? (\\d{1,3}) (day|days|week|weeks)");
    private static final Pattern UNTIL = Pattern.compile("snooze(?: coaching)? until (\\d{4}-\\d{2}-\\d{2})");

    private SnoozeRequest() {
    }

    /** The last day of the snooze, or empty when {@code text} is not a snooze request (or names a past date). */
    public static Optional<LocalDate> until(String text, LocalDate today) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[.!]+$", "");
        if (t.equals("snooze") || t.equals("snooze coaching")) {
            return Optional.of(today.plusDays(DEFAULT_DAYS - 1));
        }
        Matcher f = FOR.matcher(t);
        if (f.matches()) {
            int days = Integer.parseInt(f.group(1)) * (f.group(2).startsWith("week") ? 7 : 1);
            return days < 1 ? Optional.empty() : Optional.of(today.plusDays(Math.min(days, MAX_DAYS) - 1));
        }
        Matcher u = UNTIL.matcher(t);
        if (u.matches()) {
            try {
                LocalDate until = LocalDate.parse(u.group(1));
                return until.isBefore(today) ? Optional.empty() : Optional.of(until.isAfter(today.plusDays(MAX_DAYS))
                        ? today.plusDays(MAX_DAYS) : until);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
