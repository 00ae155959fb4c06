package dev.loopcoach.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopcoach.core.coaching.BarRaiserCoach;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BarRaiserCoach COACH = BarRaiserCoach.standard();
    private static final TagBatch TAG = new TagBatch(COACH.tagger());
    private static final AnalyzeBatch ANALYZE = new AnalyzeBatch(COACH, null);

    record Run(int status, List<JsonNode> lines) {
    }

    private static Run run(boolean tag, String... input) throws Exception {
        StringWriter out = new StringWriter();
        int status = tag ? TAG.run(new StringReader(String.join("\n", input)), out)
                : ANALYZE.run(new StringReader(String.join("\n", input)), out);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            if (!l.isBlank()) {
                lines.add(JSON.readTree(l));
            }
        }
        return new Run(status, lines);
    }

    @Test
    void givenTagLines_eachGetsAll16PrinciplesBestFirstWithExactNames() throws Exception {
        Run r = run(true, "{\"id\":\"q1\",\"text\":\"Tell me about a time you dug into the data to find a root cause.\"}",
                "{\"id\":\"q2\",\"text\":\"Describe a time you disagreed with your manager.\"}");

        assertThat(r.status()).isZero();
        assertThat(r.lines()).hasSize(2);
        JsonNode lps = r.lines().get(0).get("lps");
        assertThat(r.lines().get(0).get("id").asText()).isEqualTo("q1");
        assertThat(lps).hasSize(16);
        assertThat(lps.get(0).get("lp").asText()).isEqualTo("Dive Deep");
        assertThat(lps.get(0).get("score").asDouble()).isBetween(0.0, 1.0);
        List<String> names = new ArrayList<>();
        lps.forEach(n -> names.add(n.get("lp").asText()));
        assertThat(names).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(LeadershipPrinciple.values()).map(LeadershipPrinciple::displayName).toList());
        assertThat(r.lines().get(1).get("lps").get(0).get("lp").asText()).isEqualTo("Have Backbone; Disagree and Commit");
    }

    @Test
    void givenMalformedLines_eachGetsAnErrorObjectAndTheRunGoesOnWithStatus1() throws Exception {
        Run r = run(true, "{\"id\":\"a\",\"text\":\"Tell me about a customer.\"}", "not json", "",
                "{\"id\":\"b\"}", "[1,2]", "{\"id\":7,\"text\":42}", "{\"id\":\"c\",\"text\":\"Think big.\"}");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.lines()).hasSize(6);
        assertThat(r.lines().get(1).get("error").asText()).contains("not valid JSON");
        assertThat(r.lines().get(1).get("line").asInt()).isEqualTo(2);
        assertThat(r.lines().get(2).get("id").asText()).isEqualTo("b");
        assertThat(r.lines().get(2).get("error").asText()).contains("text");
        assertThat(r.lines().get(3).get("error").asText()).contains("JSON object");
        assertThat(r.lines().get(4).get("id").asInt()).isEqualTo(7);
        assertThat(r.lines().get(5).get("lps")).hasSize(16);
    }

    @Test
    void givenAnalyzeLines_eachGetsStarQuantifiedOwnershipWordsLpsFollowUpsAndAVoteLabel() throws Exception {
        String answer = "Last spring our checkout conversion on Android dropped from 3.1% to 2.4%. My goal was to find "
                + "out why before the sale. I pulled the funnel data myself, split it by device and read two hundred "
                + "support tickets. I found the pay button was hidden behind the keyboard and got the fix shipped in two "
                + "days. As a result, conversion went back to 3.0% within a week.";
        Run r = run(false, JSON.writeValueAsString(java.util.Map.of("id", "a1",
                "question", "Tell me about a time you found the root cause of a drop in a metric.", "answer", answer)));

        assertThat(r.status()).isZero();
        JsonNode o = r.lines().get(0);
        assertThat(o.get("id").asText()).isEqualTo("a1");
        assertThat(o.get("star").get("situation").asBoolean()).isTrue();
        assertThat(o.get("star").get("task").asBoolean()).isTrue();
        assertThat(o.get("star").get("action").asBoolean()).isTrue();
        assertThat(o.get("star").get("result").asBoolean()).isTrue();
        assertThat(o.get("quantified").asBoolean()).isTrue();
        assertThat(o.get("ownership").asText()).isEqualTo("I");
        assertThat(o.get("words").asInt()).isBetween(55, 70);
        assertThat(o.get("lps").get(0).has("lp")).isTrue();
        assertThat(o.get("targetLps").get(0).asText()).isEqualTo("Dive Deep");
        assertThat(o.get("followUps")).isNotEmpty();
        assertThat(Arrays.stream(Vote.values()).map(Vote::label)).contains(o.get("verdict").asText());
    }

    @Test
    void givenAnalyzeLinesWithGivenPrinciplesOrBadFields_theyAreUsedOrReported() throws Exception {
        Run r = run(false,
                "{\"id\":\"x\",\"question\":\"Any story?\",\"answer\":\"Nope.\",\"lps\":[\"frugality\"]}",
                "{\"id\":\"y\",\"question\":\"Q\",\"answer\":\"A\",\"lps\":[\"Made Up Principle\"]}",
                "{\"id\":\"z\",\"answer\":\"no question\"}");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.lines().get(0).get("targetLps").get(0).asText()).isEqualTo("Frugality");
        assertThat(r.lines().get(0).get("verdict").asText()).isEqualTo("Strongly Not Inclined");
        assertThat(r.lines().get(1).get("error").asText()).contains("Made Up Principle");
        assertThat(r.lines().get(2).get("error").asText()).contains("question");
    }

    private static final String STORY = "Last spring our checkout conversion on Android dropped from 3.1% to 2.4%. My goal "
            + "was to find out why before the sale. I pulled the funnel data myself, split it by device and read two hundred "
            + "support tickets. I found the pay button was hidden behind the keyboard and asked an engineer to fix it.";

    @Test
    void givenFollowUpReplies_eachIsJudgedAgainstTheIntentTheCoachGaveItsProbe() throws Exception {
        Run first = run(false, JSON.writeValueAsString(java.util.Map.of("id", "f0",
                "question", "Tell me about a time you found the root cause of a drop in a metric.", "answer", STORY)));
        String coachsProbe = first.lines().get(0).get("followUps").get(0).asText();
        assertThat(first.lines().get(0).get("followUpReasons").get(0).get("intent").asText()).isEqualTo("outcome");

        Run r = run(false, JSON.writeValueAsString(java.util.Map.of("id", "f1",
                "question", "Tell me about a time you found the root cause of a drop in a metric.", "answer", STORY,
                "followUps", List.of(
                        java.util.Map.of("question", coachsProbe,
                                "answer", "At my previous company I grew revenue by 40% in a year with a new pricing page."),
                        java.util.Map.of("question", coachsProbe,
                                "answer", "Android conversion went from 2.4% back to 3.0% within a week of the fix, about "
                                        + "1,200 extra orders a month.")))));

        JsonNode replies = r.lines().get(0).get("followUpReplies");
        assertThat(replies).hasSize(2);
        assertThat(replies.get(0).get("intent").asText()).isEqualTo("outcome");
        assertThat(replies.get(0).get("answersProbe").asBoolean()).isFalse();
        assertThat(replies.get(0).get("verdict").asText()).isIn("Not Inclined", "Strongly Not Inclined");
        assertThat(replies.get(0).get("reason").asText()).isNotBlank();
        assertThat(replies.get(0).get("next")).hasSize(1);
        assertThat(replies.get(1).get("answersProbe").asBoolean()).isTrue();
        assertThat(replies.get(1).get("verdict").asText()).isIn("Inclined", "Strongly Inclined");
        assertThat(replies.get(1).get("findings").get(0).get("code").asText()).isEqualTo("probe-answered");
    }

    @Test
    void givenACategory_theMatchingRubricJudgesAndEveryShownStatementIsAFinding() throws Exception {
        Run r = run(false,
                JSON.writeValueAsString(java.util.Map.of("id", "c1", "category", "recruiter", "level", "senior",
                        "question", "Why do you want to join us?", "answer", "I want this role because I have spent six "
                                + "years building seller tools; at Shopwise I led onboarding and cut time to first sale from "
                                + "nine days to two. Customer Obsession is how I work, and this team serves the sellers I know.")),
                JSON.writeValueAsString(java.util.Map.of("id", "c2", "category", "metrics",
                        "question", "How would you measure the success of a grocery delivery launch?", "answer", STORY)),
                "{\"id\":\"c3\",\"question\":\"Q\",\"answer\":\"A\",\"level\":\"vp\"}",
                "{\"id\":\"c4\",\"question\":\"Q\",\"answer\":\"A\",\"followUps\":[{\"question\":\"Why?\",\"answer\":\"x\",\"intent\":\"vibes\"}]}");

        assertThat(r.lines().get(0).get("rubric").asText()).isEqualTo("recruiter");
        assertThat(r.lines().get(0).get("level").asText()).isEqualTo("senior");
        assertThat(r.lines().get(0).get("findings").toString()).doesNotContain("STAR").doesNotContain("projection");
        assertThat(r.lines().get(1).get("rubric").asText()).isEqualTo("case");
        assertThat(r.lines().get(1).get("findings")).allSatisfy(f -> {
            assertThat(f.get("code").asText()).isNotBlank();
            assertThat(f.get("text").asText()).isNotBlank();
            assertThat(f.get("quotes").isArray()).isTrue();
        });
        assertThat(r.lines().get(2).get("error").asText()).contains("level");
        assertThat(r.lines().get(3).get("error").asText()).contains("intent");
    }
}
