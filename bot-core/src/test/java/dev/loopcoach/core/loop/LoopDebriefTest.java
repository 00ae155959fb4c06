package dev.loopcoach.core.loop;

import static dev.loopcoach.core.loop.Transcripts.STRONG;
import static dev.loopcoach.core.loop.Transcripts.WEAK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.PrincipleGuides;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.BlockBudget;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.session.InterviewSession;
import dev.loopcoach.core.session.SessionPlan;
import dev.loopcoach.core.session.Turn;
import dev.loopcoach.core.writing.WritingAnalyzer;
import dev.loopcoach.core.writing.WritingTarget;
import dev.loopcoach.core.writing.WritingVerdict;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoopDebriefTest {
    private static QuestionBank bank;
    private static LoopAssessor assessor;
    private static LoopDebrief debrief;

    @BeforeAll
    static void load() {
        bank = new BankLoader().builtInOnly();
        PrincipleGuides guides = PrincipleGuides.load();
        assessor = new LoopAssessor(bank, guides);
        debrief = new LoopDebrief(bank, guides);
    }

    private static SessionPlan plan(Level level, long seed) {
        return new LoopPlanner(bank).plan(level, List.of(), Transcripts.T0, new SplittableRandom(seed));
    }

    private static InterviewSession strongLoop(SessionPlan plan) {
        return Transcripts.session(plan, bank, (r, i, q) -> List.of(Transcripts.story(r, q, STRONG, Vote.STRONGLY_INCLINED)), true);
    }

    @Test
    void theReadyMemoFixtureIsReadyForTheClassicPrompts() {
        for (String id : LoopPlanner.CLASSIC_PROMPTS) {
            Question prompt = bank.find(id).orElseThrow();
            assertThat(new WritingAnalyzer().analyze(Transcripts.READY_MEMO, Optional.of(WritingTarget.forPrompt(prompt))).verdict())
                    .isEqualTo(WritingVerdict.READY);
        }
    }

    @Test
    @DisplayName("strong, quantified answers everywhere: every interviewer votes to hire and the loop hires")
    void strongLoopHires() {
        LoopAssessment a = assessor.assess(strongLoop(plan(Level.SENIOR, 1)));
        assertThat(a.onsite()).hasSize(5).allMatch(r -> r.vote().hire());
        assertThat(a.barRaiser()).map(RoundAssessment::vote).contains(HiringVote.STRONG_HIRE);
        assertThat(a.decision().hire()).isTrue();
        assertThat(a.decision().vetoed()).isFalse();
        assertThat(a.writing()).map(WritingResult::atBar).contains(true);
        assertThat(a.barRaiserSummary()).contains("I vote to hire");
    }

    @Test
    @DisplayName("a loop of skipped questions can never pass")
    void skippedLoopFails() {
        for (Level level : Level.values()) {
            InterviewSession s = Transcripts.session(plan(level, 2), bank, (r, i, q) -> List.of(Transcripts.skipped(r, q)), true);
            LoopAssessment a = assessor.assess(s);
            assertThat(a.decision().hire()).isFalse();
            assertThat(a.onsite()).allMatch(r -> r.vote() == HiringVote.NO_HIRE && r.noEvidence() && r.quotes().isEmpty());
            assertThat(a.decision().reason()).contains("no evidence");
            assertThat(a.barRaiserSummary()).contains("nothing to judge");
        }
    }

    @Test
    @DisplayName("empty answers cannot pass even when a careless coach praised them")
    void emptyAnswersFailWhateverTheVotes() {
        for (String empty : List.of(".", "n/a", "I don't know", "pass", "ok ok ok")) {
            InterviewSession s = Transcripts.session(plan(Level.PM, 3), bank,
                    (r, i, q) -> List.of(Transcripts.answer(r, q, empty, Vote.STRONGLY_INCLINED)), true);
            LoopAssessment a = assessor.assess(s);
            assertThat(a.decision().hire()).as(empty).isFalse();
            assertThat(a.onsite()).as(empty).allMatch(r -> !r.vote().hire());
        }
    }

    @Test
    @DisplayName("no mix of empty and skipped answers passes, at any level")
    void noEmptyMixPasses() {
        SplittableRandom random = new SplittableRandom(99);
        for (int run = 0; run < 30; run++) {
            Level level = Level.values()[run % 3];
            InterviewSession s = Transcripts.session(plan(level, run), bank, (r, i, q) -> random.nextBoolean()
                    ? List.of(Transcripts.skipped(r, q))
                    : List.of(Transcripts.answer(r, q, "short answer here", Vote.values()[random.nextInt(4)])), random.nextBoolean());
            assertThat(assessor.assess(s).decision().hire()).isFalse();
        }
    }

    @Test
    @DisplayName("votes follow the evidence: the one interviewer who heard weak answers votes No Hire")
    void votesFollowEvidence() {
        SessionPlan plan = plan(Level.SENIOR, 4);
        int weakRound = 4;
        InterviewSession s = Transcripts.session(plan, bank, (r, i, q) -> List.of(r == weakRound
                ? Transcripts.answer(r, q, WEAK, Vote.NOT_INCLINED)
                : Transcripts.story(r, q, STRONG, Vote.STRONGLY_INCLINED)), true);
        LoopAssessment a = assessor.assess(s);
        for (RoundAssessment r : a.onsite()) {
            if (r.index() == weakRound) {
                assertThat(r.vote()).isEqualTo(HiringVote.NO_HIRE);
                assertThat(r.signals()).allMatch(x -> x.score() == Vote.NOT_INCLINED.score());
            } else {
                assertThat(r.vote()).isEqualTo(HiringVote.STRONG_HIRE);
            }
        }
        assertThat(a.decision().hireVotes()).isEqualTo(4);
        assertThat(a.decision().hire()).isTrue();
    }

    @Test
    @DisplayName("the Bar Raiser can veto a loop the other four would hire")
    void barRaiserVetoes() {
        SessionPlan plan = plan(Level.SENIOR, 5);
        int barRaiser = plan.rounds().size() - 1;
        assertThat(plan.rounds().get(barRaiser).interviewer().barRaiser()).isTrue();
        InterviewSession s = Transcripts.session(plan, bank, (r, i, q) -> List.of(r == barRaiser
                ? Transcripts.answer(r, q, WEAK, Vote.NOT_INCLINED)
                : Transcripts.story(r, q, STRONG, Vote.STRONGLY_INCLINED)), true);
        LoopAssessment a = assessor.assess(s);
        assertThat(a.decision().hireVotes()).isEqualTo(4);
        assertThat(a.decision().vetoed()).isTrue();
        assertThat(a.decision().hire()).isFalse();
        assertThat(a.barRaiserSummary()).contains("vetoing");
        String barRaiserName = plan.rounds().get(barRaiser).interviewer().name();
        assertThat(a.improvements()).hasSize(3);
        assertThat(a.improvements().get(0)).as("the change that flips the decision comes first").contains(barRaiserName);
    }

    @Test
    @DisplayName("the same middling loop hires at PM level but not at Senior or Principal")
    void barRisesWithLevel() {
        for (Level level : Level.values()) {
            SessionPlan plan = plan(level, 6);
            InterviewSession s = Transcripts.session(plan, bank, (r, i, q) -> {
                boolean last = i == plan.rounds().get(r).questions().size() - 1;
                return List.of(Transcripts.story(r, q, last ? WEAK + " It took 3 months." : STRONG, last ? Vote.NOT_INCLINED : Vote.INCLINED));
            }, true);
            LoopAssessment a = assessor.assess(s);
            assertThat(a.decision().hire()).as(level.label()).isEqualTo(level == Level.PM);
        }
    }

    @Test
    @DisplayName("follow-up answers count, at half the weight of the main answer")
    void followUpsCount() {
        SessionPlan plan = plan(Level.PM, 7);
        InterviewSession s = Transcripts.session(plan, bank, (r, i, q) -> List.of(
                Transcripts.story(r, q, STRONG, Vote.INCLINED),
                Transcripts.answer(r, q, Turn.Kind.FOLLOW_UP, "I checked the numbers myself in the weekly report and they held.",
                        Vote.STRONGLY_INCLINED, List.of())), true);
        LoopAssessment a = assessor.assess(s);
        RoundAssessment first = a.onsite().get(0);
        assertThat(first.signals().get(0).score()).isCloseTo((3 * 1 + 4 * 0.5) / 1.5, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    @DisplayName("quotes come from the answers: the coach's quote when it is really in the answer, else a sentence of the answer")
    void quotesComeFromAnswers() {
        SessionPlan plan = plan(Level.SENIOR, 8);
        String invented = "I single-handedly tripled revenue overnight.";
        InterviewSession s = Transcripts.session(plan, bank, (r, i, q) -> List.of(r % 2 == 0
                ? Transcripts.answer(r, q, Turn.Kind.QUESTION, STRONG, Vote.STRONGLY_INCLINED, List.of(invented))
                : Transcripts.story(r, q, STRONG, Vote.STRONGLY_INCLINED)), true);
        LoopAssessment a = assessor.assess(s);
        for (RoundAssessment r : a.onsite()) {
            assertThat(r.quotes()).isNotEmpty();
            for (String quote : r.quotes()) {
                assertThat(quote).isNotEqualTo(invented);
                assertThat(LoopAssessor.normalize(STRONG)).contains(LoopAssessor.normalize(quote.replace("\u2026", "")));
            }
        }
    }

    @Test
    @DisplayName("ending early: unanswered rounds count as no evidence and the debrief says so")
    void endedEarly() {
        SessionPlan plan = plan(Level.SENIOR, 9);
        InterviewSession s = Transcripts.session(plan, bank, (r, i, q) -> r < 2
                ? List.of(Transcripts.story(r, q, STRONG, Vote.STRONGLY_INCLINED)) : List.of(), false);
        LoopAssessment a = assessor.assess(s);
        assertThat(a.completed()).isFalse();
        assertThat(a.decision().hire()).isFalse();
        assertThat(a.screens()).allMatch(r -> r.vote().hire());
        assertThat(a.onsite()).allMatch(RoundAssessment::noEvidence);
        assertThat(a.writing()).map(WritingResult::submitted).contains(false);
        Reply reply = debrief.summarize(s);
        assertThat(reply.plainText()).contains("You ended the loop before the last question").contains("not handed in");
        assertThat(a.improvements()).isNotEmpty();
    }

    @Test
    @DisplayName("the debrief shows every interviewer's vote with quoted evidence and stays within every platform's limits")
    void debriefRendering() {
        SessionPlan plan = plan(Level.PRINCIPAL, 10);
        InterviewSession s = Transcripts.session(plan, bank, (r, i, q) -> List.of(r == 5
                ? Transcripts.answer(r, q, WEAK, Vote.NOT_INCLINED)
                : Transcripts.story(r, q, STRONG, Vote.STRONGLY_INCLINED)), true);
        Reply reply = debrief.summarize(s);
        assertThat(BlockBudget.fits(reply)).isTrue();
        String text = reply.plainText();
        for (int r = 3; r < plan.rounds().size(); r++) {
            assertThat(text).contains(plan.rounds().get(r).interviewer().name());
        }
        assertThat(text).contains("Strong Hire").contains("No Hire").contains("Bar Raiser").contains("Decision");
        List<Block.Quote> quotes = reply.blocks().stream().filter(b -> b instanceof Block.Quote).map(b -> (Block.Quote) b).toList();
        assertThat(quotes).hasSizeGreaterThanOrEqualTo(5);
        Block last = reply.blocks().get(reply.blocks().size() - 1);
        assertThat(last).isInstanceOf(Block.Bullets.class);
        assertThat(((Block.Bullets) last).items()).hasSize(3);
    }
}
