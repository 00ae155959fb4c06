package dev.loopcoach.core.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.CoachDeps;
import dev.loopcoach.core.CoachSettings;
import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.command.ParseResult;
import dev.loopcoach.core.command.TextCommandParser;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.BlockBudget;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.session.InterviewSession;
import dev.loopcoach.core.session.Round;
import dev.loopcoach.core.session.SessionKind;
import dev.loopcoach.core.session.SessionState;
import dev.loopcoach.core.testing.InMemoryStores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The whole loop through the coach, as a console user types it, with a restart halfway. */
class FullLoopTest {
    private static final String FOLLOW_UP_ANSWER = "I checked the numbers myself in the weekly report: 12% of orders were affected, "
            + "and I rebuilt the dashboard in 2 days.";
    private static QuestionBank bank;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-06-02T09:00:00Z"));
    private final TextCommandParser parser = new TextCommandParser();

    @BeforeAll
    static void load() {
        bank = new BankLoader().builtInOnly();
    }

    private Coach coach(InMemoryStores stores, long seed) {
        Clock clock = now::get;
        CoachDeps deps = new CoachDeps(bank, new FakeAnswerCoach(true), (text, max) -> List.of(), stores.sessions(),
                stores.practice(), stores.stories(), stores.privacy(), stores.prefs(), clock, new SplittableRandom(seed),
                CoachSettings.defaults());
        return new Coach(deps, LoopFeatures.extensions(deps));
    }

    private Reply type(Coach coach, UserKey user, String line) {
        ParseResult parsed = parser.parse(line);
        CoachCommand command = parsed instanceof ParseResult.Parsed p ? p.command() : new CoachCommand.SubmitAnswer(line);
        now.set(now.get().plus(Duration.ofMinutes(3)));
        Reply reply = coach.handle(user, command);
        assertThat(reply.kind()).as("reply to %s: %s", line, reply.plainText()).isNotEqualTo(Reply.Kind.ERROR);
        return reply;
    }

    @Test
    @DisplayName("a scripted console loop: 5 interviewers with disjoint principles, resumed after a restart, ends in a quoted debrief")
    void scriptedLoop() {
        InMemoryStores stores = new InMemoryStores(now::get);
        UserKey user = new UserKey("console", "alice");
        Coach coach = coach(stores, 21);

        Reply intro = type(coach, user, "/mockinterview loop senior");
        assertThat(intro.plainText()).contains("Your Amazon PM loop, Senior PM").contains("Recruiter screen")
                .contains("Bar Raiser").contains("/resume");
        assertThat(BlockBudget.fits(intro)).isTrue();

        InterviewSession started = coach.sessions().active(user).orElseThrow();
        assertThat(started.plan().kind()).isEqualTo(SessionKind.LOOP);
        List<Round> onsite = started.plan().rounds().subList(3, 8);
        Set<LeadershipPrinciple> covered = EnumSet.noneOf(LeadershipPrinciple.class);
        onsite.forEach(r -> assertThat(covered.addAll(r.interviewer().lps())).isTrue());
        assertThat(onsite.stream().mapToInt(r -> r.interviewer().lps().size()).sum()).isEqualTo(covered.size());
        assertThat(covered).hasSizeGreaterThanOrEqualTo(12);

        List<String> answers = new ArrayList<>();
        Reply last = intro;
        boolean restarted = false;
        int moves = 0;
        while (coach.sessions().active(user).isPresent()) {
            assertThat(moves++).as("the loop ends").isLessThan(200);
            InterviewSession s = coach.sessions().active(user).orElseThrow();
            if (!restarted && s.state() instanceof SessionState.AwaitingAnswer a && a.at().round() == 5) {
                // A new process over the same data, as after a restart the next day.
                now.set(now.get().plus(Duration.ofDays(1)));
                coach = coach(stores.sibling(), 99);
                Reply resumed = type(coach, user, "/resume");
                assertThat(resumed.plainText()).contains("Welcome back")
                        .contains(bank.find(s.questionAt(a.at())).orElseThrow().text());
                restarted = true;
                continue;
            }
            if (s.state() instanceof SessionState.AwaitingAnswer a
                    && bank.find(s.questionAt(a.at())).orElseThrow().category() == Category.WRITING) {
                String[] halves = Transcripts.READY_MEMO.split("\n\n(?=Region 9 results)");
                assertThat(type(coach, user, halves[0]).plainText()).contains("words in 1 part");
                assertThat(type(coach, user, halves[1]).plainText()).contains("words in 2 parts");
                last = type(coach, user, "/done");
                assertThat(last.plainText()).contains("Writing feedback: Ready to send");
                answers.add(Transcripts.READY_MEMO);
                continue;
            }
            String answer = s.state() instanceof SessionState.AwaitingFollowUpAnswer ? FOLLOW_UP_ANSWER : Transcripts.STRONG;
            answers.add(answer);
            last = type(coach, user, answer);
        }
        assertThat(restarted).isTrue();

        String debrief = last.plainText();
        assertThat(debrief).contains("Loop debrief: Senior PM").contains("Decision: Hire").contains("Bar Raiser");
        for (Round r : onsite) {
            assertThat(debrief).contains(r.interviewer().name());
        }
        List<String> quotes = last.blocks().stream().filter(b -> b instanceof Block.Quote).map(b -> ((Block.Quote) b).text()).toList();
        assertThat(quotes).hasSizeGreaterThanOrEqualTo(5);
        for (String block : quotes) {
            for (String quote : block.split("\n\n")) {
                String q = LoopAssessor.normalize(quote.replace("\u2026", ""));
                assertThat(answers.stream().map(LoopAssessor::normalize)).as(quote).anyMatch(a -> a.contains(q));
            }
        }
        assertThat(stores.practice().entries(user)).hasSize(started.plan().totalQuestions());
    }

    @Test
    @DisplayName("ending a loop early gives the debrief so far, which cannot hire")
    void endEarly() {
        InMemoryStores stores = new InMemoryStores(now::get);
        UserKey user = new UserKey("discord", "1234");
        Coach coach = coach(stores, 5);
        type(coach, user, "/mockinterview loop principal");
        type(coach, user, Transcripts.STRONG);
        Reply end = type(coach, user, "/end");
        assertThat(end.plainText()).contains("Loop debrief: Principal PM").contains("Decision: No Hire")
                .contains("You ended the loop before the last question");
        assertThat(BlockBudget.fits(end)).isTrue();
        assertThat(coach.sessions().active(user)).isEmpty();
    }

    @Test
    @DisplayName("the written exercise on its own: prompts offered, drafted over messages, reviewed on /done")
    void writingExercise() {
        InMemoryStores stores = new InMemoryStores(now::get);
        UserKey user = new UserKey("slack", "T1:U9");
        Coach coach = coach(stores, 3);

        Reply menu = type(coach, user, "/mockinterview writing");
        assertThat(menu.plainText()).contains("wr-01").contains("wr-02").contains("The two classic prompts")
                .contains(bank.find("wr-01").orElseThrow().text());
        assertThat(coach.sessions().active(user)).get().extracting(s -> s.plan().rounds().get(0).questions().get(0).value())
                .isEqualTo("wr-01");
        type(coach, user, "/end");

        Reply unknown = coach.handle(user, new CoachCommand.StartWriting(java.util.Optional.of("wr-99")));
        assertThat(unknown.kind()).isEqualTo(Reply.Kind.ERROR);
        assertThat(unknown.plainText()).contains("wr-99").contains("wr-01");

        Reply prompt = type(coach, user, "/mockinterview writing 2");
        assertThat(prompt.plainText()).contains(bank.find("wr-02").orElseThrow().text()).contains("hand it in").contains("Time box");
        type(coach, user, "Summary\nI recommend we keep the pilot. It cut refunds from 11 days to 4 days.");
        Reply tooBig = coach.handle(user, new CoachCommand.SubmitAnswer("word ".repeat(5000)));
        assertThat(tooBig.kind()).isEqualTo(Reply.Kind.ERROR);
        assertThat(tooBig.plainText()).contains("several parts");
        assertThat(coach.sessions().active(user).orElseThrow().state()).isInstanceOf(SessionState.Drafting.class)
                .matches(st -> ((SessionState.Drafting) st).parts().size() == 1);
        type(coach, user, "Details\nMany customers liked it and it should significantly help retention.");
        Reply done = type(coach, user, "/submit");
        String text = done.plainText();
        assertThat(text).contains("Writing feedback").contains("\"significantly\"").contains("Short:")
                .contains("Written exercise: summary");
        assertThat(coach.sessions().active(user)).isEmpty();
        assertThat(BlockBudget.fits(done)).isTrue();
    }

    @Test
    void givenTheLevelDefault_theLoopUsesTheConfiguredLevel() {
        InMemoryStores stores = new InMemoryStores(now::get);
        UserKey user = new UserKey("console", "bob");
        Coach coach = coach(stores, 8);
        type(coach, user, "/mockinterview loop");
        assertThat(coach.sessions().active(user).orElseThrow().plan().level()).isEqualTo(CoachSettings.defaults().defaultLevel());
        assertThat(coach.sessions().active(user).orElseThrow().plan().level()).isEqualTo(Level.SENIOR);
    }
}
