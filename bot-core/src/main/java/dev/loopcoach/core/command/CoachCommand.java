package dev.loopcoach.core.command;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.Optional;

/**
 * Everything a user can ask of the coach, whatever the platform. Adapters parse their input into one
 * of these and hand it to {@link dev.loopcoach.core.Coach#handle}.
 */
public sealed interface CoachCommand {

    /** /mockinterview [type] [level] [lp] */
    record StartInterview(Optional<Category> type, Optional<Level> level, Optional<LeadershipPrinciple> lp, boolean timed)
            implements CoachCommand {
        public StartInterview(Optional<Category> type, Optional<Level> level, Optional<LeadershipPrinciple> lp) {
            this(type, level, lp, false);
        }

        public static StartInterview defaults() {
            return new StartInterview(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** /mockinterview loop [level]: screens, writing exercise, five-interviewer loop, debrief. */
    record StartLoop(Optional<Level> level) implements CoachCommand {
    }

    /** /mockinterview writing [prompt id] */
    record StartWriting(Optional<String> promptId) implements CoachCommand {
    }

    /**
     * /question [type] [level] [lp], or /question &lt;id&gt; [level]: one question with feedback. With an id, exactly that bank
     * question is asked; a type or principle given as well must fit it.
     */
    record OneQuestion(Optional<Category> type, Optional<Level> level, Optional<LeadershipPrinciple> lp, Optional<QuestionId> id)
            implements CoachCommand {

        /** A question chosen for the user. */
        public OneQuestion(Optional<Category> type, Optional<Level> level, Optional<LeadershipPrinciple> lp) {
            this(type, level, lp, Optional.empty());
        }

        /** Exactly the bank question {@code id}. */
        public static OneQuestion byId(QuestionId id, Optional<Level> level) {
            return new OneQuestion(Optional.empty(), level, Optional.empty(), Optional.of(id));
        }
    }

    /** An answer to whatever the session is waiting for. */
    record SubmitAnswer(String text) implements CoachCommand {
    }

    /** /done or /submit: hands in a written answer drafted over several messages. */
    record FinishDraft() implements CoachCommand {
    }

    record Hint() implements CoachCommand {
    }

    record Skip() implements CoachCommand {
    }

    record Repeat() implements CoachCommand {
    }

    record End() implements CoachCommand {
    }

    record Resume() implements CoachCommand {
    }

    /** /lp [name]: the explainer for one principle, or the list of all 16. */
    record ExplainLp(Optional<String> name) implements CoachCommand {
    }

    record ShowProgress() implements CoachCommand {
    }

    /** /story bullets: resume bullets pasted after it become STAR drafts in the story bank. */
    record DraftStoriesFromBullets(String text) implements CoachCommand {
        public DraftStoriesFromBullets {
            java.util.Objects.requireNonNull(text, "text");
        }
    }

    /** /timezone <zone>: the zone the person's days are counted in (streaks, "last practised"); empty shows it. */
    record SetTimeZone(String zone) implements CoachCommand {
        public SetTimeZone {
            java.util.Objects.requireNonNull(zone, "zone");
        }
    }

    /** /history [id]: the questions answered, or every attempt at one question and what changed. */
    record ShowHistory(Optional<String> questionId) implements CoachCommand {
        public ShowHistory {
            java.util.Objects.requireNonNull(questionId, "questionId");
        }
    }

    /** /plan [date [level] [focus] | off | ics]: a prep plan to the interview date, shown, exported or stopped. */
    record Plan(String text) implements CoachCommand {
        public Plan {
            java.util.Objects.requireNonNull(text, "text");
        }
    }

    /** /drill [answer]: the story drill due first, or the answer to it. */
    record Drill(String text) implements CoachCommand {
        public Drill {
            java.util.Objects.requireNonNull(text, "text");
        }
    }

    /** /verdicts [private|public]: whether verdicts on your daily-thread answers come privately; empty shows it. */
    record Verdicts(String choice) implements CoachCommand {
        public Verdicts {
            java.util.Objects.requireNonNull(choice, "choice");
        }
    }

    record ListStories() implements CoachCommand {
    }

    record AddStory(String title, String text) implements CoachCommand {
    }

    /** Saves the user's latest answer as a story. */
    record SaveAnswerAsStory(String title) implements CoachCommand {
    }

    record ExportMyData() implements CoachCommand {
    }

    /** Without confirmation this only asks for it; nothing is deleted. */
    record DeleteMyData(boolean confirmed) implements CoachCommand {
    }

    record Help() implements CoachCommand {
    }

    /** /coach process | levels | star | tips [resume|thank-you|offer|mistakes] */
    record Handbook(String topic, Optional<String> arg) implements CoachCommand {
    }
}
