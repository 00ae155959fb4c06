package dev.loopcoach.core.loop;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.PracticeLog;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.session.SessionPlan;
import dev.loopcoach.core.session.SessionService;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /mockinterview loop [level]}: plans the whole loop for the user, stores it, and asks the first question. */
public final class MockLoop implements Coach.LoopStarter {
    private static final Logger log = LoggerFactory.getLogger(MockLoop.class);

    private final QuestionBank bank;
    private final LoopPlanner planner;
    private final PracticeLog practice;
    private final Clock clock;
    private final RandomGenerator random;
    private final Level defaultLevel;

    public MockLoop(QuestionBank bank, PracticeLog practice, Clock clock, RandomGenerator random, Level defaultLevel) {
        this.bank = bank;
        this.planner = new LoopPlanner(bank);
        this.practice = practice;
        this.clock = clock;
        this.random = random;
        this.defaultLevel = defaultLevel;
    }

    @Override
    public Reply start(UserKey user, CoachCommand.StartLoop command, SessionService sessions) {
        Level level = command.level().orElse(defaultLevel);
        Instant now = clock.now();
        SessionPlan plan;
        try {
            plan = planner.plan(level, practice.entries(user), now, random);
        } catch (LoopPlanningException e) {
            log.warn("cannot plan a {} loop for {}: {}", level, user, e.getMessage());
            return Reply.error("I can't put a full loop together right now: " + e.getMessage()
                    + ". Try another level, or practise single rounds with /mockinterview.");
        }
        log.debug("loop planned for {} at {}: {} rounds, {} questions", user, level, plan.rounds().size(), plan.totalQuestions());
        return LoopView.intro(plan, bank).then(sessions.begin(user, plan, now));
    }
}
