package dev.loopcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.app.console.ConsoleCoach;
import dev.loopcoach.app.console.ConsoleView;
import dev.loopcoach.core.Coach;
import dev.loopcoach.core.CoachDeps;
import dev.loopcoach.core.CoachSettings;
import dev.loopcoach.core.loop.LoopFeatures;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RealCoach;
import dev.loopcoach.core.testing.SameAnswers;
import dev.loopcoach.core.testing.SameAnswers.Analyzed;
import dev.loopcoach.core.testing.SameAnswers.Case;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10, item 7, in the launcher: {@code ./coach analyze --jsonl} and the console coach give each fixed answer of
 * {@link SameAnswers} the same verdict. The console is driven twice: its adapter ({@link ConsoleCoach} and
 * {@link ConsoleView}, as {@code Commands} wires them) over a coach with the real Bar Raiser coach and in-memory stores,
 * one answer per test; and the whole launcher through {@link Main#run} with piped stdin and its H2 file storage.
 */
@ResourceLock("System.in")
class SameVerdictInConsoleTest {
    @TempDir
    Path home;
    private InputStream originalIn;
    private String originalHome;

    @BeforeEach
    void remember() {
        originalIn = System.in;
        originalHome = System.getProperty("coach.home");
        System.setProperty("coach.home", home.toString());
    }

    @AfterEach
    void restore() {
        System.setIn(originalIn);
        if (originalHome == null) {
            System.clearProperty("coach.home");
        } else {
            System.setProperty("coach.home", originalHome);
        }
    }

    static Stream<Case> cases() {
        return SameAnswers.all().stream();
    }

    private record Run(int status, String out, String err) {
    }

    private static Run launcher(String stdin, String... args) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What the console prints for {@code /question <id>}, the answer and an empty line, then /quit. */
    private String console(Case c) throws Exception {
        ManualClock clock = ManualClock.at("2026-03-23T08:00:00Z");
        InMemoryStores stores = new InMemoryStores(clock);
        CoachDeps deps = new CoachDeps(RealCoach.builtInBank(), RealCoach.barRaiser(), RealCoach.tagger(), stores.sessions(),
                stores.practice(), stores.stories(), stores.privacy(), stores.prefs(), clock, new Random(7), CoachSettings.defaults());
        Coach coach = new Coach(deps, LoopFeatures.extensions(deps));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConsoleCoach(coach, UserKey.console("same-verdict"), new ConsoleView(home.resolve("files"), "console-same-"), false)
                .run(new BufferedReader(new StringReader(c.askCommand() + "\n" + c.answer() + "\n\n/quit\n")),
                        new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("/question <id> and the answer typed in the console: the feedback's Overall field is the analyze verdict")
    void givenAnAnswerTypedInTheConsole_theFeedbackShowsTheAnalyzeVerdict(Case c) throws Exception {
        Analyzed expected = c.analyzed();

        String out = console(c);

        assertThat(out).contains("Question 1 of 1  [" + c.questionId() + " | ");
        String feedback = out.substring(out.indexOf("Question 1 of 1  [" + c.questionId()));
        assertThat(SameAnswers.shownOverall(feedback)).as(feedback).containsExactly(expected.verdict());
    }

    @Test
    @DisplayName("./coach analyze --jsonl on questionId + question + answer gives the verdicts the other surfaces are held to")
    void givenTheFixedAnswers_analyzeJsonlThroughTheLauncherGivesTheExpectedVerdicts() throws Exception {
        Run analyze = launcher(SameAnswers.all().stream().map(Case::jsonLine).collect(Collectors.joining("\n", "", "\n")),
                "analyze", "--jsonl");

        assertThat(analyze.status()).as(analyze.err()).isZero();
        List<String> lines = analyze.out().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSize(SameAnswers.all().size());
        for (int i = 0; i < lines.size(); i++) {
            Case c = SameAnswers.all().get(i);
            assertThat(SameAnswers.parse(lines.get(i))).as("%s: the CLI and the in-process batch agree", c).isEqualTo(c.analyzed());
        }
    }

    @Test
    @DisplayName("the whole launcher with piped stdin (H2 file storage): each question asked by id shows its answer's analyze verdict")
    void givenTheLauncherConsole_eachPipedAnswerShowsTheAnalyzeVerdict() throws Exception {
        StringBuilder script = new StringBuilder();
        SameAnswers.all().forEach(c -> script.append(c.askCommand()).append('\n').append(c.answer()).append("\n\n/end\n"));

        Run console = launcher(script.append("/quit\n").toString(), "--seed", "7", "--user", "same-verdict");

        assertThat(console.status()).as(console.err()).isZero();
        assertThat(console.err()).doesNotContain("Exception");
        String out = console.out();
        List<Integer> starts = SameAnswers.all().stream().map(c -> out.indexOf("Question 1 of 1  [" + c.questionId() + " | ")).toList();
        assertThat(starts).as(out).doesNotContain(-1).isSorted();
        for (int i = 0; i < starts.size(); i++) {
            Case c = SameAnswers.all().get(i);
            String asked = out.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : out.length());
            int summary = asked.indexOf("Interview summary");
            String feedback = summary < 0 ? asked : asked.substring(0, summary);
            assertThat(SameAnswers.shownOverall(feedback)).as("%s in the console:%n%s", c, feedback)
                    .containsExactly(c.analyzed().verdict());
        }
    }
}
