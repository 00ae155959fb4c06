package dev.loopcoach.core.port;

public interface UserPrefsStore {
    UserPrefs get(UserKey user);

    void put(UserKey user, UserPrefs prefs);
}
