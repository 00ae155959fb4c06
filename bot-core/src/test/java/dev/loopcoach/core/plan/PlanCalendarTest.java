package dev.loopcoach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The calendar file follows RFC 5545: CRLF lines of at most 75 octets, escaped text, one all-day event per day. */
class PlanCalendarTest {
    @Test
    void givenAPlan_thenEachDayIsAnAllDayEvent_linesAreFolded_andTextIsEscaped() {
        LocalDate day = LocalDate.of(2027, 3, 1);
        PlanRequest request = new PlanRequest(day.plusDays(2), Level.PRINCIPAL, Optional.of("payments, EU"), day);
        List<PlanDay> days = List.of(
                new PlanDay(day, PlanDay.Kind.QUESTION, List.of(LeadershipPrinciple.BACKBONE),
                        "Have Backbone; Disagree and Commit reads Not Inclined so far, the weakest; naïve long text ".repeat(3)),
                new PlanDay(day.plusDays(1), PlanDay.Kind.LIGHT, List.of(), "Rest."));

        String ics = PlanCalendar.ics(days, request, "plan-1", Instant.parse("2027-03-01T08:00:00Z"));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics).doesNotContainPattern("[^\r]\n"); // every line ends in CRLF, none in a bare LF
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("DTSTART;VALUE=DATE:20270301\r\nDTEND;VALUE=DATE:20270302")
                .contains("SUMMARY:Loop Coach: one question: Have Backbone\\; Disagree and Commit")
                .contains("UID:plan-1-20270302@loopcoach")
                .contains("SUMMARY:Interview day (Principal PM). Good luck.")
                .contains("X-WR-CALNAME:Loop Coach prep plan (Principal PM)");
        assertThat(unfolded.split("BEGIN:VEVENT", -1)).hasSize(4); // two days and the interview
    }
}
