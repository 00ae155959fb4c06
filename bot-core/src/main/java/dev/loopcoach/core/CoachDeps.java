package dev.loopcoach.core;

import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.coaching.AnswerCoach;
import dev.loopcoach.core.coaching.PrincipleTagger;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.PracticeLog;
import dev.loopcoach.core.port.PrivacyStore;
import dev.loopcoach.core.port.SessionStore;
import dev.loopcoach.core.port.StoryStore;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.port.UserPrefsStore;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** What the coach needs from the outside world; adapters and tests assemble it. */
public record CoachDeps(
        QuestionBank bank,
        AnswerCoach answerCoach,
        PrincipleTagger tagger,
        SessionStore sessions,
        PracticeLog practice,
        StoryStore stories,
        PrivacyStore privacy,
        UserPrefsStore prefs,
        Clock clock,
        RandomGenerator random,
        CoachSettings settings,
        java.util.function.Function<UserKey, java.util.Optional<dev.loopcoach.core.lp.LeadershipPrinciple>> weekFocus) {

    /** Without a principle of the week for anyone (no community sets one). */
    public CoachDeps(QuestionBank bank, AnswerCoach answerCoach, PrincipleTagger tagger, SessionStore sessions,
                     PracticeLog practice, StoryStore stories, PrivacyStore privacy, UserPrefsStore prefs, Clock clock,
                     RandomGenerator random, CoachSettings settings) {
        this(bank, answerCoach, tagger, sessions, practice, stories, privacy, prefs, clock, random, settings,
                user -> java.util.Optional.empty());
    }

    public CoachDeps {
        Objects.requireNonNull(weekFocus, "weekFocus");
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(answerCoach, "answerCoach");
        Objects.requireNonNull(tagger, "tagger");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(stories, "stories");
        Objects.requireNonNull(privacy, "privacy");
        Objects.requireNonNull(prefs, "prefs");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(settings, "settings");
    }
}
