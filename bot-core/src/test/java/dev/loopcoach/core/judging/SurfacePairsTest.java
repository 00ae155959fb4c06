package dev.loopcoach.core.judging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Difficulty;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.BarRaiserCoach;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.verdict.LevelScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Pairs over every labeled answer of the tuning voices (rubric section 4): padding an answer does not raise its vote
 * (measured, with a floor: a handful of empty answers behind 300 words of history still read as Not Inclined), and a
 * story that says how small it was reads strictly lower at Principal than at PM.
 */
class SurfacePairsTest {
    private static final BarRaiserCoach COACH = BarRaiserCoach.standard();

    /** About 300 words of company history in front of the story, as a candidate who "sets the scene" would. */
    private static final String HISTORY = ("Some background first. The company was founded twelve years ago and grew through "
            + "several funding rounds. The market was crowded and competitors launched new features every month. Our "
            + "customers were mostly small businesses that paid monthly. Leadership changed twice in two years and each "
            + "leader brought a new strategy. The office moved to a bigger building and the team doubled in size. ").repeat(1)
            + "The industry was going through a lot of change at the time, with regulation tightening in several countries "
            + "and investors asking harder questions about margins. Our main product had been built by an agency years "
            + "before, and the code base had grown in many directions since. Sales worked with a long list of partners, "
            + "each with its own contract, its own reporting needs and its own contacts on our side. Support was split "
            + "across two time zones and handed cases over twice a day. Marketing ran campaigns almost every week, and "
            + "the calendar of launches was planned a quarter ahead in a shared spreadsheet. The finance team closed the "
            + "books every month with a lot of manual work, and the data team spent much of its time answering ad hoc "
            + "questions from all of these groups. There were weekly all-hands meetings, a monthly business review with "
            + "the founders and a yearly planning cycle that took most of the autumn. Hiring was hard because the city "
            + "had many start-ups competing for the same people. ";
    private static final String PRAISE = " Overall it was a really great experience and I am proud of it. Everyone was "
            + "happy with how it turned out and it is one of my favourite stories to tell.";

    private static final List<UnaryOperator<String>> PADDINGS = List.of(
            a -> HISTORY + a,
            a -> a + PRAISE,
            a -> a + " " + a,
            a -> a + " So, to repeat the main point: " + a);

    private static List<JsonNode> answers() {
        List<JsonNode> out = new ArrayList<>();
        for (String v : VoiceQualityTest.TUNING) {
            out.addAll(VoiceSet.read(v + "-answers.jsonl"));
        }
        return out;
    }

    private static Vote vote(JsonNode d, Level level, String answer) {
        LeadershipPrinciple lp = LeadershipPrinciple.parse(d.get("lp").asText()).orElseThrow();
        Question q = new Question(new QuestionId("adhoc"), d.get("question").asText(), Category.BEHAVIORAL, List.of(lp),
                Set.of(level), Difficulty.MEDIUM, List.of(), List.of());
        return COACH.coach(q, level, answer, List.of()).overall();
    }

    @Test
    @DisplayName("padding (300 words of history in front, praise behind, the story twice) never raises a vote, at any level")
    void paddingNeverRaisesAVote() {
        List<String> raised = new ArrayList<>();
        int pairs = 0;
        for (JsonNode d : answers()) {
            String answer = d.get("answer").asText();
            for (Level level : Level.values()) {
                Vote plain = vote(d, level, answer);
                for (int k = 0; k < PADDINGS.size(); k++) {
                    Vote padded = vote(d, level, PADDINGS.get(k).apply(answer));
                    pairs++;
                    if (padded.score() > plain.score()) {
                        raised.add(d.get("id").asText() + " " + level + " padding " + k + ": " + plain + " -> " + padded);
                    }
                }
            }
        }
        System.out.println("[quality] padding pairs: " + (pairs - raised.size()) + "/" + pairs + " never higher");
        raised.stream().limit(Integer.getInteger("quality.raised", 10)).forEach(r -> System.out.println("[quality]   raised: " + r));
        // today 4,760 of 4,860 on nine voices; most of the rest are answers with nothing to judge (one word, a copied question,
        // a story about something else) that 300 words of history in front lift to Not Inclined
        assertThat((double) (pairs - raised.size()) / pairs).as("share of padded answers never voted higher: %s", raised)
                .isGreaterThanOrEqualTo(0.975);
        assertThat(raised).noneMatch(r -> r.endsWith("-> Strongly Inclined"));
    }

    @Test
    @DisplayName("a story that says how small it was reads strictly lower at Principal than at PM")
    void aSmallStoryReadsStrictlyLowerAtPrincipal() {
        List<String> notLower = new ArrayList<>();
        int pairs = 0;
        for (JsonNode d : answers()) {
            String answer = d.get("answer").asText();
            LevelScope.Reading scope = LevelScope.read(answer);
            if (scope.shown() != Level.PM || scope.small().isEmpty()) {
                continue;
            }
            Vote pm = vote(d, Level.PM, answer);
            if (pm == Vote.STRONGLY_NOT_INCLINED) {
                continue;
            }
            pairs++;
            Vote principal = vote(d, Level.PRINCIPAL, answer);
            if (principal.score() >= pm.score()) {
                notLower.add(d.get("id").asText() + ": PM " + pm + ", Principal " + principal);
            }
        }
        System.out.println("[quality] level pairs: " + (pairs - notLower.size()) + "/" + pairs + " strictly lower at Principal");
        assertThat(pairs).isGreaterThan(20);
        assertThat(notLower).isEmpty();
    }
}
