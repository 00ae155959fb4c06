package dev.loopcoach.bench.load;

import java.util.EnumSet;
import java.util.concurrent.CountDownLatch;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.messages.MessageRequest;

/**
 * The baseline: a bare JDA bot built like ours (same JDA, a light shard manager without intents or member cache, event
 * passthrough, no default mentions, the REST base and gateway URL set the same way) whose {@code /mockinterview} defers privately and
 * replies once through the interaction hook. Runs in a JVM of its own, started by {@link DiscordCallbackLoad}:
 * {@code BareJdaBot <rest base url> <gateway url>} with DISCORD_TOKEN in the environment.
 */
public final class BareJdaBot {
    private BareJdaBot() {
    }

    public static void main(String[] args) throws InterruptedException {
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        DefaultShardManagerBuilder.createLight(System.getenv("DISCORD_TOKEN"), EnumSet.noneOf(GatewayIntent.class))
                .setMemberCachePolicy(MemberCachePolicy.NONE)
                .setEventPassthrough(true)
                .setEnableShutdownHook(false)
                .addEventListeners(new MockInterview())
                .setRestConfig(new RestConfig().setBaseUrl(args[0]))
                .setSessionController(new FixedGateway(args[1]))
                .setCompression(Compression.NONE)
                .setShardsTotal(1)
                .build();
        System.err.println("bare JDA bot started");
        new CountDownLatch(1).await();
    }

    /** Defers privately at once, then posts the one reply. */
    private static final class MockInterview extends ListenerAdapter {
        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
            if (event.getName().equals("mockinterview")) {
                event.deferReply(true).queue();
                event.getHook().sendMessage("Question 1 of 3: tell me about a time you ...").setEphemeral(true).queue();
            }
        }
    }

    /** A fixed gateway URL, as our bot uses when one is configured: no {@code GET /gateway/bot}. */
    private static final class FixedGateway extends ConcurrentSessionController {
        private final String url;

        FixedGateway(String url) {
            this.url = url;
        }

        @Override
        public String getGateway() {
            return url;
        }

        @Override
        public ShardedGateway getShardedGateway(JDA api) {
            return new ShardedGateway(url, 1, 1);
        }
    }
}
