package dev.loopcoach.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.PracticeEntry;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.selection.QuestionSelector;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RealCoach;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /progress}: the text report, the suggested question and the radar chart PNG. */
class ProgressServiceTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static QuestionBank bank;

    private final ManualClock clock = ManualClock.at("2025-06-10T15:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final UserKey user = new UserKey("discord", "1500000000000000042");

    @BeforeAll
    static void loadBank() {
        bank = RealCoach.builtInBank();
    }

    private ProgressService service() {
        return new ProgressService(stores.practice(), new QuestionSelector(bank), clock, new Random(3), Level.SENIOR);
    }

    private void practised(LeadershipPrinciple lp, Vote vote, Instant at) {
        Question q = bank.byPrimaryLp(lp).get(0);
        stores.practice().record(user, new PracticeEntry(q.id(), q.category(), q.lps(), Map.of(lp, vote), Optional.of(vote), at));
    }

    private static Block.Image image(Reply reply) {
        List<Block.Image> images = reply.blocks().stream().filter(Block.Image.class::isInstance).map(Block.Image.class::cast).toList();
        assertThat(images).hasSize(1);
        return images.get(0);
    }

    private static BufferedImage decode(Block.Image image) throws IOException {
        assertThat(Arrays.copyOf(image.png(), 8)).isEqualTo(PNG_SIGNATURE);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(image.png()));
        assertThat(img).as("ImageIO reads the PNG back").isNotNull();
        return img;
    }

    @Test
    void givenSomePractice_theReplyListsEachPrincipleTheStreakAndTheWeakestThree() throws IOException {
        Instant yesterday = clock.now().minus(Duration.ofDays(1));
        practised(LeadershipPrinciple.DIVE_DEEP, Vote.NOT_INCLINED, yesterday);
        practised(LeadershipPrinciple.DIVE_DEEP, Vote.STRONGLY_INCLINED, clock.now().minus(Duration.ofHours(2)));
        practised(LeadershipPrinciple.OWNERSHIP, Vote.INCLINED, yesterday.plus(Duration.ofMinutes(5)));

        Reply reply = service().show(user);

        String text = reply.plainText();
        assertThat(text).contains("Your progress").contains("Answers: 3").contains("Skipped: 0").contains("Streak: 2 days");
        assertThat(text).contains("- Dive Deep: 2 answers, average Inclined (3.0/4), last 2025-06-10, improving")
                .contains("improving \u2583\u2587 (votes over time, oldest first)"); // Not Inclined, then Strongly Inclined
        assertThat(text).contains("- Ownership: 1 answer, average Inclined (3.0/4), last 2025-06-09, steady");
        assertThat(text).contains("- Frugality: not practised yet");
        assertThat(text).doesNotContain("No answers yet");
        Block.Bullets weakest = reply.blocks().stream().filter(b -> b instanceof Block.Bullets l && l.title().startsWith("Weakest"))
                .map(Block.Bullets.class::cast).findFirst().orElseThrow();
        assertThat(weakest.items()).hasSize(3).doesNotContain("Dive Deep", "Ownership");
        assertThat(text).contains("Suggested next question, for " + weakest.items().get(0) + " (ask for one behavioral question on it)").doesNotContain("/question");

        BufferedImage img = decode(image(reply));
        assertThat(img.getWidth()).isEqualTo(1000);
        assertThat(img.getHeight()).isEqualTo(860);
        assertThat(image(reply).fileName()).isEqualTo("lp-radar.png");
        assertThat(image(reply).altText()).contains("16 Leadership Principles");
    }

    @Test
    void givenNoPractice_theReplyExplainsHowProgressFillsAndStillDrawsTheChart() throws IOException {
        Reply reply = service().show(user);

        assertThat(reply.plainText()).contains("No answers yet").contains("Answers: 0").contains("Streak: 0 days")
                .contains("Suggested next question");
        assertThat(reply.plainText().lines().filter(l -> l.endsWith(": not practised yet")).count()).isEqualTo(16);
        assertThat(decode(image(reply)).getWidth()).isEqualTo(1000);
    }

    @Test
    void givenHighAveragesEverywhere_theChartIsFilledWhereAnEmptyOneIsBlank() throws IOException {
        BufferedImage empty = decode(image(service().show(user)));
        for (LeadershipPrinciple lp : LeadershipPrinciple.all()) {
            practised(lp, Vote.STRONGLY_INCLINED, clock.now().minus(Duration.ofHours(1)));
        }
        BufferedImage full = decode(image(service().show(user)));

        // A point inside the 16-gon, away from the axes and rings: centre (450, 460) plus (50, 80).
        int x = 500;
        int y = 540;
        int[] before = rgb(empty.getRGB(x, y));
        int[] after = rgb(full.getRGB(x, y));
        assertThat(before[0] - before[2]).as("white before: %s", Arrays.toString(before)).isLessThan(20);
        assertThat(after[0] - after[2]).as("orange after: %s", Arrays.toString(after)).isGreaterThan(60);
    }

    private static int[] rgb(int pixel) {
        return new int[] {(pixel >> 16) & 0xff, (pixel >> 8) & 0xff, pixel & 0xff};
    }

    @Test
    void givenAnAnsweredQuestion_progressThroughTheCoachShowsItsPrinciples() {
        Coach coach = RealCoach.over(stores, clock, 4);
        coach.handle(user, new CoachCommand.OneQuestion(Optional.of(Category.BEHAVIORAL), Optional.of(Level.SENIOR),
                Optional.of(LeadershipPrinciple.CUSTOMER_OBSESSION)));
        coach.handle(user, new CoachCommand.SubmitAnswer("I was the PM for returns at an online shop. Refund complaints doubled "
                + "after a policy change, so I read 200 tickets myself and called 12 customers. I rewrote the refund flow so "
                + "customers saw the status at every step. Complaints fell 45% in eight weeks and repeat purchases rose 6%."));
        coach.handle(user, new CoachCommand.End());

        Reply reply = coach.handle(user, new CoachCommand.ShowProgress());

        assertThat(reply.plainText()).contains("Answers: 1").contains("Streak: 1 day")
                .containsPattern("- Customer Obsession: 1 answer, average [A-Za-z ]+ \\(\\d\\.\\d/4\\), last 2025-06-10, steady");
        assertThat(reply.plainText()).doesNotContain("unfinished interview");
    }
}
