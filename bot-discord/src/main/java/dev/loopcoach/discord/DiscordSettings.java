package dev.loopcoach.discord;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the Discord adapter connects, read from the environment.
 *
 * <table>
 *   <caption>Environment variables</caption>
 *   <tr><td>{@code DISCORD_TOKEN}</td><td>bot token (secret, required)</td></tr>
 *   <tr><td>{@code COACH_DISCORD_GUILD}</td><td>dev guild id: commands are registered there (instant) instead of globally</td></tr>
 *   <tr><td>{@code COACH_DISCORD_API_URL}</td><td>REST base, e.g. {@code http://127.0.0.1:8080/api/v10/}</td></tr>
 *   <tr><td>{@code COACH_DISCORD_GATEWAY_URL}</td><td>gateway websocket URL, e.g. {@code ws://127.0.0.1:8081/}</td></tr>
 *   <tr><td>{@code COACH_DISCORD_SHARDS_TOTAL}</td><td>total shards of the bot (all processes); absent: Discord's recommendation</td></tr>
 *   <tr><td>{@code COACH_DISCORD_SHARD_RANGE}</td><td>shards this process runs, e.g. {@code 0-3}; needs the total</td></tr>
 * </table>
 *
 * @param token the bot token; never logged ({@link #toString()} hides it)
 * @param devGuildId guild to register commands in, if any
 * @param apiUrl REST base URL override
 * @param gatewayUrl gateway URL override
 * @param shardsTotal total shard count, empty for Discord's recommendation
 * @param shardRange the shards this process starts, empty for all
 */
public record DiscordSettings(
        String token,
        Optional<String> devGuildId,
        Optional<String> apiUrl,
        Optional<String> gatewayUrl,
        OptionalInt shardsTotal,
        Optional<ShardRange> shardRange) {

    private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,20}");

    public DiscordSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("DISCORD_TOKEN is not set: create a bot at https://discord.com/developers/applications"
                    + " and export its token (see docs/discord.md)");
        }
        Objects.requireNonNull(devGuildId, "devGuildId");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(gatewayUrl, "gatewayUrl");
        Objects.requireNonNull(shardsTotal, "shardsTotal");
        Objects.requireNonNull(shardRange, "shardRange");
        devGuildId.ifPresent(id -> {
            if (!SNOWFLAKE.matcher(id).matches()) {
                throw new IllegalArgumentException("COACH_DISCORD_GUILD must be a guild id (digits only), got '" + id + "'");
            }
        });
        apiUrl.ifPresent(url -> {
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw new IllegalArgumentException("COACH_DISCORD_API_URL must start with http:// or https://, got '" + url + "'");
            }
        });
        gatewayUrl.ifPresent(url -> {
            if (!url.startsWith("ws://") && !url.startsWith("wss://")) {
                throw new IllegalArgumentException("COACH_DISCORD_GATEWAY_URL must start with ws:// or wss://, got '" + url + "'");
            }
        });
        if (shardsTotal.isPresent() && shardsTotal.getAsInt() < 1) {
            throw new IllegalArgumentException("COACH_DISCORD_SHARDS_TOTAL must be at least 1");
        }
        if (shardRange.isPresent()) {
            if (shardsTotal.isEmpty()) {
                throw new IllegalArgumentException("COACH_DISCORD_SHARD_RANGE needs COACH_DISCORD_SHARDS_TOTAL as well");
            }
            if (shardRange.get().last() >= shardsTotal.getAsInt()) {
                throw new IllegalArgumentException("COACH_DISCORD_SHARD_RANGE " + shardRange.get()
                        + " goes past the last shard " + (shardsTotal.getAsInt() - 1));
            }
        }
    }

    /** Settings with only a token: real Discord, all shards, global commands. */
    public static DiscordSettings ofToken(String token) {
        return new DiscordSettings(token, Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty());
    }

    public static DiscordSettings fromEnv() {
        return fromEnv(System.getenv());
    }

    /** Reads the variables listed on this class; blank values count as absent. */
    public static DiscordSettings fromEnv(Map<String, String> env) {
        OptionalInt total = OptionalInt.empty();
        Optional<String> rawTotal = value(env, "COACH_DISCORD_SHARDS_TOTAL");
        if (rawTotal.isPresent()) {
            try {
                total = OptionalInt.of(Integer.parseInt(rawTotal.get()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("COACH_DISCORD_SHARDS_TOTAL must be a whole number, got '" + rawTotal.get() + "'");
            }
        }
        return new DiscordSettings(
                value(env, "DISCORD_TOKEN").orElse(""),
                value(env, "COACH_DISCORD_GUILD"),
                value(env, "COACH_DISCORD_API_URL"),
                value(env, "COACH_DISCORD_GATEWAY_URL"),
                total,
                value(env, "COACH_DISCORD_SHARD_RANGE").map(ShardRange::parse));
    }

    public DiscordSettings withDevGuild(String guildId) {
        return new DiscordSettings(token, Optional.of(guildId), apiUrl, gatewayUrl, shardsTotal, shardRange);
    }

    public DiscordSettings withEndpoints(String restUrl, String wsUrl) {
        return new DiscordSettings(token, devGuildId, Optional.of(restUrl), Optional.of(wsUrl), shardsTotal, shardRange);
    }

    public DiscordSettings withShards(int total, ShardRange range) {
        return new DiscordSettings(token, devGuildId, apiUrl, gatewayUrl, OptionalInt.of(total), Optional.ofNullable(range));
    }

    /**
     * The REST base as JDA expects it: ending in the API version and a slash. Discord's own form
     * ({@code http://host/api/v10}) is kept; a bare host ({@code http://host}) or an {@code /api} path
     * gets Discord's {@code /api/v10} appended.
     */
    public Optional<String> restBaseUrl() {
        return apiUrl.map(DiscordSettings::normalizeRestBase);
    }

    static String normalizeRestBase(String url) {
        String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        String path = u.replaceFirst("^https?://[^/]+", "");
        if (path.isEmpty()) {
            u = u + "/api/v10";
        } else if (path.endsWith("/api")) {
            u = u + "/v10";
        }
        return u + "/";
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    @Override
    public String toString() {
        return "DiscordSettings[token=<hidden>, devGuildId=" + devGuildId + ", apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl
                + ", shardsTotal=" + shardsTotal + ", shardRange=" + shardRange + "]";
    }

    /** An inclusive range of shard ids, written {@code 0-3} (or a single id {@code 2}). */
    public record ShardRange(int first, int last) {
        private static final Pattern SHAPE = Pattern.compile("\\s*(\\d{1,5})\\s*(?:-\\s*(\\d{1,5})\\s*)?");

        public ShardRange {
            if (first < 0 || last < first) {
                throw new IllegalArgumentException("shard range must be 'first-last' with 0 <= first <= last, got " + first + "-" + last);
            }
        }

        public static ShardRange parse(String text) {
            Matcher m = SHAPE.matcher(text == null ? "" : text);
            if (!m.matches()) {
                throw new IllegalArgumentException("COACH_DISCORD_SHARD_RANGE must look like 0-3, got '" + text + "'");
            }
            int a = Integer.parseInt(m.group(1));
            int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
            return new ShardRange(a, b);
        }

        @Override
        public String toString() {
            return first + "-" + last;
        }
    }
}
