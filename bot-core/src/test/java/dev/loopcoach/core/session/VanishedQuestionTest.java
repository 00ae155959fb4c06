package dev.loopcoach.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.CoachSettings;
import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RealCoach;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session planned with a question from a custom pack, then the pack is removed and the bot restarted:
 * the interview must end with an explanation, keep what was answered, and never crash.
 */
class VanishedQuestionTest {
    private static final QuestionId CUSTOM = new QuestionId("team-101");
    private static final String PACK = """
            {"pack": "team", "questions": [
              {"id": "team-101", "text": "Tell me about a time you retired a feature that a loud group of customers still used.",
               "category": "behavioral", "lps": ["Customer Obsession", "Have Backbone; Disagree and Commit"],
               "levels": ["pm", "senior"], "difficulty": "medium",
               "followUps": ["How did you tell those customers?", "What did usage look like a month later?"],
               "tips": ["Say how many customers used it and what they moved to."]}
            ]}""";

    private static QuestionBank withPack;
    private static QuestionBank builtIn;
    private static QuestionId builtInFirst;

    private final ManualClock clock = ManualClock.at("2025-06-04T07:30:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final UserKey user = new UserKey("console", "sam");
    private final CoachSettings settings = new CoachSettings(3, 0, Level.SENIOR, 20_000);

    @BeforeAll
    static void loadBanks(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("team.json"), PACK);
        withPack = new BankLoader().load(dir);
        builtIn = RealCoach.builtInBank();
        builtInFirst = builtIn.byCategory(Category.BEHAVIORAL).get(0).id();
        RealCoach.barRaiser();
    }

    /** Before the restart: a session whose plan holds the custom question at {@code customAt}, first answer given. */
    private InterviewSession planned(int customAt) {
        Coach before = RealCoach.over(stores, withPack, clock, 1, settings);
        List<QuestionId> ids = customAt == 1 ? List.of(builtInFirst, CUSTOM) : List.of(builtInFirst, builtIn.byCategory(Category.BEHAVIORAL).get(1).id(), CUSTOM);
        Round round = new Round("Mock interview", Interviewer.coach(), ids, 0, 45);
        SessionPlan plan = new SessionPlan(SessionKind.PRACTICE, Optional.of(Category.BEHAVIORAL), Level.SENIOR, Optional.empty(),
                List.of(round));
        before.sessions().begin(user, plan, clock.now());
        clock.advance(Duration.ofMinutes(1));
        before.handle(user, new CoachCommand.SubmitAnswer(Answers.STRONG));
        return before.sessions().active(user).orElseThrow();
    }

    /** After the restart: the pack is gone. */
    private Coach restarted() {
        clock.advance(Duration.ofHours(1));
        return RealCoach.over(stores.sibling(), builtIn, clock, 2, settings);
    }

    private void assertClosedWithAnswersKept(InterviewSession s, Reply reply) {
        assertThat(reply.plainText()).doesNotContain("something went wrong")
                .contains("no longer in the question bank").contains(CUSTOM.value()).contains("/mockinterview");
        InterviewSession after = stores.sessions().find(s.id()).orElseThrow().session();
        assertThat(after.finished()).isTrue();
        assertThat(after.transcript()).first().matches(t -> t.answer().equals(Answers.STRONG));
        assertThat(stores.practice().entries(user)).hasSize(1);
    }

    @Test
    void givenTheCurrentQuestionVanished_anAnswerEndsTheInterviewAndComesBackToTheUser() {
        InterviewSession s = planned(1);
        Coach coach = restarted();

        Reply reply = coach.handle(user, new CoachCommand.SubmitAnswer(Answers.FOLLOW_UP));

        assertClosedWithAnswersKept(s, reply);
        assertThat(reply.blocks()).contains(new Block.Quote(Answers.FOLLOW_UP));
        assertThat(coach.handle(user, new CoachCommand.Resume()).plainText()).contains("You have no unfinished interview");
    }

    @Test
    void givenTheCurrentQuestionVanished_resumeExplainsAndEndsTheInterview() {
        InterviewSession s = planned(1);
        Coach coach = restarted();

        assertClosedWithAnswersKept(s, coach.handle(user, new CoachCommand.Resume()));
    }

    @Test
    void givenTheCurrentQuestionVanished_everyInterviewCommandRepliesInsteadOfCrashing() {
        for (CoachCommand command : List.of(new CoachCommand.Hint(), new CoachCommand.Skip(), new CoachCommand.Repeat(),
                new CoachCommand.End(), new CoachCommand.FinishDraft())) {
            stores.privacy().deleteAll(user);
            InterviewSession s = planned(1);
            Coach coach = restarted();
            assertThat(coach.sessions().awaitsLongText(user)).isFalse();

            Reply reply = coach.handle(user, command);

            assertThat(reply.plainText()).as("%s", command).doesNotContain("something went wrong");
            assertThat(stores.sessions().find(s.id()).orElseThrow().session().finished()).as("%s", command).isTrue();
            assertThat(stores.sessions().find(s.id()).orElseThrow().session().transcript()).first()
                    .matches(t -> t.answer().equals(Answers.STRONG));
        }
    }

    @Test
    void givenALaterQuestionVanished_answeringUpToItEndsTheInterviewThereWithTheSummary() {
        InterviewSession s = planned(2);
        Coach coach = restarted();

        Reply reply = coach.handle(user, new CoachCommand.SubmitAnswer(Answers.STRONG));

        assertThat(reply.plainText()).doesNotContain("something went wrong").contains("Bar Raiser feedback")
                .contains("no longer in the question bank").contains("Interview summary").contains("Questions answered: 2 of 3");
        InterviewSession after = stores.sessions().find(s.id()).orElseThrow().session();
        assertThat(after.finished()).isTrue();
        assertThat(after.transcript()).extracting(Turn::answer).containsExactly(Answers.STRONG, Answers.STRONG);
        assertThat(stores.practice().entries(user)).hasSize(2);
    }

    @Test
    void givenTheOtherCommandsAfterARestart_theReminderStillWorks() {
        planned(1);
        Coach coach = restarted();

        Reply help = coach.handle(user, new CoachCommand.Help());

        assertThat(help.plainText()).contains("Use /resume");
    }
}
