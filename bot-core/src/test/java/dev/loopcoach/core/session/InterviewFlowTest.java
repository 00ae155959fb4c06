package dev.loopcoach.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.CoachSettings;
import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.PracticeEntry;
import dev.loopcoach.core.port.StoredSession;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RealCoach;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every interview transition, driven through {@link Coach#handle} with the real Bar Raiser coach, the built-in bank
 * and in-memory stores.
 */
class InterviewFlowTest {
    private static QuestionBank bank;

    private final ManualClock clock = ManualClock.at("2025-06-02T09:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final UserKey user = new UserKey("discord", "1500000000000000001");
    private Coach coach = RealCoach.over(stores, clock, 7);

    @BeforeAll
    static void loadOnce() {
        bank = RealCoach.builtInBank();
        RealCoach.barRaiser();
    }

    private Reply send(CoachCommand command) {
        clock.advance(Duration.ofMinutes(2));
        return coach.handle(user, command);
    }

    private Reply answer(String text) {
        return send(new CoachCommand.SubmitAnswer(text));
    }

    private Reply startBehavioral() {
        return send(CoachCommand.StartInterview.defaults());
    }

    private InterviewSession active() {
        return coach.sessions().active(user).orElseThrow();
    }

    private StoredSession stored() {
        return stores.sessions().findActive(user).orElseThrow();
    }

    private Question current() {
        InterviewSession s = active();
        return bank.find(s.questionAt(SessionService.position(s.state()))).orElseThrow();
    }

    private static List<Block.QuestionCard> cards(Reply reply) {
        return reply.blocks().stream().filter(Block.QuestionCard.class::isInstance).map(Block.QuestionCard.class::cast).toList();
    }

    private static Block.QuestionCard onlyCard(Reply reply) {
        assertThat(cards(reply)).as("question cards in %s", reply.plainText()).hasSize(1);
        return cards(reply).get(0);
    }

    private boolean inFollowUp() {
        return coach.sessions().active(user).map(s -> s.state() instanceof SessionState.AwaitingFollowUpAnswer).orElse(false);
    }

    private List<PracticeEntry> history() {
        return stores.practice().entries(user);
    }

    @Nested
    class Start {
        @Test
        void givenTypeLevelAndPrinciple_everyPlannedQuestionMatchesThemAndTheFirstIsAsked() {
            Reply reply = send(new CoachCommand.StartInterview(Optional.of(Category.BEHAVIORAL), Optional.of(Level.SENIOR),
                    Optional.of(LeadershipPrinciple.DIVE_DEEP)));

            InterviewSession s = active();
            assertThat(s.plan().kind()).isEqualTo(SessionKind.PRACTICE);
            assertThat(s.plan().level()).isEqualTo(Level.SENIOR);
            assertThat(s.plan().focus()).contains(LeadershipPrinciple.DIVE_DEEP);
            assertThat(s.plan().totalQuestions()).isEqualTo(CoachSettings.defaults().questionsPerInterview());
            assertThat(s.plan().rounds().get(0).questions()).doesNotHaveDuplicates().allSatisfy(id -> {
                Question q = bank.find(id).orElseThrow();
                assertThat(q.category()).isEqualTo(Category.BEHAVIORAL);
                assertThat(q.lps()).contains(LeadershipPrinciple.DIVE_DEEP);
                assertThat(q.fits(Level.SENIOR)).isTrue();
            });
            assertThat(s.state()).isEqualTo(new SessionState.AwaitingAnswer(Position.start(), 0));

            assertThat(reply.kind()).isEqualTo(Reply.Kind.QUESTION);
            Block.QuestionCard card = onlyCard(reply);
            assertThat(card.label()).isEqualTo("Question 1 of 3");
            assertThat(card.text()).isEqualTo(bank.find(s.questionAt(Position.start())).orElseThrow().text());
            assertThat(card.tags()).contains("Dive Deep", "Senior PM");
            assertThat(reply.plainText()).contains("Why this question:").contains("STAR");
            assertThat(reply.actions()).contains(Action.ANSWER, Action.HINT, Action.SKIP, Action.END);
        }

        @Test
        void givenNoArguments_aBehavioralInterviewAtTheDefaultLevelStarts() {
            startBehavioral();

            InterviewSession s = active();
            assertThat(s.plan().category()).contains(Category.BEHAVIORAL);
            assertThat(s.plan().level()).isEqualTo(CoachSettings.defaults().defaultLevel());
            assertThat(s.plan().focus()).isEmpty();
        }

        @Test
        void givenAnotherType_questionsComeFromThatCategory() {
            send(new CoachCommand.StartInterview(Optional.of(Category.METRICS), Optional.of(Level.PM), Optional.empty()));

            assertThat(active().plan().rounds().get(0).questions())
                    .allSatisfy(id -> assertThat(bank.find(id).orElseThrow().category()).isEqualTo(Category.METRICS));
        }

        @Test
        void givenATypeAndPrincipleTheBankCannotServe_aFriendlyErrorStartsNothing() {
            assertThat(bank.matching(q -> q.category() == Category.RECRUITER_SCREEN && q.targets(LeadershipPrinciple.FRUGALITY)))
                    .as("precondition: no recruiter-screen question on Frugality").isEmpty();

            Reply reply = send(new CoachCommand.StartInterview(Optional.of(Category.RECRUITER_SCREEN), Optional.empty(),
                    Optional.of(LeadershipPrinciple.FRUGALITY)));

            assertThat(reply.kind()).isEqualTo(Reply.Kind.ERROR);
            assertThat(reply.plainText()).contains("Recruiter screen").contains("Frugality").contains("/help");
            assertThat(coach.sessions().active(user)).isEmpty();
        }

        @Test
        void givenTheOnlyMatchingQuestionWasJustPractised_theErrorSaysSoInsteadOfClaimingThereIsNone() {
            CoachCommand only = new CoachCommand.OneQuestion(Optional.of(Category.PROGRAM), Optional.of(Level.SENIOR),
                    Optional.of(LeadershipPrinciple.BIAS_FOR_ACTION));
            assertThat(bank.matching(q -> q.category() == Category.PROGRAM && q.targets(LeadershipPrinciple.BIAS_FOR_ACTION)))
                    .as("precondition: a single program question on Bias for Action").hasSize(1);
            send(only);
            send(new CoachCommand.Skip());

            Reply again = send(only);

            assertThat(again.kind()).isEqualTo(Reply.Kind.ERROR);
            assertThat(again.plainText()).contains("The only Program / TPM question for Bias for Action is the one you just practised")
                    .doesNotContain("I have no");
            assertThat(coach.sessions().active(user)).isEmpty();
        }

        @Test
        void givenAnUnfinishedInterview_startingAnotherClosesItAndKeepsItsAnswers() {
            startBehavioral();
            answer(Answers.STRONG);
            InterviewSession first = active();

            Reply reply = startBehavioral();

            assertThat(reply.plainText()).contains("Your previous interview was closed (1 answer, all kept in your progress)");
            assertThat(onlyCard(reply).label()).isEqualTo("Question 1 of 3");
            StoredSession closed = stores.sessions().find(first.id()).orElseThrow();
            assertThat(closed.session().state()).isInstanceOf(SessionState.Finished.class);
            assertThat(((SessionState.Finished) closed.session().state()).completed()).isFalse();
            assertThat(closed.session().transcript()).singleElement().satisfies(t -> {
                assertThat(t.kind()).isEqualTo(Turn.Kind.QUESTION);
                assertThat(t.answer()).isEqualTo(Answers.STRONG);
            });
            assertThat(history()).hasSize(1);
            assertThat(active().id()).isNotEqualTo(first.id());
            assertThat(active().transcript()).isEmpty();
        }

        @Test
        void givenTheQuestionCommand_aOneQuestionSessionAsksOnceThenSummarises() {
            Reply first = send(new CoachCommand.OneQuestion(Optional.empty(), Optional.of(Level.PM), Optional.of(LeadershipPrinciple.OWNERSHIP)));

            InterviewSession s = active();
            assertThat(s.plan().kind()).isEqualTo(SessionKind.SINGLE);
            assertThat(s.plan().totalQuestions()).isEqualTo(1);
            assertThat(onlyCard(first).label()).isEqualTo("Question 1 of 1");
            assertThat(current().primaryLp()).contains(LeadershipPrinciple.OWNERSHIP);

            Reply reply = answer(Answers.STRONG);
            int followUps = 0;
            while (inFollowUp()) {
                assertThat(followUps++).isLessThan(CoachSettings.defaults().followUpsPerQuestion());
                reply = answer(Answers.FOLLOW_UP);
            }

            assertThat(coach.sessions().active(user)).isEmpty();
            assertThat(reply.kind()).isEqualTo(Reply.Kind.SUMMARY);
            assertThat(reply.plainText()).contains("That was the last question.").contains("Questions answered: 1 of 1");
            assertThat(history()).singleElement().matches(e -> !e.skipped());
        }
    }

    @Nested
    class AnswersAndFollowUps {
        @Test
        void givenAQuestion_anAnswerGetsFeedbackAndTheFirstFollowUp() {
            startBehavioral();
            Question asked = current();

            Reply reply = answer(Answers.STRONG);

            assertThat(reply.kind()).isEqualTo(Reply.Kind.QUESTION);
            assertThat(reply.blocks()).contains(new Block.Heading("Bar Raiser feedback"));
            Block.QuestionCard card = onlyCard(reply);
            assertThat(card.label()).isEqualTo("Follow-up");
            SessionState.AwaitingFollowUpAnswer state = (SessionState.AwaitingFollowUpAnswer) active().state();
            assertThat(state.at()).isEqualTo(Position.start());
            assertThat(state.probe()).isEqualTo(card.text());
            assertThat(state.asked()).containsExactly(card.text());
            assertThat(active().transcript()).singleElement().satisfies(t -> {
                assertThat(t.kind()).isEqualTo(Turn.Kind.QUESTION);
                assertThat(t.questionId()).isEqualTo(asked.id());
                assertThat(t.answer()).isEqualTo(Answers.STRONG);
                assertThat(t.votes()).isNotEmpty();
            });
            assertThat(history()).singleElement().satisfies(e -> {
                assertThat(e.questionId()).isEqualTo(asked.id());
                assertThat(e.overall()).isPresent();
                assertThat(e.votes().keySet()).containsAll(asked.lps());
            });
        }

        @Test
        void givenAFollowUp_itsAnswerGetsFeedbackAndTheNextFollowUp() {
            startBehavioral();
            answer(Answers.STRONG);
            String firstProbe = ((SessionState.AwaitingFollowUpAnswer) active().state()).probe();

            Reply reply = answer(Answers.FOLLOW_UP);

            assertThat(reply.blocks()).contains(new Block.Heading("Follow-up feedback"));
            Block.QuestionCard card = onlyCard(reply);
            assertThat(card.label()).isEqualTo("Follow-up");
            assertThat(card.text()).isNotEqualTo(firstProbe);
            SessionState.AwaitingFollowUpAnswer state = (SessionState.AwaitingFollowUpAnswer) active().state();
            assertThat(state.asked()).containsExactly(firstProbe, card.text());
            assertThat(active().transcript()).extracting(Turn::kind).containsExactly(Turn.Kind.QUESTION, Turn.Kind.FOLLOW_UP);
            assertThat(active().transcript().get(1).prompt()).isEqualTo(firstProbe);
            assertThat(active().transcript().get(1).answer()).isEqualTo(Answers.FOLLOW_UP);
            assertThat(history()).as("follow-ups add no history entry of their own").hasSize(1);
        }

        @Test
        void givenTheLastAllowedFollowUp_itsAnswerMovesToTheNextQuestion() {
            startBehavioral();
            answer(Answers.STRONG);
            answer(Answers.FOLLOW_UP);

            Reply reply = answer(Answers.FOLLOW_UP);

            Block.QuestionCard card = onlyCard(reply);
            assertThat(card.label()).isEqualTo("Question 2 of 3");
            assertThat(active().state()).isEqualTo(new SessionState.AwaitingAnswer(new Position(0, 1), 0));
            assertThat(card.text()).isEqualTo(current().text());
        }

        @ParameterizedTest(name = "followUpsPerQuestion = {0}")
        @ValueSource(ints = {0, 1, 2, 3})
        void givenAFollowUpLimit_noQuestionGetsMoreAndTheChainRunsToIt(int limit) {
            coach = RealCoach.over(stores, clock, 11, new CoachSettings(3, limit, Level.SENIOR, 20_000));
            startBehavioral();
            InterviewSession started = active();

            int moves = 0;
            Reply last = null;
            while (coach.sessions().active(user).isPresent()) {
                assertThat(moves++).as("the interview ends").isLessThan(20);
                boolean followUp = active().state() instanceof SessionState.AwaitingFollowUpAnswer;
                last = answer(followUp ? Answers.VAGUE : Answers.STRONG);
                assertThat(last.kind()).as(last.plainText()).isNotEqualTo(Reply.Kind.ERROR);
                if (limit == 0) {
                    assertThat(cards(last)).noneMatch(c -> c.label().equals("Follow-up"));
                }
            }

            InterviewSession done = stores.sessions().find(started.id()).orElseThrow().session();
            Map<QuestionId, Long> followUpsPerQuestion = done.transcript().stream().filter(t -> t.kind() == Turn.Kind.FOLLOW_UP)
                    .collect(Collectors.groupingBy(Turn::questionId, Collectors.counting()));
            for (QuestionId id : started.plan().rounds().get(0).questions()) {
                assertThat(followUpsPerQuestion.getOrDefault(id, 0L)).as("follow-ups on %s", id).isEqualTo((long) limit);
            }
            assertThat(done.state()).isInstanceOf(SessionState.Finished.class);
            assertThat(((SessionState.Finished) done.state()).completed()).isTrue();
            assertThat(last.plainText()).contains("That was the last question.").contains("Questions answered: 3 of 3")
                    .contains("Follow-ups answered: " + 3 * limit);
        }
    }

    @Nested
    class Hints {
        @Test
        void givenAMainQuestion_successiveHintsWalkThroughTheTipsAndSayWhichIsTheLast() {
            startBehavioral();
            Question q = current();
            int expected = q.tips().size() + 2; // the question's tips, what interviewers listen for, the STAR reminder

            List<String> texts = new ArrayList<>();
            for (int i = 1; i <= expected; i++) {
                Reply hint = send(new CoachCommand.Hint());
                assertThat(hint.blocks()).first().isEqualTo(new Block.Heading("Hint " + i + " of " + expected));
                texts.add(((Block.Paragraph) hint.blocks().get(1)).text());
                assertThat(hint.plainText()).contains(i < expected ? "Ask again for another hint" : "That was the last hint");
                assertThat(active().state()).isEqualTo(new SessionState.AwaitingAnswer(Position.start(), i));
            }
            assertThat(texts).doesNotHaveDuplicates();
            assertThat(texts.subList(0, q.tips().size())).containsExactlyElementsOf(q.tips());
            assertThat(texts.get(expected - 2)).contains(q.primaryLp().orElseThrow().displayName());
            assertThat(texts.get(expected - 1)).isEqualTo(SessionView.STAR_REMINDER);

            Reply again = send(new CoachCommand.Hint());
            assertThat(again.kind()).isNotEqualTo(Reply.Kind.ERROR);
            assertThat(again.plainText()).contains(SessionView.STAR_REMINDER).contains("That was the last hint");
            assertThat(active().transcript()).isEmpty();
        }

        @Test
        void givenAFollowUp_aHintExplainsHowToAnswerItAndChangesNothing() {
            startBehavioral();
            answer(Answers.STRONG);
            StoredSession before = stored();

            Reply hint = send(new CoachCommand.Hint());

            assertThat(hint.plainText()).contains("Answer the follow-up directly").contains("Why it is asked:");
            assertThat(stored()).isEqualTo(before);
        }
    }

    @Nested
    class SkipAndRepeat {
        @Test
        void givenAMainQuestion_skipRecordsItAndAsksTheNext() {
            startBehavioral();
            Question skipped = current();

            Reply reply = send(new CoachCommand.Skip());

            assertThat(reply.plainText()).startsWith("Skipped.");
            assertThat(onlyCard(reply).label()).isEqualTo("Question 2 of 3");
            assertThat(active().state()).isEqualTo(new SessionState.AwaitingAnswer(new Position(0, 1), 0));
            assertThat(active().transcript()).singleElement()
                    .matches(t -> t.kind() == Turn.Kind.SKIPPED && t.questionId().equals(skipped.id()) && !t.answered());
            assertThat(history()).singleElement().matches(e -> e.skipped() && e.questionId().equals(skipped.id()));
        }

        @Test
        void givenAFollowUp_skipMovesToTheNextQuestionKeepingTheAnswer() {
            startBehavioral();
            answer(Answers.STRONG);

            Reply reply = send(new CoachCommand.Skip());

            assertThat(reply.plainText()).startsWith("Follow-up skipped; moving on.");
            assertThat(onlyCard(reply).label()).isEqualTo("Question 2 of 3");
            assertThat(active().transcript()).singleElement().matches(t -> t.answer().equals(Answers.STRONG));
            assertThat(history()).singleElement().matches(e -> !e.skipped());
        }

        @Test
        void givenTheLastQuestion_skipEndsWithTheSummary() {
            startBehavioral();
            send(new CoachCommand.Skip());
            send(new CoachCommand.Skip());
            InterviewSession s = active();

            Reply reply = send(new CoachCommand.Skip());

            assertThat(coach.sessions().active(user)).isEmpty();
            assertThat(reply.kind()).isEqualTo(Reply.Kind.SUMMARY);
            assertThat(reply.plainText()).contains("Questions answered: 0 of 3").contains("Skipped: 3")
                    .contains("Overall: no answers to judge").contains("Q3 (" + s.plan().rounds().get(0).questions().get(2) + "): ")
                    .contains(" -> skipped");
            assertThat(stores.sessions().find(s.id()).orElseThrow().session().finished()).isTrue();
        }

        @Test
        void givenAQuestionOrFollowUp_repeatShowsItAgainWithoutWriting() {
            startBehavioral();
            StoredSession before = stored();
            Block.QuestionCard main = onlyCard(send(new CoachCommand.Repeat()));
            assertThat(main.label()).isEqualTo("Question 1 of 3");
            assertThat(main.text()).isEqualTo(current().text());
            assertThat(stored()).isEqualTo(before);

            answer(Answers.STRONG);
            StoredSession inFollowUp = stored();
            Block.QuestionCard probe = onlyCard(send(new CoachCommand.Repeat()));
            assertThat(probe.label()).isEqualTo("Follow-up");
            assertThat(probe.text()).isEqualTo(((SessionState.AwaitingFollowUpAnswer) active().state()).probe());
            assertThat(stored()).isEqualTo(inFollowUp);
        }
    }

    @Nested
    class EndAndResume {
        @Test
        void givenAnAnsweredQuestion_endSummarisesWhatWasAskedAndMarksTheInterviewUnfinished() {
            startBehavioral();
            Question first = current();
            answer(Answers.STRONG);
            answer(Answers.FOLLOW_UP);
            send(new CoachCommand.Skip());
            Question pending = current();
            InterviewSession s = active();

            Reply summary = send(new CoachCommand.End());

            assertThat(summary.kind()).isEqualTo(Reply.Kind.SUMMARY);
            String text = summary.plainText();
            assertThat(text).contains("Interview summary").contains("ended early").contains("Questions answered: 1 of 3")
                    .contains("Follow-ups answered: 1");
            assertThat(text).contains("Q1 (" + first.id() + "): " + PracticeSummary.shorten(first.text(), 140));
            assertThat(text).contains(" (" + pending.id() + "): " + PracticeSummary.shorten(pending.text(), 140) + " -> not answered");
            assertThat(text).contains("Votes per Leadership Principle").contains(first.lps().get(0).displayName());
            assertThat(summary.actions()).containsExactly(Action.NEW_INTERVIEW);
            SessionState end = stores.sessions().find(s.id()).orElseThrow().session().state();
            assertThat(end).isEqualTo(new SessionState.Finished(clock.now(), false));
        }

        @Test
        void givenAnEndedInterview_thereIsNothingToResumeAndAnswersAreNotTaken() {
            startBehavioral();
            send(new CoachCommand.End());

            Reply resume = send(new CoachCommand.Resume());
            assertThat(resume.plainText()).contains("You have no unfinished interview");
            assertThat(resume.actions()).contains(Action.NEW_INTERVIEW);

            Reply late = answer(Answers.STRONG);
            assertThat(late.kind()).isEqualTo(Reply.Kind.ERROR);
            assertThat(late.plainText()).contains("No question is waiting for an answer");
            assertThat(history()).isEmpty();

            assertThat(send(new CoachCommand.End()).plainText()).contains("No question is waiting");
        }

        @Test
        void givenAnInterviewInAFollowUp_resumeWelcomesBackWithThePendingProbe() {
            startBehavioral();
            answer(Answers.STRONG);
            String probe = ((SessionState.AwaitingFollowUpAnswer) active().state()).probe();
            StoredSession before = stored();

            coach = RealCoach.over(stores.sibling(), clock, 99);
            Reply resumed = send(new CoachCommand.Resume());

            assertThat(resumed.plainText()).startsWith("Welcome back.").contains("(1 answer so far, all kept)");
            Block.QuestionCard card = onlyCard(resumed);
            assertThat(card.label()).isEqualTo("Follow-up");
            assertThat(card.text()).isEqualTo(probe);
            assertThat(stored()).isEqualTo(before);
        }

        @Test
        void givenARestart_theNextOtherCommandOffersResume() {
            startBehavioral();
            answer(Answers.STRONG);
            send(new CoachCommand.Skip());

            coach = RealCoach.over(stores.sibling(), clock, 99);
            Reply progress = send(new CoachCommand.ShowProgress());
            Reply help = send(new CoachCommand.Help());

            for (Reply r : List.of(progress, help)) {
                assertThat(r.blocks()).last().isEqualTo(new Block.Paragraph(
                        "You have an unfinished interview at question 2 of 3. Use /resume to continue it."));
            }
        }

        @Test
        void givenAnUnfinishedInterview_otherRepliesKeepTheirOwnActionsBesideTheReminder() {
            startBehavioral();

            Reply delete = send(new CoachCommand.DeleteMyData(false));
            Reply progress = send(new CoachCommand.ShowProgress());

            assertThat(delete.plainText()).contains("Delete all your data?").contains("Use /resume");
            assertThat(delete.actions()).containsExactly(Action.CONFIRM_DELETE, Action.KEEP_DATA);
            assertThat(progress.plainText()).contains("Use /resume");
            assertThat(progress.actions()).containsExactly(Action.NEW_INTERVIEW);
            assertThat(stores.holdsAnythingAbout(user, Set.of())).isTrue();
        }

        @Test
        void givenNoInterview_otherCommandsCarryNoReminder() {
            startBehavioral();
            send(new CoachCommand.End());

            Reply help = send(new CoachCommand.Help());

            assertThat(help.plainText()).doesNotContain("unfinished interview");
        }
    }

    @Nested
    class BadInput {
        @Test
        void givenNoInterview_anAnswerGetsAFriendlyErrorAndNothingIsStored() {
            Reply reply = answer(Answers.STRONG);

            assertThat(reply.kind()).isEqualTo(Reply.Kind.ERROR);
            assertThat(reply.plainText()).contains("No question is waiting for an answer").contains("/mockinterview")
                    .contains("/story add");
            assertThat(stores.holdsAnythingAbout(user, Set.of())).isFalse();
        }

        @Test
        void givenNoInterview_hintSkipRepeatAndEndExplainHowToStart() {
            for (CoachCommand c : List.of(new CoachCommand.Hint(), new CoachCommand.Skip(), new CoachCommand.Repeat(),
                    new CoachCommand.End())) {
                Reply reply = send(c);
                assertThat(reply.kind()).as("%s", c).isEqualTo(Reply.Kind.ERROR);
                assertThat(reply.plainText()).contains("/mockinterview");
            }
            assertThat(stores.holdsAnythingAbout(user, Set.of())).isFalse();
        }

        @Test
        void givenAnEmptyAnswer_aFriendlyErrorLeavesTheSessionAsItWas() {
            startBehavioral();
            StoredSession before = stored();

            for (String empty : List.of("", "   ", "\n\t \n")) {
                Reply reply = answer(empty);
                assertThat(reply.kind()).isEqualTo(Reply.Kind.ERROR);
                assertThat(reply.plainText()).contains("That answer was empty");
            }
            assertThat(stored()).isEqualTo(before);
            assertThat(history()).isEmpty();
        }

        @Test
        void givenAnAnswerOverTheLimit_aFriendlyErrorNamesTheLimitAndLeavesTheSessionAsItWas() {
            coach = RealCoach.over(stores, clock, 7, new CoachSettings(3, 2, Level.SENIOR, 2_000));
            startBehavioral();
            answer(Answers.STRONG);
            StoredSession before = stored();
            String tooLong = (Answers.FOLLOW_UP + " ").repeat(20).strip();
            assertThat(tooLong.length()).isGreaterThan(2_000);

            Reply reply = answer(tooLong);

            assertThat(reply.kind()).isEqualTo(Reply.Kind.ERROR);
            assertThat(reply.plainText()).contains(tooLong.length() + " characters").contains("up to 2000");
            assertThat(stored()).isEqualTo(before);
            assertThat(history()).hasSize(1);
        }

        @Test
        void givenAnAnswerExactlyAtTheLimit_itIsTaken() {
            coach = RealCoach.over(stores, clock, 7, new CoachSettings(3, 2, Level.SENIOR, 2_000));
            startBehavioral();
            String atLimit = (Answers.STRONG + " ").repeat(5).substring(0, 2_000);

            Reply reply = answer(atLimit);

            assertThat(reply.kind()).isNotEqualTo(Reply.Kind.ERROR);
            assertThat(active().transcript()).singleElement().matches(t -> t.answer().equals(atLimit.strip()));
        }
    }

    @Test
    @DisplayName("a whole default interview answered well: three questions, their follow-ups, a completed summary, three history entries")
    void wholeInterview() {
        startBehavioral();
        List<QuestionId> asked = new ArrayList<>();
        Reply last = null;
        while (coach.sessions().active(user).isPresent()) {
            InterviewSession s = active();
            if (s.state() instanceof SessionState.AwaitingAnswer) {
                asked.add(current().id());
                last = answer(Answers.STRONG);
            } else {
                last = answer(Answers.FOLLOW_UP);
            }
        }
        assertThat(asked).hasSize(3).doesNotHaveDuplicates();
        assertThat(history()).extracting(PracticeEntry::questionId).containsExactlyElementsOf(asked);
        assertThat(last.plainText()).contains("Questions answered: 3 of 3").doesNotContain("ended early");
    }
}
