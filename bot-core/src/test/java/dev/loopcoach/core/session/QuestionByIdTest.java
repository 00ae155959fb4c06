package dev.loopcoach.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.CoachDeps;
import dev.loopcoach.core.CoachSettings;
import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.command.ParseResult;
import dev.loopcoach.core.command.TextCommandParser;
import dev.loopcoach.core.loop.LoopFeatures;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RealCoach;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code /question <id>} typed as a user would, through the parser and {@link Coach#handle} with the real Bar Raiser coach,
 * the built-in bank and in-memory stores: exactly that question, feedback and follow-ups as usual, the id in the summary.
 */
class QuestionByIdTest {
    private static QuestionBank bank;

    private final ManualClock clock = ManualClock.at("2025-06-02T09:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final UserKey user = new UserKey("console", "returning-candidate");
    private final TextCommandParser parser = new TextCommandParser();
    private Coach coach = RealCoach.over(stores, clock, 7);

    @BeforeAll
    static void loadOnce() {
        bank = RealCoach.builtInBank();
        RealCoach.barRaiser();
    }

    private Reply type(String line) {
        clock.advance(Duration.ofMinutes(2));
        ParseResult parsed = parser.parse(line);
        CoachCommand command = parsed instanceof ParseResult.Parsed p ? p.command() : new CoachCommand.SubmitAnswer(line);
        return coach.handle(user, command);
    }

    private static Block.QuestionCard onlyCard(Reply reply) {
        List<Block.QuestionCard> cards = reply.blocks().stream()
                .filter(Block.QuestionCard.class::isInstance).map(Block.QuestionCard.class::cast).toList();
        assertThat(cards).as("question cards in %s", reply.plainText()).hasSize(1);
        return cards.get(0);
    }

    private boolean inFollowUp() {
        return coach.sessions().active(user).map(s -> s.state() instanceof SessionState.AwaitingFollowUpAnswer).orElse(false);
    }

    private static Question question(String id) {
        return bank.find(id).orElseThrow();
    }

    @Test
    @DisplayName("/question dd-03 asks exactly dd-03 with its id on the card; feedback, follow-ups and a summary naming dd-03 follow")
    void givenABankId_thatQuestionIsAskedAndCoachedAsUsual() {
        Reply asked = type("/question dd-03");

        assertThat(asked.kind()).isEqualTo(Reply.Kind.QUESTION);
        Block.QuestionCard card = onlyCard(asked);
        assertThat(card.questionId()).isEqualTo("dd-03");
        assertThat(card.text()).isEqualTo(question("dd-03").text());
        assertThat(card.label()).isEqualTo("Question 1 of 1");
        assertThat(asked.plainText()).contains("Why this question: you asked for it by its id.");
        InterviewSession s = coach.sessions().active(user).orElseThrow();
        assertThat(s.plan().kind()).isEqualTo(SessionKind.SINGLE);
        assertThat(s.plan().rounds().get(0).questions()).containsExactly(new QuestionId("dd-03"));
        assertThat(s.plan().level()).isEqualTo(CoachSettings.defaults().defaultLevel());

        Reply feedback = type(Answers.STRONG);
        assertThat(feedback.blocks()).contains(new Block.Heading("Bar Raiser feedback"));
        assertThat(inFollowUp()).as("a follow-up on the chosen question").isTrue();
        assertThat(onlyCard(feedback).questionId()).isEqualTo("dd-03");
        Reply reply = feedback;
        int followUps = 0;
        while (inFollowUp()) {
            assertThat(followUps++).isLessThan(CoachSettings.defaults().followUpsPerQuestion());
            reply = type(Answers.FOLLOW_UP);
        }

        assertThat(reply.kind()).isEqualTo(Reply.Kind.SUMMARY);
        assertThat(reply.plainText()).contains("Questions answered: 1 of 1")
                .contains("Q1 (dd-03): " + PracticeSummary.shorten(question("dd-03").text(), 140));
        assertThat(stores.practice().entries(user)).singleElement()
                .satisfies(e -> assertThat(e.questionId()).isEqualTo(new QuestionId("dd-03")));
    }

    @Test
    @DisplayName("the question just practised can be asked again by its id (the selector's no-repeat rule is for picks, not choices)")
    void givenTheQuestionJustPractised_itCanBeAskedAgain() {
        type("/question mx-01");
        type("/skip");

        Reply again = type("/question mx-01");

        assertThat(onlyCard(again).questionId()).isEqualTo("mx-01");
        assertThat(again.plainText()).contains(question("mx-01").text()).contains(SessionView.CASE_REMINDER);
    }

    @Test
    @DisplayName("a level given with the id is the bar the answer is judged at; a type or principle that fits is accepted")
    void givenAnIdWithFittingOptions_theyAreKept() {
        type("/question rs-02 principal recruiter");

        InterviewSession s = coach.sessions().active(user).orElseThrow();
        assertThat(s.plan().level()).isEqualTo(Level.PRINCIPAL);
        assertThat(s.plan().category()).contains(Category.RECRUITER_SCREEN);
        assertThat(s.plan().rounds().get(0).questions()).containsExactly(new QuestionId("rs-02"));
    }

    @Test
    @DisplayName("an unknown id gets a friendly message naming where ids are shown, and an unfinished interview is left alone")
    void givenAnUnknownId_friendlyMessageAndNothingChanges() {
        type("/mockinterview");
        InterviewSession before = coach.sessions().active(user).orElseThrow();

        Reply unknown = type("/question xx-99");

        assertThat(unknown.kind()).isEqualTo(Reply.Kind.ERROR);
        assertThat(unknown.plainText()).startsWith("No question with id 'xx-99'.")
                .contains("shows its id").contains("summary").contains("/question on its own")
                .contains("You have an unfinished interview at question 1 of 3. Use /resume");
        assertThat(coach.sessions().active(user)).contains(before);
    }

    @Test
    @DisplayName("an unknown number in a known family names the family's range")
    void givenAnUnknownNumberInAKnownFamily_theRangeIsNamed() {
        List<String> metrics = bank.all().stream().map(q -> q.id().value()).filter(id -> id.startsWith("mx-")).sorted().toList();

        Reply unknown = type("/question mx-99");

        assertThat(unknown.plainText()).contains("No question with id 'mx-99'.")
                .contains("Ids starting with mx- go from " + metrics.get(0) + " to " + metrics.get(metrics.size() - 1) + ".");
        assertThat(coach.sessions().active(user)).isEmpty();
    }

    @Test
    @DisplayName("a type or principle that contradicts the id is explained instead of silently ignored")
    void givenAContradictingTypeOrPrinciple_theMismatchIsExplained() {
        assertThat(type("/question mx-01 product").plainText())
                .contains("mx-01 is a Metrics / analytical question, not Product sense / design");
        assertThat(type("/question dd-03 frugality").plainText())
                .contains("dd-03 does not target Frugality (it targets Dive Deep");
        assertThat(coach.sessions().active(user)).isEmpty();
    }

    @Test
    @DisplayName("a writing prompt's id starts the written exercise: parts are drafted, /done hands the memo in")
    void givenAWritingId_theDraftingFlowStarts() {
        CoachDeps deps = new CoachDeps(bank, RealCoach.barRaiser(), RealCoach.tagger(), stores.sessions(), stores.practice(),
                stores.stories(), stores.privacy(), stores.prefs(), clock, new Random(7), CoachSettings.defaults());
        coach = new Coach(deps, LoopFeatures.extensions(deps));

        Reply asked = type("/question wr-03");

        assertThat(onlyCard(asked).questionId()).isEqualTo("wr-03");
        assertThat(coach.sessions().active(user).orElseThrow().plan().kind()).isEqualTo(SessionKind.WRITING);
        Reply part = type("Summary: I recommend we bring back offline mode; tickets rose from 40 to 310 a week.");
        assertThat(part.plainText()).contains("in 1 part").contains("hand it in");
        assertThat(part.actions()).contains(dev.loopcoach.core.reply.Action.HAND_IN);
        assertThat(coach.sessions().active(user).orElseThrow().state()).isInstanceOf(SessionState.Drafting.class);
        assertThat(type("/done").plainText()).contains("Writing feedback");
        assertThat(coach.sessions().active(user)).isEmpty();
    }

    @Test
    @DisplayName("without the writing extension a writing prompt's id is still drafted over several messages")
    void givenAWritingIdWithoutTheExtension_itIsStillDrafted() {
        Reply asked = type("/question wr-03");

        assertThat(coach.sessions().active(user).orElseThrow().plan().kind()).isEqualTo(SessionKind.SINGLE);
        assertThat(asked.plainText()).contains("hand it in");
        type("Summary: I recommend we bring back offline mode; tickets rose from 40 to 310 a week.");
        assertThat(coach.sessions().active(user).orElseThrow().state()).isInstanceOf(SessionState.Drafting.class);
    }
}
