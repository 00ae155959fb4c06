package dev.loopcoach.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.RealCoach;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Console input that is not an answer even while an interview waits: "Delete all your data?" answered yes or no, and
 * resume bullets pasted after /story bullets.
 */
class ConsoleConfirmationTest {
    private static final UserKey USER = UserKey.console("confirm");
    private static final String ANSWER = "Last year checkout conversion on our mobile app fell after a redesign. I owned the "
            + "checkout page, so my goal was to find the cause within a week. I pulled the funnel data, interviewed ten "
            + "customers and found the new address form confused them. I rolled back that step and shipped a simpler form. "
            + "Conversion recovered by 4% within two weeks.";

    @TempDir
    Path files;

    private final InMemoryStores stores = new InMemoryStores();
    private final Coach coach = RealCoach.over(stores, Clock.system(), 7);

    private String run(String input) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new ConsoleCoach(coach, USER, new ConsoleView(files, "confirm"), false).run(new BufferedReader(new StringReader(input)), out);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void givenAPendingFollowUp_whenTheCandidateAnswersYes_thenTheDataIsDeleted_notRatedAsAnAnswer() throws Exception {
        String out = run("/mockinterview behavioral\n" + ANSWER + "\n\n/mydata delete\nyes\n/quit\n");

        String afterQuestion = out.substring(out.indexOf("Delete all your data?"));
        assertThat(afterQuestion).contains("yes to delete").contains("all your data is deleted")
                .doesNotContain("Bar Raiser feedback");
        assertThat(coach.sessions().active(USER)).isEmpty();
    }

    @Test
    void givenAPendingFollowUp_whenTheCandidateAnswersNo_thenNothingIsDeleted_andTheInterviewWaitsAsBefore() throws Exception {
        String out = run("/mockinterview behavioral\n" + ANSWER + "\n\n/mydata delete\nno\n/quit\n");

        String afterQuestion = out.substring(out.indexOf("Delete all your data?"));
        assertThat(afterQuestion).contains("Kept: nothing was deleted.").doesNotContain("Bar Raiser feedback");
        assertThat(coach.sessions().active(USER)).isPresent();
    }

    @Test
    void givenStoryBullets_thenTheLinesUpToAnEmptyLineAreBullets_notAnAnswer() throws Exception {
        String out = run("/mockinterview behavioral\n/story bullets\n- Led the checkout redesign, cutting drop-off by 12%\n"
                + "- We rebuilt the returns flow\n\n/quit\n");

        assertThat(out).contains("Paste your resume bullets").contains("2 story drafts saved").contains("no number");
        assertThat(out.substring(out.indexOf("story drafts saved"))).doesNotContain("Bar Raiser feedback");
        assertThat(stores.stories().list(USER)).hasSize(2);
    }
}
