package dev.loopcoach.core.together;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.port.UserPrefs;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RecordingPoster;
import dev.loopcoach.core.testing.StoreFixtures;
import dev.loopcoach.core.together.PracticeBoard.Community;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PracticeBoardTest {
    private static final Community TEAM = new Community("slack", "T0TEAM");
    private static final ChannelKey CHANNEL = new ChannelKey("slack", "T0TEAM", "C0PREP");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final UserKey ANA = new UserKey("slack", "T0TEAM:U0ANA");
    private static final UserKey BO = new UserKey("slack", "T0TEAM:U0BO");
    private static final UserKey CY = new UserKey("slack", "T0TEAM:U0CY");

    private ManualClock clock;
    private InMemoryStores stores;
    private RecordingPoster poster;
    private PracticeBoard board;
    private final dev.loopcoach.core.testing.InMemoryDailyStores daily = new dev.loopcoach.core.testing.InMemoryDailyStores();

    @BeforeEach
    void setUp() {
        clock = ManualClock.at("2027-01-06T10:00:00Z"); // a Wednesday
        stores = new InMemoryStores(clock);
        poster = new RecordingPoster();
        board = boardOf(stores, poster);
        daily.settings().save(new dev.loopcoach.core.daily.DailySettings(CHANNEL,
                new dev.loopcoach.core.daily.DailySchedule(java.time.LocalTime.of(9, 0), BERLIN,
                        dev.loopcoach.core.daily.Days.weekdays(), dev.loopcoach.core.daily.Rotation.allPrinciples()),
                true, clock.now()));
    }

    private PracticeBoard boardOf(InMemoryStores s, RecordingPoster p) {
        return new PracticeBoard(s.practiceBoard(), s.practice(), s.prefs(), daily.settings(), p, clock);
    }

    private void practised(UserKey user, String... instants) {
        for (String at : instants) {
            stores.practice().record(user, StoreFixtures.answeredEntry(Instant.parse(at)));
        }
    }

    @Test
    void givenTwoMembersWhoJoined_andOneWhoDidNot_thenTheBoardListsOnlyTheMembers_withDaysAndStreaks_neverVotes() {
        practised(ANA, "2027-01-04T09:00:00Z", "2027-01-05T09:00:00Z", "2027-01-06T09:00:00Z");
        practised(BO, "2027-01-05T18:00:00Z");
        practised(CY, "2027-01-06T08:00:00Z", "2027-01-05T08:00:00Z");
        board.join(TEAM, ANA, "Ana");
        board.join(TEAM, BO, "Bo");

        String text = board.board(TEAM, CY).plainText();

        assertThat(text).contains("Ana: 3 days practised, streak 3 days").contains("Bo: 1 day practised, streak 1 day")
                .contains("You're not on it").doesNotContain("Cy").doesNotContain("Inclined");
        assertThat(text.indexOf("Ana")).isLessThan(text.indexOf("Bo"));
        assertThat(board.board(TEAM, ANA).plainText()).doesNotContain("You're not on it");
    }

    @Test
    void givenANameWithMentionsAndMarkup_thenItIsShownPlain() {
        board.join(TEAM, ANA, "@everyone <@U123> *Ana*\n_x_");

        assertThat(stores.practiceBoard().members("slack", "T0TEAM").get(0).displayName()).isEqualTo("everyone U123 Ana x");
        board.join(TEAM, BO, "@@@");
        assertThat(stores.practiceBoard().members("slack", "T0TEAM").get(1).displayName()).isEqualTo("someone");
    }

    @Test
    void givenTheShoutOutOn_thenMondayAtNineInTheChannelsZone_itNamesOnlyMembersWhoPractisedLastWeek_once() {
        board.join(TEAM, ANA, "Ana");
        board.join(TEAM, BO, "Bo");
        practised(ANA, "2027-01-05T09:00:00Z", "2027-01-07T09:00:00Z");
        practised(CY, "2027-01-05T09:00:00Z");
        stores.prefs().put(ANA, UserPrefs.defaults().withZone(BERLIN));
        assertThat(board.shoutOut(CHANNEL, true).plainText()).contains("Next: Mon 11 Jan 2027, 09:00 CET");

        clock.set(Instant.parse("2027-01-11T07:59:00Z")); // Monday 08:59 in Berlin
        assertThat(board.runWeekly(clock.now())).isZero();
        clock.set(Instant.parse("2027-01-11T08:00:30Z"));
        assertThat(board.runWeekly(clock.now())).isEqualTo(1);
        clock.advance(Duration.ofMinutes(30));
        assertThat(board.runWeekly(clock.now())).as("once a week").isZero();

        assertThat(poster.posted()).hasSize(1);
        String post = poster.posted().get(0).reply().plainText();
        assertThat(post).contains("Practice shout-out: Mon 4 Jan to Sun 10 Jan").contains("Ana: 2 days practised")
                .doesNotContain("Bo").doesNotContain("Cy").doesNotContain("@");
    }

    @Test
    void givenAMemberWhoLeaves_thenTheNextShoutOutLeavesThemOut() {
        board.join(TEAM, ANA, "Ana");
        board.join(TEAM, BO, "Bo");
        practised(ANA, "2027-01-05T09:00:00Z");
        practised(BO, "2027-01-05T09:00:00Z");
        board.shoutOut(CHANNEL, true);

        assertThat(board.leave(TEAM, BO).plainText()).contains("off the practice board");
        clock.set(Instant.parse("2027-01-11T09:00:00Z"));
        board.runWeekly(clock.now());

        assertThat(poster.posted()).singleElement().satisfies(p -> assertThat(p.reply().plainText()).contains("Ana").doesNotContain("Bo"));
    }

    @Test
    void givenNobodyPractised_orTheShoutOutOff_thenNothingIsPosted() {
        board.join(TEAM, ANA, "Ana");
        board.shoutOut(CHANNEL, true);
        clock.set(Instant.parse("2027-01-11T09:00:00Z"));
        assertThat(board.runWeekly(clock.now())).isZero();

        practised(ANA, "2027-01-12T09:00:00Z");
        board.shoutOut(CHANNEL, false);
        clock.set(Instant.parse("2027-01-18T09:00:00Z"));
        assertThat(board.runWeekly(clock.now())).isZero();
        assertThat(poster.posted()).isEmpty();
    }

    @Test
    void givenTwoProcesses_thenTheWeekIsPostedOnce() {
        board.join(TEAM, ANA, "Ana");
        practised(ANA, "2027-01-05T09:00:00Z");
        board.shoutOut(CHANNEL, true);
        PracticeBoard other = boardOf(stores.sibling(), poster.sibling("other"));
        clock.set(Instant.parse("2027-01-11T09:00:00Z"));

        int posted = board.runWeekly(clock.now()) + other.runWeekly(clock.now());

        assertThat(posted).isEqualTo(1);
        assertThat(poster.onPlatform(CHANNEL)).hasSize(1);
    }
}
