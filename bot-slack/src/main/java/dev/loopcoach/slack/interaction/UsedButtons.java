package dev.loopcoach.slack.interaction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * The component-state rule for Slack's interview buttons: the buttons of one message act once. The first click on
 * any of them (Skip, Hint, End...) is done; a second click on that message, a double click or a late click after the
 * interview moved on, is answered politely and changes nothing (Discord applies the same rule with its per-user
 * generations). Remembered in memory for a day, far longer than a message's buttons stay relevant.
 */
public final class UsedButtons {
    static final String ALREADY_USED = "That message's buttons were already used, so nothing was changed. "
            + "Use the buttons on my latest message.";

    private final Cache<String, Boolean> used;

    public UsedButtons(Duration remember, long maxEntries) {
        this.used = Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(maxEntries).build();
    }

    public static UsedButtons defaults() {
        return new UsedButtons(Duration.ofDays(1), 200_000);
    }

    /** True for the first click among a message's buttons, false for every later one. */
    public boolean firstUse(String channelId, String messageTs) {
        return used.asMap().putIfAbsent(channelId + "/" + messageTs, Boolean.TRUE) == null;
    }
}
