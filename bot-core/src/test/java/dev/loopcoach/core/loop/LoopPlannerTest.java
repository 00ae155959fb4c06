package dev.loopcoach.core.loop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.PracticeEntry;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.session.InterviewSession;
import dev.loopcoach.core.session.Position;
import dev.loopcoach.core.session.Round;
import dev.loopcoach.core.session.SessionId;
import dev.loopcoach.core.session.SessionKind;
import dev.loopcoach.core.session.SessionPlan;
import dev.loopcoach.core.session.SessionState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LoopPlannerTest {
    static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");
    private static QuestionBank bank;
    private static LoopPlanner planner;

    @BeforeAll
    static void load() {
        bank = new BankLoader().builtInOnly();
        planner = new LoopPlanner(bank);
    }

    static SessionPlan plan(Level level, long seed) {
        return planner.plan(level, List.of(), NOW, new SplittableRandom(seed));
    }

    private static List<Round> onsite(SessionPlan p) {
        return p.rounds().subList(3, p.rounds().size());
    }

    private static Question q(QuestionId id) {
        return bank.find(id).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    @DisplayName("five on-site interviewers own 2-3 principles each, never the same one twice, covering at least 12")
    void disjointPrinciples(Level level) {
        for (long seed = 0; seed < 40; seed++) {
            SessionPlan p = plan(level, seed);
            assertThat(p.kind()).isEqualTo(SessionKind.LOOP);
            List<Round> onsite = onsite(p);
            assertThat(onsite).hasSize(LoopPlanner.ONSITE_INTERVIEWS);
            Set<LeadershipPrinciple> covered = EnumSet.noneOf(LeadershipPrinciple.class);
            int total = 0;
            for (Round r : onsite) {
                assertThat(r.interviewer().lps()).hasSizeBetween(2, 3);
                covered.addAll(r.interviewer().lps());
                total += r.interviewer().lps().size();
            }
            assertThat(covered).as("seed %d", seed).hasSize(total).hasSizeGreaterThanOrEqualTo(12);
        }
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    @DisplayName("the stages come in order: recruiter screen, hiring manager screen, writing, then the on-site loop")
    void stages(Level level) {
        SessionPlan p = plan(level, 7);
        assertThat(p.rounds()).hasSize(8);
        Round recruiter = p.rounds().get(0);
        assertThat(recruiter.questions()).hasSizeBetween(2, 3).allMatch(id -> q(id).category() == Category.RECRUITER_SCREEN);
        assertThat(recruiter.interviewer().role()).isEqualTo("Recruiter");

        Round manager = p.rounds().get(1);
        assertThat(manager.questions()).extracting(id -> q(id).category())
                .containsExactly(Category.BEHAVIORAL, Category.BEHAVIORAL, Category.PRODUCT_SENSE);
        assertThat(manager.interviewer().lps()).hasSize(2);

        Round writing = p.rounds().get(2);
        assertThat(writing.questions()).hasSize(1);
        assertThat(writing.questions().get(0).value()).isIn(LoopPlanner.CLASSIC_PROMPTS);
        assertThat(LoopStage.of(p, bank)).containsExactly(LoopStage.SCREEN, LoopStage.SCREEN, LoopStage.WRITING,
                LoopStage.ONSITE, LoopStage.ONSITE, LoopStage.ONSITE, LoopStage.ONSITE, LoopStage.ONSITE);
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    @DisplayName("one product round, one technical round and exactly one Bar Raiser, from outside the hiring team")
    void productTechnicalAndBarRaiser(Level level) {
        for (long seed = 0; seed < 20; seed++) {
            List<Round> onsite = onsite(plan(level, seed));
            Category productCase = level == Level.PRINCIPAL ? Category.STRATEGY : Category.PRODUCT_SENSE;
            assertThat(onsite.stream().filter(r -> r.questions().stream().anyMatch(id -> q(id).category() == productCase))).hasSize(1);
            assertThat(onsite.stream().filter(r -> r.questions().stream().anyMatch(id -> q(id).category() == Category.TECHNICAL))).hasSize(1);
            List<Round> barRaisers = onsite.stream().filter(r -> r.interviewer().barRaiser()).toList();
            assertThat(barRaisers).hasSize(1);
            assertThat(barRaisers.get(0).interviewer().role()).contains("outside the hiring team");
        }
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    @DisplayName("each interviewer asks one behavioral question per principle they own, with follow-ups and a 45-60 minute time box")
    void questionsFollowThePrinciples(Level level) {
        SessionPlan p = plan(level, 11);
        for (Round r : onsite(p)) {
            List<LeadershipPrinciple> asked = r.questions().stream().map(LoopPlannerTest::q)
                    .filter(x -> x.category() == Category.BEHAVIORAL).map(x -> x.primaryLp().orElseThrow()).toList();
            assertThat(asked).containsExactlyElementsOf(r.interviewer().lps());
            assertThat(r.maxFollowUps()).isBetween(1, 3);
            assertThat(r.timeBoxMinutes()).isBetween(45, 60);
            assertThat(r.reasons()).hasSameSizeAs(r.questions());
        }
        List<QuestionId> all = p.rounds().stream().flatMap(r -> r.questions().stream()).toList();
        assertThat(new HashSet<>(all)).as("no question twice").hasSameSizeAs(all);
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    @DisplayName("every question fits the level of the loop")
    void levelsRespected(Level level) {
        for (long seed = 0; seed < 10; seed++) {
            SessionPlan p = plan(level, seed);
            assertThat(p.level()).isEqualTo(level);
            p.rounds().stream().flatMap(r -> r.questions().stream()).forEach(id -> assertThat(q(id).fits(level)).as(id.value()).isTrue());
        }
    }

    @Test
    @DisplayName("at Principal level the loop asks senior-scope questions and owns Think Big and Success and Scale on site")
    void principalScope() {
        for (long seed = 0; seed < 10; seed++) {
            SessionPlan p = plan(Level.PRINCIPAL, seed);
            List<Question> onsiteQuestions = onsite(p).stream().flatMap(r -> r.questions().stream()).map(LoopPlannerTest::q).toList();
            assertThat(onsiteQuestions).allMatch(x -> !x.fits(Level.PM));
            Set<LeadershipPrinciple> covered = EnumSet.noneOf(LeadershipPrinciple.class);
            onsite(p).forEach(r -> covered.addAll(r.interviewer().lps()));
            assertThat(covered).contains(LeadershipPrinciple.THINK_BIG, LeadershipPrinciple.BROAD_RESPONSIBILITY,
                    LeadershipPrinciple.HIRE_AND_DEVELOP);
        }
        SessionPlan pm = plan(Level.PM, 3);
        assertThat(pm.rounds().stream().flatMap(r -> r.questions().stream())).allMatch(id -> q(id).fits(Level.PM));
    }

    @Test
    void givenTheSameSeed_plansTheSameLoop() {
        assertThat(plan(Level.SENIOR, 42)).isEqualTo(plan(Level.SENIOR, 42));
    }

    @Test
    @DisplayName("questions the user has already practised are avoided where the bank allows")
    void prefersUnseenQuestions() {
        SessionPlan first = plan(Level.SENIOR, 5);
        List<PracticeEntry> history = new ArrayList<>();
        for (QuestionId id : onsite(first).stream().flatMap(r -> r.questions().stream()).toList()) {
            Question question = q(id);
            history.add(new PracticeEntry(id, question.category(), question.lps(), Map.of(), Optional.of(dev.loopcoach.core.coaching.Vote.INCLINED),
                    NOW.minusSeconds(3600)));
        }
        SessionPlan second = planner.plan(Level.SENIOR, history, NOW, new SplittableRandom(5));
        Set<QuestionId> seen = new HashSet<>();
        history.forEach(e -> seen.add(e.questionId()));
        List<QuestionId> behavioral = onsite(second).stream().flatMap(r -> r.questions().stream())
                .filter(id -> q(id).category() == Category.BEHAVIORAL).toList();
        assertThat(behavioral).noneMatch(seen::contains);
    }

    @Test
    @DisplayName("a bank without recruiter questions cannot plan a loop, and says so")
    void missingStage() {
        QuestionBank partial = new QuestionBank(bank.matching(x -> x.category() != Category.RECRUITER_SCREEN));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LoopPlanner(partial).plan(Level.SENIOR, List.of(), NOW,
                new SplittableRandom(1))).isInstanceOf(LoopPlanningException.class).hasMessageContaining("Recruiter screen");
    }

    @Test
    @DisplayName("a planned loop survives the JSON round trip storage makes, mid-draft included, so /resume continues it")
    void survivesStorage() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        SessionPlan p = plan(Level.PRINCIPAL, 9);
        InterviewSession s = new InterviewSession(SessionId.random(), new UserKey("slack", "T1:U1"), p,
                new SessionState.Drafting(new Position(2, 0), List.of("First part of the memo.", "Second part, with 12% growth.")),
                List.of(), NOW, NOW.plusSeconds(90));
        String stored = json.writeValueAsString(s);
        InterviewSession back = json.readValue(stored, InterviewSession.class);
        assertThat(back).isEqualTo(s);
        assertThat(back.plan().rounds().get(7).interviewer().barRaiser()).isTrue();
        assertThat(stored).contains("\"state\":\"drafting\"");
    }
}
