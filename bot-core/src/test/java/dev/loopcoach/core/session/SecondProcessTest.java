package dev.loopcoach.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.CoachSettings;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.port.StoredSession;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RacingSessionStore;
import dev.loopcoach.core.testing.RealCoach;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two processes serve one user over the same data ({@link InMemoryStores#sibling()}), as two bots on one PostgreSQL
 * would. The second process's session store lets a test slip the first process's write in between its read and write.
 */
class SecondProcessTest {
    private final ManualClock clock = ManualClock.at("2025-06-03T18:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final InMemoryStores otherProcess = stores.sibling();
    private final RacingSessionStore racing = new RacingSessionStore(otherProcess.sessions());
    private final UserKey user = new UserKey("slack", "T0FAKE:U0CAND");
    private final Coach first = RealCoach.over(stores, clock, 5);
    private final Coach second = RealCoach.over(otherProcess, racing, RealCoach.builtInBank(), clock, 6, CoachSettings.defaults());

    @BeforeAll
    static void loadOnce() {
        RealCoach.builtInBank();
        RealCoach.barRaiser();
    }

    private Reply send(Coach coach, CoachCommand command) {
        clock.advance(Duration.ofSeconds(30));
        return coach.handle(user, command);
    }

    private StoredSession stored() {
        return stores.sessions().findActive(user).orElseThrow();
    }

    @Test
    void givenTwoProcesses_eachPicksUpWhereTheOtherLeftOff() {
        send(first, CoachCommand.StartInterview.defaults());
        send(first, new CoachCommand.SubmitAnswer(Answers.STRONG));

        Reply probe = send(second, new CoachCommand.Repeat());
        assertThat(probe.plainText()).contains(((SessionState.AwaitingFollowUpAnswer) stored().session().state()).probe());
        send(second, new CoachCommand.SubmitAnswer(Answers.FOLLOW_UP));
        send(first, new CoachCommand.SubmitAnswer(Answers.FOLLOW_UP));

        InterviewSession s = stored().session();
        assertThat(s.state()).isEqualTo(new SessionState.AwaitingAnswer(new Position(0, 1), 0));
        assertThat(s.transcript()).extracting(Turn::kind)
                .containsExactly(Turn.Kind.QUESTION, Turn.Kind.FOLLOW_UP, Turn.Kind.FOLLOW_UP);
        assertThat(stored().version()).isEqualTo(4);
    }

    @Test
    void givenTheOtherProcessAnsweredFirst_theStaleAnswerIsNotAppliedAndComesBackToTheUser() {
        send(first, CoachCommand.StartInterview.defaults());
        racing.beforeNextUpdate(() -> send(first, new CoachCommand.SubmitAnswer(Answers.STRONG)));

        Reply reply = send(second, new CoachCommand.SubmitAnswer(Answers.VAGUE));

        assertThat(reply.blocks().get(0)).isInstanceOf(Block.Paragraph.class);
        assertThat(reply.plainText()).contains("moved on in another window").contains("nothing is lost");
        assertThat(reply.blocks()).contains(new Block.Quote(Answers.VAGUE));
        InterviewSession s = stored().session();
        String probe = ((SessionState.AwaitingFollowUpAnswer) s.state()).probe();
        assertThat(reply.blocks()).anyMatch(b -> b instanceof Block.QuestionCard c && c.text().equals(probe));
        assertThat(s.transcript()).singleElement().matches(t -> t.answer().equals(Answers.STRONG));
        assertThat(stores.practice().entries(user)).hasSize(1);
    }

    @Test
    void givenAConflictingWriteThatLeftTheInterviewWhereItWas_theAnswerIsRetriedAndKeptOnce() {
        send(first, CoachCommand.StartInterview.defaults());
        racing.beforeNextUpdate(() -> {
            StoredSession now = stores.sessions().findActive(user).orElseThrow();
            stores.sessions().update(now.session(), now.version());
        });

        Reply reply = send(second, new CoachCommand.SubmitAnswer(Answers.STRONG));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.QUESTION);
        assertThat(racing.updateAttempts()).isEqualTo(2);
        assertThat(stored().version()).isEqualTo(3);
        assertThat(stored().session().transcript()).singleElement().matches(t -> t.answer().equals(Answers.STRONG));
        assertThat(stored().session().state()).isInstanceOf(SessionState.AwaitingFollowUpAnswer.class);
        assertThat(stores.practice().entries(user)).hasSize(1);
    }

    @Test
    void givenConflictsOnEveryAttempt_theUserGetsTheirTextBackAndNothingHalfDone() {
        send(first, CoachCommand.StartInterview.defaults());
        racing.beforeEveryUpdate(() -> {
            StoredSession now = stores.sessions().findActive(user).orElseThrow();
            stores.sessions().update(now.session(), now.version());
        });

        Reply reply = send(second, new CoachCommand.SubmitAnswer(Answers.STRONG));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ERROR);
        assertThat(reply.plainText()).contains("being changed from somewhere else").contains("send it again");
        assertThat(reply.blocks()).contains(new Block.Quote(Answers.STRONG));
        assertThat(racing.updateAttempts()).isEqualTo(3);
        assertThat(stored().session().transcript()).isEmpty();
        assertThat(stored().session().state()).isEqualTo(new SessionState.AwaitingAnswer(Position.start(), 0));
        assertThat(stores.practice().entries(user)).isEmpty();
    }

    @Test
    void givenTheOtherProcessEndedTheInterview_aLateAnswerComesBackToTheUser() {
        send(first, CoachCommand.StartInterview.defaults());
        racing.beforeNextUpdate(() -> send(first, new CoachCommand.End()));

        Reply reply = send(second, new CoachCommand.SubmitAnswer(Answers.STRONG));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ERROR);
        assertThat(reply.blocks()).contains(new Block.Quote(Answers.STRONG));
        assertThat(stores.sessions().findActive(user)).isEmpty();
        assertThat(stores.practice().entries(user)).isEmpty();
    }

    @Test
    void givenTheUnfinishedInterviewKeepsChanging_noNewInterviewStartsBesideIt() {
        send(first, CoachCommand.StartInterview.defaults());
        SessionId old = stored().session().id();
        racing.beforeEveryUpdate(() -> {
            StoredSession now = stores.sessions().findActive(user).orElseThrow();
            stores.sessions().update(now.session(), now.version());
        });

        Reply reply = send(second, CoachCommand.StartInterview.defaults());

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ERROR);
        assertThat(reply.plainText()).contains("did not start a new one").contains("try again");
        assertThat(stores.sessions().recent(user, 10)).singleElement().matches(s -> s.session().id().equals(old));
        assertThat(stored().session().id()).isEqualTo(old);
    }

    @Test
    void givenBothProcessesStartedAnInterview_theNextStartClosesBoth() {
        send(first, CoachCommand.StartInterview.defaults());
        send(first, new CoachCommand.SubmitAnswer(Answers.STRONG));
        InterviewSession one = stored().session();
        InterviewSession two = new InterviewSession(SessionId.random(), user, one.plan(),
                new SessionState.AwaitingAnswer(Position.start(), 0), java.util.List.of(), clock.now(), clock.now());
        otherProcess.sessions().create(two);

        Reply reply = send(second, CoachCommand.StartInterview.defaults());

        assertThat(reply.plainText()).contains("Your 2 previous interviews were closed (1 answer, all kept in your progress).");
        assertThat(stores.sessions().find(one.id()).orElseThrow().session().finished()).isTrue();
        assertThat(stores.sessions().find(two.id()).orElseThrow().session().finished()).isTrue();
        assertThat(stored().session().id()).isNotIn(one.id(), two.id());
    }

    @Test
    void givenAnAnswerLandingWhileANewInterviewStarts_theClosedInterviewKeepsThatAnswer() {
        send(first, CoachCommand.StartInterview.defaults());
        SessionId old = stored().session().id();
        racing.beforeNextUpdate(() -> send(first, new CoachCommand.SubmitAnswer(Answers.STRONG)));

        Reply reply = send(second, CoachCommand.StartInterview.defaults());

        assertThat(reply.plainText()).contains("Your previous interview was closed (1 answer");
        InterviewSession closed = stores.sessions().find(old).orElseThrow().session();
        assertThat(closed.finished()).isTrue();
        assertThat(closed.transcript()).singleElement().matches(t -> t.answer().equals(Answers.STRONG));
        assertThat(stored().session().id()).isNotEqualTo(old);
    }
}
