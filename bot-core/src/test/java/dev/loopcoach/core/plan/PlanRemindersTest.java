package dev.loopcoach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RealCoach;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The daily direct message of a prep plan, through the real coach and its stores: at the chosen time in the person's
 * zone, once a day, within its grace; set, changed and stopped with /plan remind.
 */
class PlanRemindersTest {
    private static final UserKey TOKYO = new UserKey("slack", "T0:U0TOKYO");
    private static final UserKey BERLIN = new UserKey("slack", "T0:U0BERLIN");

    // 2027-01-04 23:00 UTC is 08:00 on the 5th in Tokyo and midnight in Berlin
    private final ManualClock clock = ManualClock.at("2027-01-04T23:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final Coach coach = RealCoach.over(stores, clock, 5);
    private final PlanReminders reminders = new PlanReminders(stores.planReminders(), coach, clock);

    private String say(UserKey user, String plan) {
        return coach.handle(user, new CoachCommand.Plan(plan)).plainText();
    }

    private void planWithReminder(UserKey user, String zone, String at) {
        coach.handle(user, new CoachCommand.SetTimeZone(zone));
        say(user, "2027-02-15 senior payments");
        assertThat(say(user, "remind " + at)).contains("Every day at").contains(zone);
    }

    private List<UserKey> dueNow() {
        return reminders.due("slack").stream().map(PlanReminders.Due::user).toList();
    }

    @Test
    void givenAReminderAt0830InTokyo_thenItIsDueFrom0830TheirTime_onceThatDay_andAgainTheNextDay() {
        planWithReminder(TOKYO, "Asia/Tokyo", "08:30");
        assertThat(dueNow()).as("08:00 in Tokyo").isEmpty();

        clock.advance(Duration.ofMinutes(31));
        List<PlanReminders.Due> due = reminders.due("slack");
        assertThat(due).singleElement().satisfies(d -> assertThat(d.day()).hasToString("2027-01-05"));
        Optional<Reply> sent = reminders.take(due.get(0));
        assertThat(sent).hasValueSatisfying(r -> assertThat(r.plainText()).contains("Your prep plan for today (2027-01-05)")
                .contains("Today:").contains("/plan remind off"));
        assertThat(reminders.take(due.get(0))).as("a second instance with the same list").isEmpty();
        assertThat(dueNow()).as("sent today").isEmpty();

        clock.advance(Duration.ofHours(24));
        assertThat(dueNow()).containsExactly(TOKYO);
    }

    @Test
    void givenAQuestionDay_thenItsReminderCarriesABankQuestionOnItsPrinciple_aDifferentOneNextDay_andStoryDaysNone() {
        var lp = dev.loopcoach.core.lp.LeadershipPrinciple.DIVE_DEEP;
        java.time.LocalDate monday = java.time.LocalDate.of(2027, 1, 11);
        PlanDay question = new PlanDay(monday, PlanDay.Kind.QUESTION, List.of(lp), "your weakest principle");

        String text = PlanReminders.questionFor(question, monday, RealCoach.builtInBank()).orElseThrow().plainText();
        assertThat(text).contains("Today's question (Dive Deep)").containsPattern("Practise it with /question [a-z0-9-]+ and");
        String id = text.replaceAll("(?s).*Practise it with /question ([a-z0-9-]+).*", "$1");
        assertThat(RealCoach.builtInBank().find(id)).hasValueSatisfying(q -> assertThat(q.lps().get(0)).isEqualTo(lp));
        String tomorrow = PlanReminders.questionFor(question, monday.plusDays(1), RealCoach.builtInBank()).orElseThrow().plainText();
        assertThat(tomorrow).isNotEqualTo(text);

        PlanDay story = new PlanDay(monday, PlanDay.Kind.STORY, List.of(lp), "a gap in your story bank");
        assertThat(PlanReminders.questionFor(story, monday, RealCoach.builtInBank())).isEmpty();

        planWithReminder(TOKYO, "Asia/Tokyo", "08:30");
        clock.advance(Duration.ofMinutes(31));
        assertThat(coach.plans().today(TOKYO)).hasValueSatisfying(d -> assertThat(d.kind()).isEqualTo(PlanDay.Kind.STORY));
        assertThat(reminders.take(reminders.due("slack").get(0)).orElseThrow().plainText())
                .as("no stories yet: the first days fill the story bank, so no question is sent").doesNotContain("Today's question");
    }

    @Test
    void givenAnUndeliveredReminder_whenGivenBack_thenItIsDueAgain_butNotAfterItsGrace() {
        planWithReminder(TOKYO, "Asia/Tokyo", "08:30");
        clock.advance(Duration.ofMinutes(45));
        PlanReminders.Due due = reminders.due("slack").get(0);
        assertThat(reminders.take(due)).isPresent();
        reminders.giveBack(due);
        assertThat(dueNow()).containsExactly(TOKYO);

        clock.advance(PlanReminders.GRACE);
        assertThat(dueNow()).as("three hours late: skipped, not sent in the middle of the day").isEmpty();
    }

    @Test
    void givenATimeThatPassedToday_thenTodaysGoesAtOnceWithinTheGrace_elseTomorrow_andEachPersonIsInTheirOwnZone() {
        planWithReminder(BERLIN, "Europe/Berlin", "07:00");
        planWithReminder(TOKYO, "Asia/Tokyo", "7:00"); // 08:00 in Tokyo now: an hour after today's time
        assertThat(dueNow()).containsExactly(TOKYO);
        reminders.take(reminders.due("slack").get(0));

        clock.advance(Duration.ofHours(7)); // 07:00 in Berlin, 15:00 in Tokyo
        assertThat(dueNow()).containsExactly(BERLIN);
        reminders.take(reminders.due("slack").get(0));
        planWithReminder(BERLIN, "Europe/Berlin", "06:00"); // changed after today's went out: not sent twice
        assertThat(dueNow()).isEmpty();

        clock.advance(Duration.ofHours(16)); // 07:00 next day in Tokyo
        assertThat(dueNow()).containsExactly(TOKYO);
    }

    @Test
    void givenRemindOff_orNoPlan_orTheInterviewDayReached_thenNothingIsDue() {
        assertThat(say(TOKYO, "remind 08:30")).contains("Start a plan first");
        planWithReminder(TOKYO, "Asia/Tokyo", "08:30");
        assertThat(say(TOKYO, "")).contains("Daily reminder: 08:30");
        assertThat(say(TOKYO, "remind off")).contains("No more daily reminders");
        assertThat(say(TOKYO, "")).contains("/plan remind 08:30");
        clock.advance(Duration.ofMinutes(45));
        assertThat(dueNow()).isEmpty();

        assertThat(say(TOKYO, "remind 8:30am")).contains("Every day at 08:30");
        clock.advance(Duration.ofDays(45));
        assertThat(dueNow()).as("the interview has come").isEmpty();
    }

    @Test
    void givenANewInterviewDate_thenTheReminderTimeIsKept_andBadTimesAreExplained() {
        planWithReminder(TOKYO, "Asia/Tokyo", "19:15");
        say(TOKYO, "2027-02-20 principal");
        assertThat(stores.prefs().get(TOKYO).plan()).hasValueSatisfying(p -> assertThat(p.remindAt()).contains(LocalTime.of(19, 15)));
        assertThat(say(TOKYO, "remind teatime")).contains("could not read \"teatime\" as a time");
        assertThat(say(TOKYO, "remind 25:00")).contains("could not read");
        assertThat(PlanReminders.parseTime("7pm")).contains(LocalTime.of(19, 0));
        assertThat(PlanReminders.parseTime("12am")).contains(LocalTime.MIDNIGHT);
        assertThat(PlanReminders.parseTime("19h30")).contains(LocalTime.of(19, 30));
        assertThat(PlanReminders.parseTime("8")).as("a bare hour is ambiguous").isEmpty();
    }
}
