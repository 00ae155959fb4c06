package dev.loopcoach.core.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Difficulty;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.reply.Block;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BarRaiserCoachTest {
    private static final BarRaiserCoach COACH = BarRaiserCoach.standard();
    private static final Question QUESTION = new Question(new QuestionId("dd-test"),
            "Tell me about a time you used data to find the root cause of a problem.", Category.BEHAVIORAL,
            List.of(LeadershipPrinciple.DIVE_DEEP), Set.of(), Difficulty.MEDIUM,
            List.of("What would you have done if the data had been inconclusive?"), List.of());

    private static final String STRONG = "Last year I was the PM for search at an online pharmacy, and searches that "
            + "ended in a purchase had dropped from 31% to 24% in a month. My goal was to find the cause before the flu "
            + "season started. I pulled the query logs myself in SQL, split the failed searches by device and by "
            + "query, and found that most failures were brand names typed with small typos. I read through two hundred "
            + "of them to check the pattern, then worked with one engineer to add a spelling index and tested it on 10% "
            + "of traffic for a week. I also added a weekly dashboard of failed searches. As a result, searches ending "
            + "in a purchase went back to 30% within three weeks, and we kept the index.";

    private static final String NO_RESULT = "Last spring our checkout conversion dropped on Android. My goal was to "
            + "find out why. I pulled the funnel data myself, split it by device and read two hundred support tickets. "
            + "I found the pay button was hidden behind the keyboard and asked an engineer to fix it.";

    @Test
    void givenAStrongAnswer_coachingVotesOnTheTargetedPrincipleWithQuotedEvidence() {
        // a one-engineer, three-week story: judged at PM, whose scope it shows
        Coaching c = COACH.coach(QUESTION, dev.loopcoach.core.bank.Level.PM, STRONG, List.of());

        assertThat(c.votes()).containsOnlyKeys(LeadershipPrinciple.DIVE_DEEP);
        assertThat(c.overall().positive()).isTrue();
        assertThat(c.evidence().get(LeadershipPrinciple.DIVE_DEEP)).isNotEmpty()
                .allSatisfy(q -> assertThat(q.length()).isLessThanOrEqualTo(201));
        assertThat(c.summary().result()).isTrue();
        assertThat(c.summary().quantified()).isTrue();
        assertThat(c.summary().ownership()).isEqualTo("I");
        assertThat(c.tips()).hasSizeBetween(2, 3);
        assertThat(c.followUps()).hasSizeBetween(1, 3).allSatisfy(f -> {
            assertThat(f.reason()).isNotBlank();
            assertThat(f.policy()).isNotBlank();
        });
    }

    @Test
    void givenAnyAnswer_feedbackBlocksStayShortEnoughForChat() {
        for (String answer : List.of(STRONG, NO_RESULT, "", "x".repeat(50_000), "I would look at it. ".repeat(300))) {
            List<Block> blocks = COACH.coach(QUESTION, answer, List.of()).feedback();
            assertThat(blocks).isNotEmpty().first().isInstanceOf(Block.Heading.class);
            assertThat(blocks).allSatisfy(b -> assertThat(textOf(b).length()).isLessThanOrEqualTo(FeedbackView.MAX_BLOCK_CHARS));
        }
    }

    @Test
    void givenAStrongAnswer_feedbackQuotesTheAnswerAndShowsAFilledStarSkeleton() {
        List<Block> blocks = COACH.coach(QUESTION, STRONG, List.of()).feedback();

        assertThat(blocks).filteredOn(Block.Quote.class::isInstance).isNotEmpty()
                .allSatisfy(b -> assertThat(STRONG).contains(((Block.Quote) b).text()));
        Block.Bullets skeleton = blocks.stream().filter(Block.Bullets.class::isInstance).map(Block.Bullets.class::cast)
                .filter(b -> b.title().equals("Your STAR skeleton")).findFirst().orElseThrow();
        assertThat(skeleton.items()).hasSize(4).allSatisfy(i -> assertThat(i).doesNotContain("(add)"));
    }

    @Test
    void givenAOneWordAnswer_theVerdictIsNeverPositiveAndSaysWhy() {
        Coaching c = COACH.coach(QUESTION, "Nope.", List.of());

        assertThat(c.overall()).isEqualTo(Vote.STRONGLY_NOT_INCLINED);
        assertThat(c.votes().values()).allSatisfy(v -> assertThat(v.positive()).isFalse());
        assertThat(textOf(c.feedback().get(1))).contains("One word");
    }

    @Test
    void givenAQuestionWithoutPrinciples_theTargetsAreInferredFromItsText() {
        Question custom = new Question(new QuestionId("custom-1"), "Tell me about a time you pushed back on your boss.",
                Category.BEHAVIORAL, List.of(), Set.of(), Difficulty.MEDIUM, List.of(), List.of());

        assertThat(COACH.coach(custom, STRONG, List.of()).votes()).containsKey(LeadershipPrinciple.BACKBONE);
    }

    @Test
    void givenAnOutcomeProbeAnsweredWithNumbers_theFollowUpIsInclinedAndNotPressed() {
        Coaching c = COACH.coachFollowUp(QUESTION, new AskedProbe("What was the outcome? Give me the numbers.", ProbeIntent.OUTCOME), "",
                "Android conversion went from 2.4% back to 3.0% within a week, about 1,200 extra orders a month.",
                List.of("What was the outcome? Give me the numbers."));

        assertThat(c.overall().positive()).isTrue();
        assertThat(c.summary().quantified()).isTrue();
        assertThat(c.followUps()).isEmpty();
    }

    @Test
    void givenAnOutcomeProbeAnsweredVaguely_theCoachPressesOnceWithDifferentWording() {
        String probe = "What was the outcome? Give me the numbers.";
        Coaching first = COACH.coachFollowUp(QUESTION, new AskedProbe(probe, ProbeIntent.OUTCOME), "",
                "It went really well and everyone was happy with it.", List.of(probe));

        assertThat(first.overall().positive()).isFalse();
        assertThat(first.followUps()).singleElement().satisfies(f -> {
            assertThat(f.text()).isNotEqualTo(probe);
            assertThat(f.policy()).isEqualTo("rephrase-unanswered");
            assertThat(f.intent()).isEqualTo(ProbeIntent.OUTCOME);
        });
        String press = first.followUps().get(0).text();
        Coaching second = COACH.coachFollowUp(QUESTION, first.followUps().get(0).asked(), "", "Honestly it was good.",
                List.of(probe, press));
        assertThat(second.followUps()).isEmpty();
    }

    @Test
    void givenAPersonalRoleProbe_anAnswerInWeIsNotEnough() {
        Coaching c = COACH.coachFollowUp(QUESTION, new AskedProbe("What did you personally do, and what did others on the team do?",
                ProbeIntent.PERSONAL_ROLE), "", "We looked at the logs together and we decided as a team what to change, then we shipped it.", List.of());

        assertThat(c.overall().positive()).isFalse();
        assertThat(textOf(c.feedback().get(1))).contains("what you personally did");
    }

    @Test
    void givenAGeneralProbe_aConcreteAnswerIsQuotedOnce() {
        Coaching c = COACH.coachFollowUp(QUESTION, new AskedProbe("Who else was involved?", ProbeIntent.CLARIFY), "",
                "Maya from finance was involved: she checked my estimate of 1,200 extra orders a month before we shipped.",
                List.of());

        List<String> quotes = c.feedback().stream().filter(Block.Quote.class::isInstance)
                .map(b -> ((Block.Quote) b).text()).toList();
        assertThat(quotes).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void givenAProbeWithoutARecordedIntent_itsWordingGivesOne() {
        assertThat(ProbeWording.guess("How did you measure that result? What were the numbers before and after?"))
                .isEqualTo(ProbeIntent.OUTCOME);
        assertThat(ProbeWording.guess("What data did you use to decide what to do?")).isEqualTo(ProbeIntent.DATA);
        assertThat(ProbeWording.guess("Where exactly did you disagree?")).isEqualTo(ProbeIntent.PUSHBACK);
        assertThat(ProbeWording.guess("What did you change afterwards?")).isEqualTo(ProbeIntent.LESSON);
        assertThat(ProbeWording.guess("Who else was in the room?")).isEqualTo(ProbeIntent.CLARIFY);
    }

    @Test
    void cuePrincipleTagger_returnsOnlyClearSignalsBestFirst() {
        CuePrincipleTagger tagger = new CuePrincipleTagger(COACH.tagger());

        assertThat(tagger.strongest("I dug into the SQL logs to find the root cause", 3)).first()
                .isEqualTo(LeadershipPrinciple.DIVE_DEEP);
        assertThat(tagger.strongest("hello there", 3)).isEmpty();
    }

    static String textOf(Block b) {
        if (b instanceof Block.Heading h) {
            return h.text();
        }
        if (b instanceof Block.Paragraph p) {
            return p.text();
        }
        if (b instanceof Block.Quote q) {
            return q.text();
        }
        if (b instanceof Block.Bullets l) {
            return l.title() + "\n" + String.join("\n", l.items());
        }
        if (b instanceof Block.Fields f) {
            StringBuilder s = new StringBuilder();
            f.fields().forEach(x -> s.append(x.name()).append(": ").append(x.value()).append('\n'));
            return s.toString();
        }
        return "";
    }
}
