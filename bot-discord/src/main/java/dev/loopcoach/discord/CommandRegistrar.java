package dev.loopcoach.discord;

import dev.loopcoach.discord.command.SlashCommand;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.utils.MiscUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the slash commands once per process when a shard is ready. The call replaces the whole
 * command list ({@code PUT}), so repeating it on every start, or from several processes, is harmless.
 * With a dev guild the commands go to that guild (visible at once); otherwise they are global.
 */
final class CommandRegistrar extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(CommandRegistrar.class);

    private final List<CommandData> definitions;
    private final Optional<String> devGuildId;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<List<Command>> registered = new CompletableFuture<>();

    CommandRegistrar(List<SlashCommand> commands, Optional<String> devGuildId) {
        this.definitions = commands.stream().map(c -> (CommandData) c.definition()).toList();
        this.devGuildId = devGuildId;
    }

    /** Completes with Discord's view of the registered commands (or fails with the reason). */
    CompletableFuture<List<Command>> registered() {
        return registered;
    }

    @Override
    public void onReady(ReadyEvent event) {
        JDA jda = event.getJDA();
        if (devGuildId.isPresent()) {
            long guildId = Long.parseUnsignedLong(devGuildId.get());
            Guild guild = jda.getGuildById(guildId);
            if (guild != null) {
                register("guild " + guildId, () -> guild.updateCommands().addCommands(definitions).submit());
                return;
            }
            int owner = MiscUtil.getShardForGuild(guildId, jda.getShardInfo().getShardTotal());
            if (owner != jda.getShardInfo().getShardId()) {
                return;
            }
            log.warn("COACH_DISCORD_GUILD {} is not visible to the bot (not invited there?); registering commands globally instead",
                    guildId);
        }
        register("global scope", () -> jda.updateCommands().addCommands(definitions).submit());
    }

    private void register(String where, java.util.function.Supplier<CompletableFuture<List<Command>>> call) {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        log.info("registering {} slash commands in {}", definitions.size(), where);
        call.get().whenComplete((commands, e) -> {
            if (e != null) {
                log.error("registering slash commands in {} failed: {}", where, e.toString());
                registered.completeExceptionally(e);
            } else {
                log.info("registered {} slash commands in {}", commands.size(), where);
                registered.complete(commands);
            }
        });
    }
}
