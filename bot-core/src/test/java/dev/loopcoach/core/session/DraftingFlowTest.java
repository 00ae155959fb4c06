package dev.loopcoach.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.CoachSettings;
import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.command.ParseResult;
import dev.loopcoach.core.command.TextCommandParser;
import dev.loopcoach.core.loop.FakeAnswerCoach;
import dev.loopcoach.core.lp.PrincipleGuides;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Reply;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The drafting state: a written answer grows over several messages and is handed in with /done. */
class DraftingFlowTest {
    private static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");
    private static final QuestionId PROMPT = new QuestionId("wr-03");
    private static final QuestionId SPOKEN = new QuestionId("own-01");
    private static final String PART_1 = "Summary\nI recommend that the app bring back the offline mode it removed in March. "
            + "Support tickets about it rose from 40 to 310 a week.";
    private static final String PART_2 = "Impact\nCommuters lose access on 2 of every 5 trips. I would measure weekly active use on "
            + "trains and the ticket count, with a target of 80 tickets a week by June.";

    private static QuestionBank bank;
    private static InterviewEngine engine;

    @BeforeAll
    static void setUp() {
        bank = new BankLoader().builtInOnly();
        engine = new InterviewEngine(bank, new FakeAnswerCoach(false), PrincipleGuides.load(), Map.of(), CoachSettings.defaults());
    }

    private static InterviewSession session(QuestionId... questions) {
        Round writing = new Round("Writing exercise", Interviewer.coach(), List.of(questions[0]), 0, 60);
        Round rest = new Round("Mock interview", Interviewer.coach(), List.of(questions).subList(1, questions.length), 0, 45);
        List<Round> rounds = questions.length > 1 ? List.of(writing, rest) : List.of(writing);
        SessionPlan plan = new SessionPlan(SessionKind.PRACTICE, Optional.empty(), Level.SENIOR, Optional.empty(), rounds);
        return new InterviewSession(SessionId.random(), new UserKey("console", "u"), plan,
                new SessionState.AwaitingAnswer(Position.start(), 0), List.of(), NOW, NOW);
    }

    @Test
    void givenAWritingPrompt_eachMessageIsAddedToTheDraftAndAcknowledged() {
        Transition first = engine.answer(session(PROMPT, SPOKEN), PART_1, NOW);
        assertThat(first.next().state()).isEqualTo(new SessionState.Drafting(Position.start(), List.of(PART_1), NOW));
        assertThat(first.next().transcript()).isEmpty();
        assertThat(first.practiced()).isEmpty();
        assertThat(first.reply().plainText()).contains("words in 1 part").contains("hand it in").doesNotContain("/done");
        assertThat(first.reply().actions()).as("every surface renders Hand in its own way").contains(Action.HAND_IN);

        Transition second = engine.answer(first.next(), PART_2, NOW);
        assertThat(second.next().state()).isEqualTo(new SessionState.Drafting(Position.start(), List.of(PART_1, PART_2), NOW));
        assertThat(second.reply().plainText()).contains("in 2 parts");
    }

    @Test
    @DisplayName("the time box runs from the prompt: each part says the minutes used and left, the hand-in how long it took")
    void givenTheTimeBox_eachPartShowsTheClock_andTheHandInSaysHowLongItTook() {
        InterviewSession prompted = session(PROMPT, SPOKEN); // the prompt was shown at NOW; the box is 60 minutes
        Transition first = engine.answer(prompted, PART_1, NOW.plusSeconds(12 * 60));
        assertThat(first.reply().plainText()).contains("12 of your 60 minutes used, about 48 minutes left.");

        assertThat(first.reply().blocks()).as("the end of the box, for each surface to show as a countdown")
                .contains(new dev.loopcoach.core.reply.Block.Deadline("Time box ends", NOW.plusSeconds(60 * 60)));

        Transition second = engine.answer(first.next(), PART_2, NOW.plusSeconds(70 * 60));
        assertThat(second.reply().plainText()).contains("The 60-minute time box ran out 10 minutes ago");
        assertThat(second.reply().blocks()).as("no countdown once the box is over")
                .noneMatch(dev.loopcoach.core.reply.Block.Deadline.class::isInstance);

        Transition handedIn = engine.finishDraft(second.next(), NOW.plusSeconds(75 * 60));
        assertThat(handedIn.reply().plainText()).startsWith("Written in 75 minutes, 15 minutes over the 60-minute time box");

        InterviewSession stored = first.next().with(new SessionState.Drafting(Position.start(), List.of(PART_1)), NOW);
        assertThat(engine.finishDraft(stored, NOW.plusSeconds(3600)).reply().plainText())
                .as("a draft kept from before the timer has no start: no time line").doesNotContain("Written in");
    }

    @Test
    void givenADraft_doneReviewsTheWholeTextAsWritingAndMovesOn() {
        InterviewSession drafting = engine.answer(engine.answer(session(PROMPT, SPOKEN), PART_1, NOW).next(), PART_2, NOW).next();
        Transition done = engine.finishDraft(drafting, NOW);

        assertThat(done.next().transcript()).hasSize(1);
        Turn turn = done.next().transcript().get(0);
        assertThat(turn.kind()).isEqualTo(Turn.Kind.QUESTION);
        assertThat(turn.answer()).isEqualTo(PART_1 + "\n\n" + PART_2);
        assertThat(done.practiced()).singleElement().matches(e -> e.category() == Category.WRITING && !e.skipped());
        String text = done.reply().plainText();
        assertThat(text).contains("Writing feedback").contains("Bottom line first: yes").contains("Reading grade");
        assertThat(done.next().state()).isEqualTo(new SessionState.AwaitingAnswer(new Position(1, 0), 0));
        assertThat(text).contains(bank.find(SPOKEN).orElseThrow().text());
    }

    @Test
    void givenTheLastQuestionIsWriting_doneFinishesTheSession() {
        InterviewSession drafting = engine.answer(session(PROMPT), PART_1, NOW).next();
        Transition done = engine.finishDraft(drafting, NOW);
        assertThat(done.next().finished()).isTrue();
        assertThat(done.reply().plainText()).contains("That was the last question");
    }

    @Test
    void givenNothingDraftedYet_doneAsksForTextAndChangesNothing() {
        InterviewSession s = session(PROMPT, SPOKEN);
        Transition t = engine.finishDraft(s, NOW);
        assertThat(t.next()).isSameAs(s);
        assertThat(t.reply().kind()).isEqualTo(Reply.Kind.ERROR);
        assertThat(t.reply().plainText()).contains("Nothing to hand in yet");
    }

    @Test
    @DisplayName("spoken questions are untouched: an answer is judged at once, and /done there is a friendly no-op")
    void spokenQuestionsUnchanged() {
        InterviewSession s = session(SPOKEN, PROMPT);
        Transition answered = engine.answer(s, "I fixed the payouts bug that sat between two teams: 3 days of work, 0 escalations since.", NOW);
        assertThat(answered.next().state()).isInstanceOf(SessionState.AwaitingAnswer.class);
        assertThat(answered.next().transcript()).singleElement().matches(t -> t.kind() == Turn.Kind.QUESTION);

        Transition done = engine.finishDraft(s, NOW);
        assertThat(done.next()).isSameAs(s);
        assertThat(done.reply().plainText()).contains("no written draft");
    }

    @Test
    void givenADraft_hintRepeatAndResumeShowWhereItStands() {
        InterviewSession drafting = engine.answer(session(PROMPT, SPOKEN), PART_1, NOW).next();
        Transition hint = engine.hint(drafting, NOW);
        assertThat(hint.next()).isSameAs(drafting);
        assertThat(hint.reply().plainText()).contains("Writing hints").contains("Your draft so far");
        assertThat(engine.repeat(drafting).plainText()).contains(bank.find(PROMPT).orElseThrow().text()).contains("Your draft so far");
        assertThat(engine.resume(drafting).plainText()).contains("Welcome back").contains("Your draft so far");
    }

    @Test
    void givenAWritingPromptNotYetStarted_hintGivesWritingHints() {
        InterviewSession s = session(PROMPT, SPOKEN);
        Transition hint = engine.hint(s, NOW);
        assertThat(hint.next()).isSameAs(s);
        assertThat(hint.reply().plainText()).contains("Writing hints").contains("Nothing drafted yet")
                .contains(bank.find(PROMPT).orElseThrow().tips().get(0));
    }

    @Test
    void givenADraft_skipAndEndKeepTheTextInTheTranscript() {
        InterviewSession drafting = engine.answer(session(PROMPT, SPOKEN), PART_1, NOW).next();

        Transition skipped = engine.skip(drafting, NOW);
        assertThat(skipped.next().transcript()).singleElement()
                .matches(t -> t.kind() == Turn.Kind.SKIPPED && t.answer().equals(PART_1));
        assertThat(skipped.next().state()).isEqualTo(new SessionState.AwaitingAnswer(new Position(1, 0), 0));

        Transition ended = engine.end(drafting, NOW);
        assertThat(ended.next().finished()).isTrue();
        assertThat(ended.next().transcript()).singleElement().matches(t -> t.answer().equals(PART_1));
    }

    @Test
    void givenAPartThatWouldPassTheSizeLimit_refusesItAndKeepsTheDraft() {
        InterviewSession drafting = engine.answer(session(PROMPT, SPOKEN), PART_1, NOW).next();
        Transition t = engine.answer(drafting, "x".repeat(InterviewEngine.MAX_DRAFT_CHARS), NOW);
        assertThat(t.next()).isSameAs(drafting);
        assertThat(t.reply().kind()).isEqualTo(Reply.Kind.ERROR);
        assertThat(t.reply().plainText()).contains("did not add it").contains("unchanged");
    }

    @Test
    void doneAndSubmitParseToFinishDraft() {
        TextCommandParser parser = new TextCommandParser();
        assertThat(parser.parse("/done")).isEqualTo(new ParseResult.Parsed(new CoachCommand.FinishDraft()));
        assertThat(parser.parse("/submit")).isEqualTo(new ParseResult.Parsed(new CoachCommand.FinishDraft()));
        assertThat(parser.parse("/coach done")).isEqualTo(new ParseResult.Parsed(new CoachCommand.FinishDraft()));
    }
}
