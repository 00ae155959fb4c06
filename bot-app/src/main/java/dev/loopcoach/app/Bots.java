package dev.loopcoach.app;

import dev.loopcoach.app.config.AppConfig;
import dev.loopcoach.discord.DiscordBot;
import dev.loopcoach.discord.DiscordSettings;
import dev.loopcoach.slack.SlackBot;
import dev.loopcoach.slack.SlackSettings;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code ./coach discord} and {@code ./coach slack}: start a platform bot on the shared coach and block until stopped. */
final class Bots {
    private Bots() {
    }

    /** Binds the Prometheus metrics and the database pool's gauges for a bot process. */
    private static void metrics(AppContext ctx) {
        MicrometerSink.bound();
        dev.loopcoach.storage.Database db = ctx.storage().database();
        dev.loopcoach.core.metrics.Metrics.gauge(dev.loopcoach.core.metrics.Metrics.Gauge.DB_POOL_ACTIVE, "",
                () -> db.poolLevels().active());
        dev.loopcoach.core.metrics.Metrics.gauge(dev.loopcoach.core.metrics.Metrics.Gauge.DB_POOL_IDLE, "",
                () -> db.poolLevels().idle());
        dev.loopcoach.core.metrics.Metrics.gauge(dev.loopcoach.core.metrics.Metrics.Gauge.DB_POOL_PENDING, "",
                () -> db.poolLevels().pending());
    }

    static int discord(AppContext ctx, PrintStream err) {
        DiscordSettings settings;
        try {
            settings = DiscordSettings.fromEnv(platformEnv(ctx));
        } catch (RuntimeException e) {
            throw new StartupException(e.getMessage());
        }
        metrics(ctx);
        DailyWiring daily = new DailyWiring(ctx);
        DiscordBot bot;
        try {
            bot = DiscordBot.start(settings, ctx.coach(), daily.discordControl(), ctx.storage().channelSettings(),
                    ctx.storage().inbox());
        } catch (DiscordBot.TokenRefused e) {
            throw new StartupException(e.getMessage());
        }
        daily.discordStarted(bot);
        ctx.warmUpAnalysis(); // connected: now the tables the first answer needs
        PlanReminderLoop reminders = PlanReminderLoop.start(ctx, "discord", bot::sendDirect);
        HealthServer health = health(ctx, Map.of("storage", ctx.storage().database()::ping, "discord", bot::connected));
        err.println("Loop Coach is running on Discord. Stop with Ctrl+C.");
        blockUntilShutdown(() -> {
            if (health != null) {
                health.close();
            }
            reminders.close();
            daily.close();
            bot.close();
            ctx.close();
        });
        return 0;
    }

    static int slack(AppContext ctx, PrintStream err) {
        SlackSettings settings;
        try {
            settings = SlackSettings.fromEnv(platformEnv(ctx));
        } catch (RuntimeException e) {
            throw new StartupException(e.getMessage());
        }
        metrics(ctx);
        DailyWiring daily = new DailyWiring(ctx);
        SlackBot bot;
        try {
            bot = daily.slack(SlackBot.builder(settings, ctx.coach())).start();
        } catch (dev.loopcoach.slack.TokenRefused e) {
            throw new StartupException(e.getMessage());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StartupException("cannot start the Slack bot: " + e.getMessage(), e);
        }
        daily.slackStarted();
        ctx.warmUpAnalysis(); // listening: now the tables the first answer needs
        PlanReminderLoop reminders = PlanReminderLoop.start(ctx, "slack", bot::sendDirect);
        // in HTTP mode the Slack port answers /healthz, /readyz and /metrics; in Socket Mode there is no port, so the
        // management port (COACH_HEALTH_PORT) does, as for Discord
        HealthServer health = "http".equalsIgnoreCase(ctx.config().slack().mode()) ? null
                : health(ctx, Map.of("storage", ctx.storage().database()::ping));
        err.println("Loop Coach is running on Slack (" + ctx.config().slack().mode() + " mode). Stop with Ctrl+C.");
        blockUntilShutdown(() -> {
            if (health != null) {
                health.close();
            }
            reminders.close();
            daily.close();
            bot.close();
            ctx.close();
        });
        return 0;
    }

    /** The health endpoint when {@code COACH_HEALTH_PORT} is set, else null. */
    private static HealthServer health(AppContext ctx, Map<String, java.util.function.BooleanSupplier> checks) {
        String port = ctx.env().get(HealthServer.ENV_PORT);
        if (port == null || port.isBlank()) {
            return null;
        }
        try {
            return HealthServer.start(ctx.env().getOrDefault(HealthServer.ENV_HOST, "0.0.0.0"), Integer.parseInt(port.strip()),
                    new java.util.TreeMap<>(checks));
        } catch (NumberFormatException e) {
            throw new StartupException(HealthServer.ENV_PORT + " must be a port number, not '" + port + "'");
        } catch (java.io.IOException e) {
            throw new StartupException("cannot open the health endpoint on port " + port + ": " + e.getMessage());
        }
    }

    /**
     * The platform modules read their settings from environment-style keys; the configuration file supplies them
     * (its values already include any environment override), secrets come straight from the environment.
     */
    static Map<String, String> platformEnv(AppContext ctx) {
        Map<String, String> env = new HashMap<>(ctx.env());
        AppConfig.Discord d = ctx.config().discord();
        put(env, "COACH_DISCORD_GUILD", d.guild());
        put(env, "COACH_DISCORD_API_URL", d.apiUrl());
        put(env, "COACH_DISCORD_GATEWAY_URL", d.gatewayUrl());
        put(env, "COACH_DISCORD_SHARDS_TOTAL", d.shardsTotal() == 0 ? "" : String.valueOf(d.shardsTotal()));
        put(env, "COACH_DISCORD_SHARD_RANGE", d.shardRange());
        AppConfig.Slack s = ctx.config().slack();
        put(env, "COACH_SLACK_MODE", s.mode());
        put(env, "COACH_SLACK_PORT", String.valueOf(s.port()));
        put(env, "COACH_SLACK_API_URL", s.apiUrl());
        put(env, "COACH_SLACK_ADMINS", String.join(",", s.admins()));
        return env;
    }

    private static void put(Map<String, String> env, String key, String value) {
        if (value == null || value.isBlank()) {
            env.remove(key);
        } else {
            env.put(key, value);
        }
    }

    private static void blockUntilShutdown(Runnable onStop) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                onStop.run();
            } finally {
                stopped.countDown();
            }
        }, "loop-coach-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
