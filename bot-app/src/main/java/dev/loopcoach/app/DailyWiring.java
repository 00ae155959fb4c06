package dev.loopcoach.app;

import dev.loopcoach.discord.DailyControl;
import dev.loopcoach.discord.DiscordBot;
import dev.loopcoach.slack.SlackBot;

/** Connects the shared daily-question engine to the platform bots. */
final class DailyWiring {
    private DailyWiring() {
    }

    static DailyControl discordControl(AppContext ctx) {
        return DailyControl.notConfigured();
    }

    static void startDiscordScheduler(AppContext ctx, DiscordBot bot) {
    }

    static SlackBot.Builder slack(AppContext ctx, SlackBot.Builder builder) {
        return builder;
    }

    static void stop() {
    }
}
