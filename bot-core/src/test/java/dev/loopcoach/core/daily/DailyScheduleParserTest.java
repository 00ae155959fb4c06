package dev.loopcoach.core.daily;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DailyScheduleParserTest {

    private static DailySchedule valid(String text) {
        ScheduleParse p = DailyScheduleParser.parse(text);
        assertThat(p).as(text).isInstanceOf(ScheduleParse.Valid.class);
        return ((ScheduleParse.Valid) p).schedule();
    }

    private static String invalid(String text) {
        ScheduleParse p = DailyScheduleParser.parse(text);
        assertThat(p).as(text).isInstanceOf(ScheduleParse.Invalid.class);
        return ((ScheduleParse.Invalid) p).message();
    }

    @Test
    void timeAndZoneOnly_meanWeekdaysRotatingAllPrinciples() {
        DailySchedule s = valid("09:00 Europe/Berlin");
        assertThat(s.time()).isEqualTo(LocalTime.of(9, 0));
        assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(s.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(s.rotation()).isEqualTo(Rotation.allPrinciples());
        assertThat(s.describe()).isEqualTo("09:00 Europe/Berlin, Mon-Fri, rotating all 16 principles");
    }

    @Test
    void daysAndCategory_areRead() {
        DailySchedule s = valid("7:30 america/new_york mon,wed,fri metrics");
        assertThat(s.time()).isEqualTo(LocalTime.of(7, 30));
        assertThat(s.zone().getId()).isEqualTo("America/New_York");
        assertThat(s.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(s.rotation()).isEqualTo(new Rotation.OfCategory(Category.METRICS));
        assertThat(s.describe()).isEqualTo("07:30 America/New_York, Mon, Wed, Fri, Metrics / analytical questions");
    }

    @Test
    void aPrincipleNamedInWords_becomesASinglePrincipleRotation() {
        DailySchedule s = valid("18:05 Asia/Tokyo daily dive deep");
        assertThat(s.days()).hasSize(7);
        assertThat(s.rotation()).isEqualTo(new Rotation.SinglePrinciple(LeadershipPrinciple.DIVE_DEEP));
        assertThat(valid("18:05 UTC weekdays lp:backbone").rotation())
                .isEqualTo(new Rotation.SinglePrinciple(LeadershipPrinciple.BACKBONE));
        assertThat(valid("18:05 UTC weekdays behavioral").rotation()).isEqualTo(Rotation.allPrinciples());
        assertThat(valid("18:05 UTC product").rotation()).isEqualTo(new Rotation.OfCategory(Category.PRODUCT_SENSE));
    }

    @Test
    void aCityNamingOneZone_isAccepted() {
        assertThat(valid("09:00 Berlin").zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(DailyScheduleParser.zone("new york").zone()).contains(ZoneId.of("America/New_York"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00", "9", "09:60", "nine", "09-00", "9am"})
    void badTimes_areExplained(String time) {
        assertThat(invalid(time + " Europe/Berlin")).contains("HH:MM").contains(time);
    }

    @ParameterizedTest
    @CsvSource({"EST,abbreviation", "CET,abbreviation", "PST,abbreviation", "Mars/Olympus,not a time zone", "+02:00,not a time zone"})
    void badZones_areExplained(String zone, String expected) {
        assertThat(invalid("09:00 " + zone)).contains(expected).contains("Europe/Berlin");
    }

    @Test
    void missingZone_orNothing_explainsTheShape() {
        assertThat(invalid("09:00")).contains("time zone").contains("daily set 09:00 Europe/Berlin mon-fri");
        assertThat(invalid("   ")).contains("daily set");
        assertThat(invalid(null)).contains("daily set");
    }

    @Test
    void unknownTopic_isExplained_withTheCategories() {
        String message = invalid("09:00 Europe/Berlin mon-fri astrology");
        assertThat(message).contains("astrology").contains("metrics").contains("16 principles");
    }

    @Test
    void separateOptions_withBadDays_areExplained() {
        ScheduleParse p = DailyScheduleParser.parse("09:00", "Europe/Berlin", "funday", null);
        assertThat(p).isInstanceOf(ScheduleParse.Invalid.class);
        assertThat(((ScheduleParse.Invalid) p).message()).contains("funday").contains("mon-fri");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "mon-fri;Mon-Fri", "weekdays;Mon-Fri", "daily;every day", "weekends;Sat, Sun", "mon,wed,fri;Mon, Wed, Fri",
            "sun-thu;Sun-Thu", "fri-mon;Fri-Mon", "tue;Tue", "Monday,Thursday;Mon, Thu", "mon-wed,fri;Mon, Tue, Wed, Fri"})
    void days_areReadAndDescribed(String text, String described) {
        assertThat(Days.describe(Days.parse(text).orElseThrow())).isEqualTo(described);
    }

    @ParameterizedTest
    @ValueSource(strings = {"funday", "mon-", "mon,,fri", "1-5", "mon fri"})
    void unknownDays_areRejected(String text) {
        assertThat(Days.parse(text)).isEmpty();
    }

    @Test
    void daysCode_isStable() {
        assertThat(Days.code(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY))).isEqualTo("mon,fri");
        assertThat(Days.parse(Days.code(Days.weekdays()))).contains(Days.weekdays());
    }

    @Test
    void rotationCodes_roundTrip() {
        for (Rotation r : new Rotation[] {Rotation.allPrinciples(), new Rotation.OfCategory(Category.STRATEGY),
                new Rotation.SinglePrinciple(LeadershipPrinciple.BEST_EMPLOYER)}) {
            assertThat(Rotation.fromCode(r.code())).contains(r);
        }
        assertThat(Rotation.fromCode("lp:nonsense")).isEmpty();
        assertThat(Rotation.fromCode("category:nonsense")).isEmpty();
        assertThat(Rotation.fromCode("whatever")).isEmpty();
    }
}
