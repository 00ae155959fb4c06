package dev.loopcoach.core.port;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Small named settings per platform, workspace (Discord guild, Slack team) and channel, such as the
 * private-thread mode of an interview channel. Values are plain strings; the feature that owns a setting parses it.
 */
public interface ChannelSettingsStore {

    /** All settings of one channel (empty when none were set). */
    Map<String, String> settings(ChannelKey channel);

    Optional<String> get(ChannelKey channel, String name);

    /** Sets or replaces one setting. */
    void put(ChannelKey channel, String name, String value);

    /** Removes one setting; returns whether it existed. */
    boolean remove(ChannelKey channel, String name);

    /**
     * Where a setting applies. Use {@link #workspaceWide} for settings of a whole server or team.
     */
    record ChannelKey(String platform, String workspace, String channel) {
        /** The channel value of a setting that applies to the whole workspace. */
        public static final String WHOLE_WORKSPACE = "*";

        private static final Pattern PLATFORM = Pattern.compile("[a-z]{2,16}");

        public ChannelKey {
            if (platform == null || !PLATFORM.matcher(platform).matches()) {
                throw new IllegalArgumentException("platform must be 2-16 lower-case letters: " + platform);
            }
            requireId("workspace", workspace);
            requireId("channel", channel);
        }

        public static ChannelKey workspaceWide(String platform, String workspace) {
            return new ChannelKey(platform, workspace, WHOLE_WORKSPACE);
        }

        private static void requireId(String what, String value) {
            if (value == null || value.isBlank() || value.length() > 128) {
                throw new IllegalArgumentException(what + " must be 1-128 characters");
            }
        }
    }

    /** Checks a setting name: 1-64 of lower-case letters, digits, dots, dashes and underscores. */
    static String checkName(String name) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("setting name must be 1-64 lower-case letters, digits, '.', '-' or '_': " + name);
        }
        return name;
    }

    /** Checks a setting value: not null, at most 2000 characters. */
    static String checkValue(String value) {
        if (value == null || value.length() > 2000) {
            throw new IllegalArgumentException("setting value must be present and at most 2000 characters");
        }
        return value;
    }
}
