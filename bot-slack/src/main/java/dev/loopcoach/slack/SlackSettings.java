package dev.loopcoach.slack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the Slack bot connects, read from the environment. Tokens and the signing secret are never
 * printed: {@link #toString()} shows only whether each one is set.
 *
 * @param mode         socket (no public URL, needs an app-level token) or http (Slack calls our Request URL)
 * @param botToken     {@code xoxb-...}, used for every Web API call
 * @param appToken     {@code xapp-...}, socket mode only
 * @param signingSecret http mode only; requests without a valid signature are rejected with 401
 * @param bindHost     http mode: interface to listen on
 * @param port         http mode: port to listen on (0 picks a free one, for tests)
 * @param apiUrl       Web API base such as {@code https://slack.com/api/} (proxies, tests); empty means Slack's own
 * @param admins       user ids allowed to change daily settings besides workspace admins and owners
 */
public record SlackSettings(
        Mode mode,
        String botToken,
        Optional<String> appToken,
        Optional<String> signingSecret,
        String bindHost,
        int port,
        Optional<String> apiUrl,
        Set<String> admins) {

    public static final String ENV_MODE = "COACH_SLACK_MODE";
    public static final String ENV_BOT_TOKEN = "SLACK_BOT_TOKEN";
    public static final String ENV_APP_TOKEN = "SLACK_APP_TOKEN";
    public static final String ENV_SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    public static final String ENV_PORT = "COACH_SLACK_PORT";
    public static final String ENV_HOST = "COACH_SLACK_HOST";
    public static final String ENV_API_URL = "COACH_SLACK_API_URL";
    public static final String ENV_ADMINS = "COACH_SLACK_ADMINS";

    public static final int DEFAULT_PORT = 3000;
    public static final String EVENTS_PATH = "/slack/events";

    public enum Mode { SOCKET, HTTP }

    public SlackSettings {
        if (mode == null) {
            throw new SlackSettingsException("Slack mode is missing");
        }
        if (isBlank(botToken)) {
            throw new SlackSettingsException(ENV_BOT_TOKEN + " is not set: add the bot token (xoxb-...) from your Slack app's "
                    + "OAuth & Permissions page.");
        }
        appToken = appToken == null ? Optional.empty() : appToken.filter(s -> !isBlank(s));
        signingSecret = signingSecret == null ? Optional.empty() : signingSecret.filter(s -> !isBlank(s));
        apiUrl = apiUrl == null ? Optional.empty() : apiUrl.filter(s -> !isBlank(s)).map(SlackSettings::withSlash);
        if (mode == Mode.SOCKET && appToken.isEmpty()) {
            throw new SlackSettingsException(ENV_APP_TOKEN + " is not set: socket mode needs an app-level token (xapp-...) "
                    + "with the connections:write scope, or set " + ENV_MODE + "=http.");
        }
        if (mode == Mode.HTTP && signingSecret.isEmpty()) {
            throw new SlackSettingsException(ENV_SIGNING_SECRET + " is not set: http mode needs the signing secret from "
                    + "your Slack app's Basic Information page, or set " + ENV_MODE + "=socket.");
        }
        if (port < 0 || port > 65_535) {
            throw new SlackSettingsException(ENV_PORT + " must be a port number between 0 and 65535, not " + port);
        }
        bindHost = isBlank(bindHost) ? "0.0.0.0" : bindHost.trim();
        admins = admins == null ? Set.of() : Set.copyOf(admins);
    }

    /** Reads the settings; a missing or malformed value gives one message naming the variable. */
    public static SlackSettings fromEnv(Map<String, String> env) {
        String modeText = env.getOrDefault(ENV_MODE, "socket").trim().toLowerCase(Locale.ROOT);
        Mode mode;
        if (modeText.isEmpty() || modeText.equals("socket")) {
            mode = Mode.SOCKET;
        } else if (modeText.equals("http")) {
            mode = Mode.HTTP;
        } else {
            throw new SlackSettingsException(ENV_MODE + " must be 'socket' or 'http', not '" + modeText + "'");
        }
        return new SlackSettings(
                mode,
                env.get(ENV_BOT_TOKEN),
                Optional.ofNullable(env.get(ENV_APP_TOKEN)),
                Optional.ofNullable(env.get(ENV_SIGNING_SECRET)),
                env.get(ENV_HOST),
                parsePort(env.get(ENV_PORT)),
                Optional.ofNullable(env.get(ENV_API_URL)),
                parseAdmins(env.get(ENV_ADMINS)));
    }

    private static int parsePort(String text) {
        if (isBlank(text)) {
            return DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new SlackSettingsException(ENV_PORT + " must be a port number, not '" + text.trim() + "'");
        }
    }

    static Set<String> parseAdmins(String text) {
        if (isBlank(text)) {
            return Set.of();
        }
        return Arrays.stream(text.split("[,\\s]+"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String withSlash(String url) {
        String u = url.trim();
        return u.endsWith("/") ? u : u + "/";
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return "SlackSettings[mode=" + mode + ", botToken=" + (botToken.isEmpty() ? "missing" : "set")
                + ", appToken=" + (appToken.isPresent() ? "set" : "missing")
                + ", signingSecret=" + (signingSecret.isPresent() ? "set" : "missing")
                + ", bind=" + bindHost + ":" + port + ", apiUrl=" + apiUrl.orElse("default")
                + ", admins=" + admins.size() + "]";
    }

    /** A configuration problem, phrased for the person starting the bot. */
    public static final class SlackSettingsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SlackSettingsException(String message) {
            super(message);
        }
    }
}
