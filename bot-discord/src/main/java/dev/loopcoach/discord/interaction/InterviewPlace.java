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

    public InterviewPlace(Optional<ChannelSettingsStore> settings) {
        this.settings = settings;
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
        try {
            return settings.get().get(key(interaction.getGuild().getId()), SETTING).flatMap(Mode::parse).orElse(Mode.EPHEMERAL);
        } catch (RuntimeException e) {
            log.warn("could not read the interview mode of guild {}; using private replies: {}", interaction.getGuild().getId(), e.toString());
            return Mode.EPHEMERAL;
        }
    }

    public void set(String guildId, Mode mode) {
        settings.orElseThrow(() -> new IllegalStateException("no settings store")).put(key(guildId), SETTING, mode.key());
    }

    private static ChannelKey key(String guildId) {
        return ChannelKey.workspaceWide(Privacy.PLATFORM, guildId);
    }
}
