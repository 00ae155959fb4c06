package dev.loopcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The operator commands through {@link Main#run}, with stdin and stdout as a user would pipe them. */
@ResourceLock("System.in")
class BatchCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LP_NAMES = LeadershipPrinciple.all().stream().map(LeadershipPrinciple::displayName).toList();

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

    private record Run(int status, String out, String err) {
    }

    private Run run(String stdin, String... args) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void bankStatsJsonMeetsTheFloorsWithExactLpNames() throws Exception {
        Run r = run("", "bank", "stats", "--json");
        assertThat(r.status()).isZero();
        JsonNode stats = JSON.readTree(r.out());
        assertThat(stats.get("total").asInt()).isGreaterThanOrEqualTo(320);
        assertThat(stats.get("byCategory").get("behavioral").asInt()).isGreaterThanOrEqualTo(192);
        assertThat(stats.get("byCategory").get("product").asInt()).isGreaterThanOrEqualTo(40);
        assertThat(stats.get("byCategory").get("metrics").asInt()).isGreaterThanOrEqualTo(25);
        for (String lp : LP_NAMES) {
            assertThat(stats.get("byPrimaryLp").get(lp).asInt()).as(lp).isGreaterThanOrEqualTo(12);
        }
        assertThat(stats.get("byLevel").get("principal").asInt()).isPositive();
    }

    @Test
    void tagJsonlRanksPrinciplesAndReportsMalformedLines() throws Exception {
        Run r = run("{\"id\":\"q1\",\"text\":\"Tell me about a time you dug into the data to find the root cause of a metric drop.\"}\n"
                + "not json\n"
                + "{\"id\":\"q3\",\"text\":\"Describe a time you disagreed with your manager and then committed.\"}\n", "tag", "--jsonl");
        assertThat(r.status()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("q1");
        assertThat(first.get("lps").size()).isGreaterThanOrEqualTo(3);
        assertThat(first.get("lps").get(0).get("lp").asText()).isEqualTo("Dive Deep");
        assertThat(LP_NAMES).contains(first.get("lps").get(1).get("lp").asText());
        assertThat(JSON.readTree(lines.get(1)).has("error")).isTrue();
        assertThat(JSON.readTree(lines.get(2)).get("lps").get(0).get("lp").asText()).isEqualTo("Have Backbone; Disagree and Commit");
    }

    @Test
    void analyzeJsonlGivesStarQuantifiedOwnershipAndVerdict() throws Exception {
        Run r = run("{\"id\":\"a1\",\"question\":\"Tell me about a time you delivered results under pressure.\","
                + "\"answer\":\"We had a launch slipping. We worked hard and it went fine.\"}\n", "analyze", "--jsonl");
        assertThat(r.status()).isZero();
        JsonNode a = JSON.readTree(r.out().lines().findFirst().orElseThrow());
        assertThat(a.get("id").asText()).isEqualTo("a1");
        assertThat(a.get("star").get("result").isBoolean()).isTrue();
        assertThat(a.get("quantified").asBoolean()).isFalse();
        assertThat(a.get("ownership").asText()).isEqualTo("we");
        assertThat(a.get("words").asInt()).isBetween(10, 14);
        assertThat(a.get("followUps").size()).isPositive();
        assertThat(a.get("verdict").asText()).isIn("Not Inclined", "Strongly Not Inclined");
    }

    @Test
    void writingJsonReportsTheMemoMetrics() throws Exception {
        String memo = "Recommendation: we should launch the PRFAQ process next quarter.\n\n"
                + "This will significantly improve nearly all of our launches, and the results were reviewed by the team "
                + "in a meeting that ran long because many people had many different opinions about what we should do next year.\n";
        Run r = run(memo, "writing", "--json");
        assertThat(r.status()).isZero();
        JsonNode w = JSON.readTree(r.out());
        assertThat(w.get("words").asInt()).isPositive();
        assertThat(w.get("longSentences").size()).isEqualTo(1);
        assertThat(w.get("weaselWords").toString()).contains("significantly");
        assertThat(w.get("undefinedAcronyms").toString()).contains("PRFAQ");
        assertThat(w.get("bottomLineFirst").asBoolean()).isTrue();
        assertThat(w.get("verdict").asText()).isNotBlank();
    }
}
