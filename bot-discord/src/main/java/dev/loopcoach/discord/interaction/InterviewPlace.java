package dev.loopcoach.discord.interaction;

import dev.loopcoach.core.port.ChannelSettingsStore;
import dev.loopcoach.core.port.ChannelSettingsStore.ChannelKey;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.Interaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a server's interviews take place, chosen per server by an admin: private replies in the
 * channel (the default), or a private thread per interview. The choice is a server-wide setting in the
 * shared store, so every process sees it.
 */
public final class InterviewPlace {
    private static final Logger log = LoggerFactory.getLogger(InterviewPlace.class);
    public static final String SETTING = "discord.interview-mode";

    /** The two ways a server can host interviews. */
    public enum Mode {
        EPHEMERAL("ephemeral", "Private replies in the channel"),
        PRIVATE_THREAD("private-thread", "A private thread per interview");

        private final String key;
        private final String label;

        Mode(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public static Optional<Mode> parse(String text) {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(m -> m.key.equals(t)).findFirst();
        }
    }

    private final Optional<ChannelSettingsStore> settings;
    /**
     * Each server's mode, read on the gateway thread before the defer: kept for a minute and refreshed in the background
     * after 20 seconds, so only a server's first interaction in a while waits for the database (a change made by another
     * instance shows within 20 seconds; one made here at once).
     */
    private final com.github.benmanes.caffeine.cache.LoadingCache<String, Mode> modes;

    public InterviewPlace(Optional<ChannelSettingsStore> settings) {
        this.settings = settings;
        this.modes = com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(java.time.Duration.ofMinutes(1))
                .refreshAfterWrite(java.time.Duration.ofSeconds(20))
                .build(this::read);
    }

    /** Whether servers can choose (a settings store is connected). */
    public boolean configurable() {
        return settings.isPresent();
    }

    /** The mode for an interaction: DMs and servers without a choice use private replies. */
    public Mode mode(Interaction interaction) {
        if (!interaction.isFromGuild() || interaction.getGuild() == null || settings.isEmpty()) {
            return Mode.EPHEMERAL;
        }
        return modeOf(interaction.getGuild().getId());
    }

    /** A server's mode (cached as above); private replies when it cannot be read. */
    Mode modeOf(String guildId) {
        try {
            return modes.get(guildId);
        } catch (RuntimeException e) {
            log.warn("could not read the interview mode of guild {}; using private replies: {}", guildId, e.toString());
            return Mode.EPHEMERAL;
        }
    }

    private Mode read(String guildId) {
        return settings.orElseThrow().get(key(guildId), SETTING).flatMap(Mode::parse).orElse(Mode.EPHEMERAL);
    }

    public void set(String guildId, Mode mode) {
        settings.orElseThrow(() -> new IllegalStateException("no settings store")).put(key(guildId), SETTING, mode.key());
        modes.put(guildId, mode);
    }

    private static ChannelKey key(String guildId) {
        return ChannelKey.workspaceWide(Privacy.PLATFORM, guildId);
    }
}
