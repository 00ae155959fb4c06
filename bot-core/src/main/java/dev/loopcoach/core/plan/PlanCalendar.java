package dev.loopcoach.core.plan;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A plan as an iCalendar file (RFC 5545): one all-day event per day, so any calendar app shows it next to the
 * candidate's own days. Lines end in CRLF, text is escaped, and long lines are folded at 75 octets.
 */
public final class PlanCalendar {
    public static final String MEDIA_TYPE = "text/calendar";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int FOLD_OCTETS = 75;

    private PlanCalendar() {
    }

    /** @param uidSeed keeps event ids stable for one person's plan, so a re-import updates instead of duplicating */
    public static String ics(List<PlanDay> days, PlanRequest request, String uidSeed, Instant now) {
        StringBuilder b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:-//Loop Coach//Prep plan//EN");
        line(b, "CALSCALE:GREGORIAN");
        line(b, "X-WR-CALNAME:" + escape("Loop Coach prep plan (" + request.level().label() + ")"));
        for (PlanDay d : days) {
            line(b, "BEGIN:VEVENT");
            line(b, "UID:" + escape(uidSeed) + "-" + DAY.format(d.date()) + "@loopcoach");
            line(b, "DTSTAMP:" + STAMP.format(now));
            line(b, "DTSTART;VALUE=DATE:" + DAY.format(d.date()));
            line(b, "DTEND;VALUE=DATE:" + DAY.format(d.date().plusDays(1)));
            line(b, "SUMMARY:" + escape("Loop Coach: " + d.summary()));
            line(b, "DESCRIPTION:" + escape(d.why()));
            line(b, "TRANSP:TRANSPARENT");
            line(b, "END:VEVENT");
        }
        line(b, "BEGIN:VEVENT");
        line(b, "UID:" + escape(uidSeed) + "-interview@loopcoach");
        line(b, "DTSTAMP:" + STAMP.format(now));
        line(b, "DTSTART;VALUE=DATE:" + DAY.format(request.interviewDate()));
        line(b, "DTEND;VALUE=DATE:" + DAY.format(request.interviewDate().plusDays(1)));
        line(b, "SUMMARY:" + escape("Interview day (" + request.level().label() + "). Good luck."));
        line(b, "END:VEVENT");
        line(b, "END:VCALENDAR");
        return b.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends one content line, folded so no physical line exceeds 75 octets (continuations start with a space). */
    private static void line(StringBuilder b, String content) {
        int octets = 0;
        int limit = FOLD_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                b.append("\r\n ");
                octets = 0;
                limit = FOLD_OCTETS - 1; // the leading space counts
            }
            b.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        b.append("\r\n");
    }
}
