package dev.loopcoach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.command.ParseResult;
import dev.loopcoach.core.command.TextCommandParser;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RealCoach;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** /plan through the real coach and its stores: made, shown, re-planned from the votes, exported, stopped, deleted. */
class PlanServiceTest {
    private static final UserKey USER = UserKey.console("planner");
    private static final String WEAK = "We had a problem with costs and the team looked into it. We changed a few things "
            + "and it got better after a while. Everyone was happy in the end.";

    private final ManualClock clock = ManualClock.at("2027-01-04T09:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final Coach coach = RealCoach.over(stores, clock, 5);
    private final TextCommandParser parser = TextCommandParser.forBank(RealCoach.builtInBank());

    private Reply type(String line) {
        if (line.startsWith("/")) {
            return coach.handle(USER, ((ParseResult.Parsed) parser.parse(line)).command());
        }
        return coach.handle(USER, new CoachCommand.SubmitAnswer(line));
    }

    @Test
    void givenNoPlan_thenItSaysHowToMakeOne() {
        assertThat(type("/plan").plainText()).contains("no prep plan yet").contains("/plan YYYY-MM-DD");
    }

    @Test
    void givenADate_thenEveryDayToTheInterviewIsPlanned_withTodayFirst_andAPicture() {
        Reply r = type("/plan 2027-01-25 principal payments");
        String text = r.plainText();
        assertThat(text).contains("Your prep plan is ready: 21 days to your Principal PM interview on Monday 2027-01-25 (payments)")
                .contains("Today: write stories").contains("The next 14 days");
        assertThat(r.blocks()).anySatisfy(b -> assertThat(b).isInstanceOf(Block.Image.class));
        assertThat(stores.prefs().get(USER).plan()).hasValueSatisfying(p -> {
            assertThat(p.interviewDate()).hasToString("2027-01-25");
            assertThat(p.focus()).contains("payments");
        });
    }

    @Test
    void givenBadDates_thenTheyAreExplained_andNothingIsStored() {
        assertThat(type("/plan next-friday").plainText()).contains("could not read \"next-friday\" as a date");
        assertThat(type("/plan 2027-01-04").plainText()).contains("not in the future");
        assertThat(type("/plan 2028-01-04").plainText()).contains("more than 180 days");
        assertThat(stores.prefs().get(USER).plan()).isEmpty();
    }

    @Test
    void givenAWeakVoteAndMissedDays_thenThePlanIsRebuiltFromToday_andTheWeakPrincipleComesFirst() {
        type("/plan 2027-02-01 senior");
        clock.advance(Duration.ofDays(3));
        type("/question behavioral frugality");
        type(WEAK);
        type("/end");
        clock.advance(Duration.ofDays(1));

        String text = type("/plan").plainText();
        assertThat(text).contains("Your prep plan: 24 days").contains("Since the plan started 4 days ago you practised on 1 of them")
                .contains("rebuilt from today");
        assertThat(text).contains("one question: Frugality");
    }

    @Test
    void givenAPlan_thenTheCalendarFileCoversIt_andOffStopsIt_andDeleteRemovesIt() {
        type("/plan 2027-01-11");
        Reply ics = type("/plan ics");
        Block.Attachment file = ics.blocks().stream().filter(Block.Attachment.class::isInstance).map(Block.Attachment.class::cast)
                .findFirst().orElseThrow();
        assertThat(file.fileName()).endsWith(".ics");
        assertThat(file.mediaType()).isEqualTo("text/calendar");
        assertThat(new String(file.content(), StandardCharsets.UTF_8)).contains("DTSTART;VALUE=DATE:20270104")
                .contains("DTSTART;VALUE=DATE:20270111");

        assertThat(type("/mydata export").blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Block.Attachment.class,
                a -> assertThat(new String(a.content(), StandardCharsets.UTF_8)).contains("\"prepPlan\"").contains("2027-01-11")));

        assertThat(type("/plan off").plainText()).contains("prep plan is stopped");
        assertThat(stores.prefs().get(USER).plan()).isEmpty();
        assertThat(type("/plan ics").plainText()).contains("no prep plan to export");

        type("/plan 2027-01-11");
        coach.handle(USER, new CoachCommand.DeleteMyData(true));
        assertThat(stores.prefs().get(USER).plan()).isEmpty();
    }
}
