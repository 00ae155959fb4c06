package dev.loopcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real launcher in its own JVM, driven through piped stdin like a user or a script would. */
class ConsoleEndToEndTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String ANSWER = "Last year checkout conversion on our mobile app fell after a redesign. "
            + "I owned the checkout page, so my goal was to find the cause within a week. "
            + "I pulled the funnel data, interviewed ten customers and found the new address form confused them. "
            + "I rolled back that step and shipped a simpler form. Conversion recovered by 4% within two weeks.";

    @TempDir
    Path home;

    @Test
    @DisplayName("a piped mock interview prints the question with its LP tags, feedback, a follow-up and the end summary")
    void wholeMockInterviewThroughPipedStdin() throws Exception {
        try (LauncherProcess coach = LauncherProcess.start(home, Map.of(), "--seed", "7", "--user", "pipe")) {
            coach.send("/mockinterview behavioral\n" + ANSWER + "\n\n"
                    + "Afterwards I added an address-form check to our launch checklist, and the next release had no drop.\n\n"
                    + "/end\n");
            coach.closeInput();
            assertThat(coach.awaitExit(TIMEOUT)).isZero();
            String out = coach.stdout();
            assertThat(out).contains("Question 1 of 3").contains("Behavioral (Leadership Principles)").contains("Senior PM");
            assertThat(out).containsAnyOf("Customer Obsession", "Ownership", "Dive Deep", "Insist on the Highest Standards",
                    "Deliver Results", "Earn Trust", "Bias for Action", "Think Big", "Frugality", "Invent and Simplify",
                    "Are Right, A Lot", "Learn and Be Curious", "Hire and Develop the Best", "Have Backbone; Disagree and Commit",
                    "Strive to be Earth's Best Employer", "Success and Scale Bring Broad Responsibility");
            assertThat(out).contains("Bar Raiser feedback").contains("Follow-up").contains("Interview summary");
            assertThat(out).contains("Questions answered: 1 of 3").contains("Follow-ups answered: 1");
            assertThat(coach.stderr()).doesNotContain("Exception");
        }
    }

    @Test
    @DisplayName("/question dd-03 asks that question with its id beside it; the summary names the id; an unknown id is explained")
    void questionByIdThroughPipedStdin() throws Exception {
        try (LauncherProcess coach = LauncherProcess.start(home, Map.of(), "--seed", "7", "--user", "returning")) {
            coach.send("/help\n/question dd-03\n" + ANSWER + "\n\n/end\n/question xx-99\n/quit\n");
            coach.closeInput();
            assertThat(coach.awaitExit(TIMEOUT)).isZero();
            String out = coach.stdout();
            assertThat(out).contains("/question <id> [level]");
            assertThat(out).contains("Question 1 of 1  [dd-03 | Dive Deep").contains("Why this question: you asked for it by its id.");
            assertThat(out).contains("Bar Raiser feedback").contains("Interview summary").contains("Q1 (dd-03): ");
            assertThat(out).contains("No question with id 'xx-99'.").contains("/question <id>.");
            assertThat(coach.stderr()).doesNotContain("Exception");
        }
    }

    @Test
    @DisplayName("the same seed and input give the same questions")
    void seedMakesTheInterviewReproducible() throws Exception {
        String first = run("one");
        String second = run("two");
        assertThat(questionLines(first)).isNotEmpty().isEqualTo(questionLines(second));
    }

    @Test
    @DisplayName("an unknown command, option or subcommand gets a helpful message, never a stack trace")
    void badInputIsExplained() throws Exception {
        try (LauncherProcess coach = LauncherProcess.start(home, Map.of(), "--user", "typo")) {
            coach.send("/mockinterveiw\n/mockinterview nonsense words\nhello without an interview\n\n/quit\n");
            coach.closeInput();
            assertThat(coach.awaitExit(TIMEOUT)).isZero();
            assertThat(coach.stdout()).contains("I don't know /mockinterveiw").contains("couldn't read \"nonsense words\"")
                    .contains("No question is waiting for an answer");
            assertThat(coach.stderr()).doesNotContain("Exception");
        }
        try (LauncherProcess coach = LauncherProcess.start(home, Map.of(), "--frobnicate")) {
            assertThat(coach.awaitExit(TIMEOUT)).isEqualTo(2);
            assertThat(coach.stderr()).contains("unknown option --frobnicate").doesNotContain("Exception");
        }
        try (LauncherProcess coach = LauncherProcess.start(home, Map.of(), "launch-rockets")) {
            assertThat(coach.awaitExit(TIMEOUT)).isEqualTo(2);
            assertThat(coach.stderr()).contains("unknown command \"launch-rockets\"").doesNotContain("Exception");
        }
    }

    private String run(String user) throws Exception {
        try (LauncherProcess coach = LauncherProcess.start(home, Map.of("COACH_DATA_DIR", home.resolve("data-" + user).toString()),
                "--seed", "11", "--user", user)) {
            coach.send("/mockinterview product pm\n/skip\n/skip\n/end\n");
            coach.closeInput();
            assertThat(coach.awaitExit(TIMEOUT)).isZero();
            return coach.stdout();
        }
    }

    private static java.util.List<String> questionLines(String out) {
        return out.lines().filter(l -> l.startsWith("  ") && !l.startsWith("  -") && !l.startsWith("  >")).toList();
    }
}
