package dev.loopcoach.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.command.ParseResult;
import dev.loopcoach.core.command.TextCommandParser;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RealCoach;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Story drills through the real coach: cards come due on the 1, 3, 7, 14, 30-day ladder, moved by how each went. */
class DrillServiceTest {
    private static final UserKey USER = UserKey.console("driller");
    private static final String CHECKOUT = "In 2023 our checkout conversion fell after a redesign. I owned checkout, so fixing "
            + "it was mine. I pulled the funnel data myself, interviewed ten customers and found the new address form "
            + "confused them. I rolled back that step and shipped a simpler form. Conversion recovered by 4% within two weeks.";

    private final ManualClock clock = ManualClock.at("2027-01-04T09:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final Coach coach = RealCoach.over(stores, clock, 5);
    private final TextCommandParser parser = TextCommandParser.forBank(RealCoach.builtInBank());

    private Reply type(String line) {
        return coach.handle(USER, ((ParseResult.Parsed) parser.parse(line)).command());
    }

    private DrillCard onlyCard(LeadershipPrinciple lp) {
        return new DrillService(stores.stories(), RealCoach.builtInBank(), RealCoach.barRaiser(), clock,
                u -> java.time.ZoneOffset.UTC, dev.loopcoach.core.bank.Level.SENIOR).cards(USER).stream()
                .filter(c -> c.lp() == lp).findFirst().orElseThrow();
    }

    @Test
    void givenNoStories_thenDrillsSayHowToStart() {
        assertThat(type("/drill").plainText()).contains("start once you have some").contains("/story add");
    }

    @Test
    void givenAStory_thenItsCardsComeDueTheNextDay_recallThenDelivery_onTheSpacedLadder() {
        stores.stories().add(USER, "Checkout rollback", CHECKOUT, List.of(LeadershipPrinciple.DIVE_DEEP), clock.now());
        stores.stories().add(USER, "Hiring an APM", "I hired an APM and coached her.", List.of(LeadershipPrinciple.HIRE_AND_DEVELOP),
                clock.now());
        assertThat(type("/drill").plainText()).contains("No drill is due today").contains("Tue 5 Jan");

        clock.advance(Duration.ofDays(1));
        Reply recall = type("/drill");
        assertThat(recall.plainText()).contains("which of your stories fits this question?").contains("2 drills due")
                .contains("1. Checkout rollback").contains("2. Hiring an APM");
        assertThat(recall.blocks()).anySatisfy(b -> assertThat(b).isInstanceOf(Block.Quote.class));

        Reply right = type("/drill 1");
        assertThat(right.plainText()).contains("Right: \"Checkout rollback\" shows Dive Deep").contains("in 3 days, on Fri 8 Jan");
        assertThat(onlyCard(LeadershipPrinciple.DIVE_DEEP).state()).isEqualTo(new DrillState(1, LocalDate.of(2027, 1, 8), DrillGrade.GOOD));

        Reply wrong = type("/drill checkout rollback"); // the next due card is Hire and Develop: the wrong story
        assertThat(wrong.plainText()).contains("is not one of your Hire and Develop the Best stories").contains("Hiring an APM")
                .contains("in 1 day");

        clock.advance(Duration.ofDays(3));
        // the missed card (due after one day) comes first; answered right, it climbs to three days
        assertThat(type("/drill").plainText()).contains("which of your stories fits");
        assertThat(type("/drill 2").plainText()).contains("Right: \"Hiring an APM\"").contains("in 3 days");
        Reply delivery = type("/drill");
        assertThat(delivery.plainText()).contains("tell \"Checkout rollback\" for Dive Deep in 90 seconds");
        Reply thinner = type("/drill We had a checkout problem after a redesign, so we looked at the data and talked to "
                + "customers. We found the address form was confusing and we rolled it back. Conversion came back after that.");
        assertThat(thinner.plainText()).contains("Numbers from your saved story that went missing: 4%").contains("\"I\" went missing")
                .contains("in 3 days");
        assertThat(onlyCard(LeadershipPrinciple.DIVE_DEEP).state().lastGrade()).isEqualTo(DrillGrade.FAIR);
        assertThat(onlyCard(LeadershipPrinciple.DIVE_DEEP).state().step()).isEqualTo(1);

        assertThat(type("/mydata export").blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Block.Attachment.class,
                a -> assertThat(new String(a.content(), StandardCharsets.UTF_8)).contains("storyDrills").contains("\"fair\"")));
    }

    @Test
    void givenDueDrillsAndAPlan_thenThePlanSaysSo() {
        stores.stories().add(USER, "Checkout rollback", CHECKOUT, List.of(LeadershipPrinciple.DIVE_DEEP), clock.now());
        type("/plan 2027-01-25 senior");
        clock.advance(Duration.ofDays(1));
        assertThat(type("/plan").plainText()).contains("Also due today: 1 drill of your own stories (/drill)");
        coach.handle(USER, new CoachCommand.DeleteMyData(true));
        assertThat(stores.stories().drills(USER)).isEmpty();
    }
}
