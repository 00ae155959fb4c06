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

    @Test
    void givenAThreeWeekPlan_thenARealICalendarParserReadsEveryDay_withItsTextIntact() throws Exception {
        LocalDate day = LocalDate.of(2027, 3, 1);
        PlanRequest request = new PlanRequest(day.plusDays(21), Level.SENIOR, Optional.of("payments, EU; \"growth\""), day);
        List<PlanDay> days = PlanBuilder.build(request, day, new Standing(java.util.Map.of(), java.util.Map.of(),
                List.of(LeadershipPrinciple.OWNERSHIP, LeadershipPrinciple.DIVE_DEEP), false, false));
        String ics = PlanCalendar.ics(days, request, "plan-7", Instant.parse("2027-03-01T08:00:00Z"));

        net.fortuna.ical4j.model.Calendar parsed = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(ics));
        List<net.fortuna.ical4j.model.component.VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).hasSize(22); // 21 plan days and the interview
        net.fortuna.ical4j.model.component.VEvent first = events.get(0);
        assertThat(first.getSummary().orElseThrow().getValue()).isEqualTo("Loop Coach: " + days.get(0).summary());
        assertThat(first.getDescription().orElseThrow().getValue()).isEqualTo(days.get(0).why());
        assertThat(first.getDateTimeStart().orElseThrow().getValue()).isEqualTo("20270301");
        assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue()).doesNotHaveDuplicates();
    }
}
