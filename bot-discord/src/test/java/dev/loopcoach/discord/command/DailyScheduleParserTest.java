package dev.loopcoach.discord.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class DailyScheduleParserTest {

    @Test
    void readsCommonTimeSpellings() {
        assertThat(DailyScheduleParser.time("09:30").value()).contains(LocalTime.of(9, 30));
        assertThat(DailyScheduleParser.time("17:05").value()).contains(LocalTime.of(17, 5));
        assertThat(DailyScheduleParser.time("9am").value()).contains(LocalTime.of(9, 0));
        assertThat(DailyScheduleParser.time("12 am").value()).contains(LocalTime.of(0, 0));
        assertThat(DailyScheduleParser.time("5:15 PM").value()).contains(LocalTime.of(17, 15));
    }

    @Test
    void givenNonsenseTime_explainsTheFormat() {
        for (String bad : new String[] {"25:00", "9", "noon", "13pm", "10:75"}) {
            assertThat(DailyScheduleParser.time(bad).problem()).hasValueSatisfying(m -> assertThat(m).contains("HH:MM"));
        }
    }

    @Test
    void readsZones() {
        assertThat(DailyScheduleParser.zone("Europe/Berlin").value()).contains(ZoneId.of("Europe/Berlin"));
        assertThat(DailyScheduleParser.zone("utc").value()).contains(ZoneId.of("UTC"));
        assertThat(DailyScheduleParser.zone("+05:30").value()).contains(ZoneId.of("+05:30"));
        assertThat(DailyScheduleParser.zone("Mars/Olympus").problem()).isPresent();
    }

    @Test
    void readsDays() {
        assertThat(DailyScheduleParser.days("weekdays").value()).contains(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(DailyScheduleParser.days("mon,wed,fri").value())
                .contains(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
        assertThat(DailyScheduleParser.days("fri-mon").value())
                .contains(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY));
        assertThat(DailyScheduleParser.days("tue thu").value()).contains(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
        assertThat(DailyScheduleParser.days("every day").value()).contains(EnumSet.allOf(DayOfWeek.class));
        assertThat(DailyScheduleParser.days("t").problem()).isPresent();
        assertThat(DailyScheduleParser.days("funday").problem()).isPresent();
    }
}
