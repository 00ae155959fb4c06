package dev.loopcoach.slack.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.slack.daily.DailySchedule;
import dev.loopcoach.slack.daily.DailyTopic;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DailyArgsTest {

    private static DailySchedule ok(String args) {
        DailyArgs.Result r = DailyArgs.parseSet(args);
        assertThat(r).isInstanceOf(DailyArgs.Result.Ok.class);
        return ((DailyArgs.Result.Ok) r).schedule();
    }

    private static String problem(String args) {
        DailyArgs.Result r = DailyArgs.parseSet(args);
        assertThat(r).isInstanceOf(DailyArgs.Result.Problem.class);
        return ((DailyArgs.Result.Problem) r).message();
    }

    @Test
    @DisplayName("time and zone only: weekdays, rotating the Leadership Principles")
    void givenTimeAndZone_defaults() {
        DailySchedule s = ok("9:05 europe/berlin");

        assertThat(s.time()).isEqualTo(LocalTime.of(9, 5));
        assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(s.days()).isEqualTo(DailySchedule.weekdays());
        assertThat(s.topic()).isEqualTo(new DailyTopic.LpRotation());
    }

    @Test
    @DisplayName("days as a range across the weekend, a list, or a word; topic as a type or lp, in either order")
    void givenDaysAndTopic_parsed() {
        assertThat(ok("18:00 Asia/Kolkata fri-mon").days())
                .isEqualTo(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY));
        assertThat(ok("18:00 UTC tue,thu metrics").topic()).isEqualTo(new DailyTopic.OfCategory(Category.METRICS));
        assertThat(ok("18:00 UTC lp daily").days()).hasSize(7);
        assertThat(ok("07:30 America/Los_Angeles weekends behavioral").topic()).isEqualTo(new DailyTopic.LpRotation());
    }

    @Test
    @DisplayName("bad input names what is wrong and shows the usage")
    void givenBadInput_problems() {
        assertThat(problem("")).contains("time and a time zone");
        assertThat(problem("25:00 UTC")).contains("25:00");
        assertThat(problem("9am UTC")).contains("9am");
        assertThat(problem("09:00 CEST")).contains("CEST").contains("Europe/Berlin");
        assertThat(problem("09:00 +02:00")).contains("+02:00");
        assertThat(problem("09:00 UTC someday")).contains("someday");
        assertThat(problem("09:00 UTC mon lp extra words")).contains("Too many");
    }
}
