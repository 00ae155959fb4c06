package dev.loopcoach.core.daily;

import dev.loopcoach.core.port.ChannelSettingsStore;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.port.UserPrefs;
import dev.loopcoach.core.port.UserPrefsStore;
import dev.loopcoach.core.reply.Reply;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where the verdict on a daily-thread answer goes (the policy in one place): privately when the channel's admins chose
 * private verdicts for everyone, or when the person chose it for themselves; otherwise in the thread, under the
 * answer. Either way the answer itself stays public, so the thread keeps its discussion.
 */
public final class VerdictPrivacy {
    /** The channel setting's name; its value is {@code private} or {@code public}. */
    public static final String SETTING = "daily-verdicts";
    private static final Set<String> PRIVATE = Set.of("private", "privately", "dm", "me", "on");
    private static final Set<String> PUBLIC = Set.of("public", "publicly", "thread", "off");

    private final ChannelSettingsStore channels;
    private final UserPrefsStore prefs;

    public VerdictPrivacy(ChannelSettingsStore channels, UserPrefsStore prefs) {
        this.channels = channels;
        this.prefs = prefs;
    }

    /** Whether the verdict on {@code user}'s answer in {@code channel} is sent to them privately. */
    public boolean privately(ChannelKey channel, UserKey user) {
        return channelPrivate(channel) || prefs.get(user).privateVerdicts();
    }

    public boolean channelPrivate(ChannelKey channel) {
        return channels.get(key(channel), SETTING).map("private"::equals).orElse(false);
    }

    /** An admin's choice for the channel; the adapters have checked the permission. */
    public Reply setChannel(ChannelKey channel, boolean privately) {
        channels.put(key(channel), SETTING, privately ? "private" : "public");
        return Reply.info(privately
                ? "Verdicts on answers under this channel's daily questions now go to each person privately; the answers stay in the thread for everyone to discuss."
                : "Verdicts on answers under this channel's daily questions are posted in the thread again (people who chose private verdicts still get theirs privately).");
    }

    /** "private", "public", or empty to show the person's current choice. */
    public static Optional<Boolean> parse(String word) {
        String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        return PRIVATE.contains(w) ? Optional.of(true) : PUBLIC.contains(w) ? Optional.of(false) : Optional.empty();
    }

    /** A person's own choice, set or shown; it needs no channel, so every surface offers it. */
    public static Reply setForUser(UserPrefsStore prefs, UserKey user, String arg) {
        UserPrefs p = prefs.get(user);
        if (arg == null || arg.isBlank()) {
            return Reply.info("Verdicts on your answers under daily questions are " + (p.privateVerdicts()
                    ? "sent to you privately." : "posted in the thread, under your answer.")
                    + " Change it with /verdicts private or /verdicts public.");
        }
        Optional<Boolean> choice = parse(arg);
        if (choice.isEmpty()) {
            return Reply.error("Say /verdicts private (the verdict comes to you privately, your answer stays in the thread) "
                    + "or /verdicts public (the verdict is posted under your answer).");
        }
        prefs.put(user, p.withPrivateVerdicts(choice.get()));
        return Reply.info(choice.get()
                ? "From now on the verdict on your daily-thread answers comes to you privately; your answer stays in the thread for discussion."
                : "From now on the verdict on your daily-thread answers is posted in the thread, under your answer.");
    }

    private static ChannelSettingsStore.ChannelKey key(ChannelKey c) {
        return new ChannelSettingsStore.ChannelKey(c.platform(), c.workspaceId(), c.channelId());
    }
}
