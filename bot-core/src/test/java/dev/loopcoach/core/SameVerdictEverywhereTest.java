package dev.loopcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.coaching.RubricKind;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.command.ParseResult;
import dev.loopcoach.core.command.TextCommandParser;
import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.DailyConfig;
import dev.loopcoach.core.daily.PostKind;
import dev.loopcoach.core.daily.ThreadCoach;
import dev.loopcoach.core.daily.ThreadMessage;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.loop.LoopFeatures;
import dev.loopcoach.core.port.PracticeEntry;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.session.InterviewSession;
import dev.loopcoach.core.session.SessionKind;
import dev.loopcoach.core.session.SessionState;
import dev.loopcoach.core.session.Turn;
import dev.loopcoach.core.testing.DailyFixtures;
import dev.loopcoach.core.testing.InMemoryDailyStores;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RealCoach;
import dev.loopcoach.core.testing.SameAnswers;
import dev.loopcoach.core.testing.SameAnswers.Analyzed;
import dev.loopcoach.core.testing.SameAnswers.Case;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10, item 7, in the core: the same answer gets the same verdict from {@code ./coach analyze --jsonl}
 * ({@link dev.loopcoach.core.batch.AnalyzeBatch}), from {@link Coach#handle} after {@code /question <id>}, in a
 * daily thread ({@link ThreadCoach}) and in the full loop, whose debrief reads the votes stored on the transcript.
 * Everything runs the real {@link dev.loopcoach.core.coaching.BarRaiserCoach} and the built-in bank.
 */
class SameVerdictEverywhereTest {
    private static QuestionBank bank;

    private final ManualClock clock = ManualClock.at("2026-03-23T08:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final TextCommandParser parser = new TextCommandParser();

    @BeforeAll
    static void loadOnce() {
        bank = RealCoach.builtInBank();
        RealCoach.barRaiser();
    }

    static Stream<Case> cases() {
        return SameAnswers.all().stream();
    }

    private Reply type(Coach coach, UserKey user, String line) {
        clock.advance(Duration.ofMinutes(3));
        ParseResult parsed = parser.parse(line);
        CoachCommand command = parsed instanceof ParseResult.Parsed p ? p.command() : new CoachCommand.SubmitAnswer(line);
        Reply reply = coach.handle(user, command);
        assertThat(reply.kind()).as("reply to %s: %s", line, reply.plainText()).isNotEqualTo(Reply.Kind.ERROR);
        return reply;
    }

    @Test
    @DisplayName("the fixed answers are judged by their questions' rubrics and get at least three different verdicts")
    void givenTheFixedAnswers_theVerdictsDifferSoSamenessIsNotLuck() {
        Map<Case, Analyzed> analyzed = new LinkedHashMap<>();
        SameAnswers.all().forEach(c -> analyzed.put(c, c.analyzed()));

        analyzed.forEach((c, a) -> assertThat(a.questionId()).as("%s is read as its bank question", c).isEqualTo(c.questionId()));
        assertThat(analyzed.get(SameAnswers.STRONG_STORY).rubric()).isEqualTo(RubricKind.BEHAVIORAL.key());
        assertThat(analyzed.get(SameAnswers.WEAK_STORY).rubric()).isEqualTo(RubricKind.BEHAVIORAL.key());
        assertThat(analyzed.get(SameAnswers.CASE_ANSWER).rubric()).isEqualTo(RubricKind.CASE.key());
        assertThat(analyzed.get(SameAnswers.RECRUITER_ANSWER).rubric()).isEqualTo(RubricKind.RECRUITER.key());
        assertThat(analyzed.get(SameAnswers.STRONG_STORY).verdict().positive()).as("the strong story passes").isTrue();
        assertThat(analyzed.get(SameAnswers.WEAK_STORY).verdict().positive()).as("the weak story does not").isFalse();
        assertThat(analyzed.values().stream().map(Analyzed::verdict).collect(Collectors.toSet()))
                .as("verdicts %s: if the analyzer changed, adjust the answers in SameAnswers so they differ again", analyzed)
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("/question <id> and the answer through Coach.handle: the feedback, the transcript and the practice log carry the analyze verdict")
    void givenAnAnswerToAQuestionAskedById_coachHandleGivesTheAnalyzeVerdict(Case c) {
        Analyzed expected = c.analyzed();
        UserKey user = new UserKey("console", "same-verdict");
        Coach coach = RealCoach.over(stores, clock, 7);

        Reply asked = type(coach, user, c.askCommand());
        Reply feedback = type(coach, user, c.answer());

        assertThat(asked.blocks()).filteredOn(Block.QuestionCard.class::isInstance)
                .singleElement().extracting(b -> ((Block.QuestionCard) b).questionId()).isEqualTo(c.questionId());
        assertThat(SameAnswers.shownOverall(feedback.plainText())).as(feedback.plainText()).containsExactly(expected.verdict());
        InterviewSession s = coach.sessions().active(user).orElseThrow();
        assertThat(s.plan().kind()).isEqualTo(SessionKind.SINGLE);
        Turn turn = s.transcript().stream().filter(t -> t.kind() == Turn.Kind.QUESTION).findFirst().orElseThrow();
        assertThat(turn.questionId().value()).isEqualTo(c.questionId());
        assertThat(turn.overall()).isEqualTo(expected.verdict());
        assertThat(byName(turn.votes())).isEqualTo(expected.votes());
        PracticeEntry entry = stores.practice().entries(user).get(0);
        assertThat(entry.overall()).contains(expected.verdict());
        assertThat(byName(entry.votes())).isEqualTo(expected.votes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("the answer in the thread of a daily post of that question: the thread coaching shows the analyze verdict")
    void givenAnAnswerInADailyThread_theThreadCoachingGivesTheAnalyzeVerdict(Case c) {
        Analyzed expected = c.analyzed();
        ChannelKey channel = DailyFixtures.DISCORD_CHANNEL;
        UserKey ana = new UserKey("discord", "1500000000000000001");
        LocalDate today = LocalDate.of(2026, 3, 23);
        String thread = "1600000000000000" + c.questionId().replace("-", "");
        InMemoryDailyStores daily = new InMemoryDailyStores();
        assertThat(daily.posts().claim(DailyFixtures.claim(channel, today, PostKind.SCHEDULED, c.questionId(), clock.now()))).isTrue();
        daily.posts().markPosted(channel, today, PostKind.SCHEDULED, thread, clock.now());
        ThreadCoach threads = new ThreadCoach(daily.posts(), daily.dialogs(), stores.prefs(), stores.practice(), bank,
                RealCoach.barRaiser(), clock, DailyConfig.defaults());

        Reply reply = threads.onReply(new ThreadMessage(channel, thread, "m-1", ana, c.answer())).orElseThrow();

        assertThat(reply.kind()).isEqualTo(Reply.Kind.FEEDBACK);
        assertThat(SameAnswers.shownOverall(reply.plainText())).as(reply.plainText()).containsExactly(expected.verdict());
        PracticeEntry entry = stores.practice().entries(ana).get(0);
        assertThat(entry.questionId().value()).isEqualTo(c.questionId());
        assertThat(entry.overall()).contains(expected.verdict());
        assertThat(byName(entry.votes())).isEqualTo(expected.votes());
    }

    @Test
    @DisplayName("a loop answered with the fixed answers (by rubric): each feedback and each vote the debrief reads is the analyze verdict")
    void givenALoop_everyAnsweredQuestionShowsAndStoresTheAnalyzeVerdict() {
        UserKey user = new UserKey("console", "loop-candidate");
        CoachDeps deps = new CoachDeps(bank, RealCoach.barRaiser(), RealCoach.tagger(), stores.sessions(), stores.practice(),
                stores.stories(), stores.privacy(), stores.prefs(), clock, new Random(21), CoachSettings.defaults());
        Coach coach = new Coach(deps, LoopFeatures.extensions(deps));
        type(coach, user, "/mockinterview loop senior");
        assertThat(coach.sessions().active(user).orElseThrow().plan().kind()).isEqualTo(SessionKind.LOOP);

        Set<RubricKind> kinds = EnumSet.noneOf(RubricKind.class);
        Set<Vote> verdicts = EnumSet.noneOf(Vote.class);
        int answered = 0;
        int stories = 0;
        while (answered < 8) {
            InterviewSession s = coach.sessions().active(user).orElseThrow();
            if (!(s.state() instanceof SessionState.AwaitingAnswer a)) {
                type(coach, user, "/skip"); // a follow-up: probes are judged by another rubric, not part of this comparison
                continue;
            }
            Question q = bank.find(s.questionAt(a.at())).orElseThrow();
            if (q.category() == Category.WRITING) {
                type(coach, user, "/skip");
                continue;
            }
            RubricKind kind = RubricKind.forCategory(q.category());
            Case fixed = kind == RubricKind.CASE ? SameAnswers.CASE_ANSWER
                    : kind == RubricKind.RECRUITER ? SameAnswers.RECRUITER_ANSWER
                    : stories++ % 2 == 0 ? SameAnswers.STRONG_STORY : SameAnswers.WEAK_STORY;
            Analyzed expected = SameAnswers.analyze("loop-" + answered, q.id().value(), q.text(), fixed.answer());

            Reply feedback = type(coach, user, fixed.answer());

            String shown = feedback.plainText();
            assertThat(shownVerdict(shown, expected)).as("%s to %s:%n%s", fixed, q.id(), shown).isEqualTo(expected.verdict());
            Turn turn = lastAnswerTo(coach.sessions().active(user).orElseThrow(), q);
            assertThat(turn.overall()).as("stored overall vote on %s", q.id()).isEqualTo(expected.verdict());
            assertThat(byName(turn.votes())).as("stored votes on %s", q.id()).isEqualTo(expected.votes());
            kinds.add(kind);
            verdicts.add(expected.verdict());
            answered++;
        }
        Reply debrief = type(coach, user, "/end");

        assertThat(kinds).as("the loop asked stories, cases and recruiter questions")
                .contains(RubricKind.BEHAVIORAL, RubricKind.CASE, RubricKind.RECRUITER);
        assertThat(verdicts).hasSizeGreaterThanOrEqualTo(2);
        assertThat(debrief.plainText()).contains("Loop debrief");
        // the debrief repeats what the screen answer was told: the recruiter rubric's gap, never a STAR gap
        String screen = debrief.plainText().lines().filter(l -> l.startsWith("Recruiter screen")).findFirst().orElseThrow();
        assertThat(screen).contains("not yet in the answer").doesNotContain("no clear result").doesNotContain("has no number")
                .doesNotContain("task");
    }

    /**
     * The vote a main answer's feedback shows: its "Overall" field, or, for a story judged on a single principle
     * (whose feedback has no "Overall" field), that principle's field.
     */
    private static Vote shownVerdict(String shown, Analyzed expected) {
        List<Vote> overall = SameAnswers.shownOverall(shown);
        if (!overall.isEmpty() || expected.votes().size() != 1) {
            assertThat(overall).as("one Overall field").hasSize(1);
            return overall.get(0);
        }
        String lp = expected.votes().keySet().iterator().next();
        Matcher m = Pattern.compile(Pattern.quote(lp) + ": (Strongly Not Inclined|Strongly Inclined|Not Inclined|Inclined)\\b")
                .matcher(shown);
        assertThat(m.find()).as("a %s field", lp).isTrue();
        return SameAnswers.vote(m.group(1));
    }

    private static Turn lastAnswerTo(InterviewSession s, Question q) {
        List<Turn> turns = s.transcript().stream()
                .filter(t -> t.kind() == Turn.Kind.QUESTION && t.questionId().equals(q.id())).toList();
        assertThat(turns).as("a stored answer to %s", q.id()).isNotEmpty();
        return turns.get(turns.size() - 1);
    }

    private static Map<String, Vote> byName(Map<LeadershipPrinciple, Vote> votes) {
        Map<String, Vote> out = new LinkedHashMap<>();
        votes.forEach((lp, v) -> out.put(lp.displayName(), v));
        return Map.copyOf(out);
    }
}
