package dev.loopcoach.slack.interaction;

import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.port.UserPrefs;
import dev.loopcoach.core.port.UserPrefsStore;
import dev.loopcoach.core.reply.Reply;

/** Turns coaching on a user's thread replies off or on (stored in the core's user preferences). */
public final class ThreadCoachingSwitch {
    private final UserPrefsStore prefs;

    public ThreadCoachingSwitch(UserPrefsStore prefs) {
        this.prefs = prefs;
    }

    public boolean muted(UserKey user) {
        return prefs.get(user).threadCoachingMuted();
    }

    /** Snoozes thread coaching until the end of {@code until}; it comes back by itself afterwards. */
    public Reply snooze(UserKey user, java.time.LocalDate until) {
        prefs.put(user, prefs.get(user).withCoaching(false, java.util.Optional.of(until)));
        return dev.loopcoach.core.daily.ThreadView.snoozed("slack", until);
    }

    public Reply set(UserKey user, boolean mute) {
        prefs.put(user, prefs.get(user).withCoaching(mute, java.util.Optional.empty()));
        return Reply.info(mute
                ? "Thread coaching is off for you: I will not answer your replies under daily questions. "
                        + "Turn it back on with /coach unmute."
                : "Thread coaching is on: reply under a daily question and I will coach you in the thread.");
    }
}
