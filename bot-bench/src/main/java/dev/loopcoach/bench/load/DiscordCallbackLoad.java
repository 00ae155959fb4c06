package dev.loopcoach.bench.load;

import dev.loopcoach.app.Main;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue 14's Discord overhead, measured side by side in one run: our Discord bot (started as {@code ./coach discord}
 * starts it: {@code dev.loopcoach.app.Main discord}, embedded H2 file in a temporary folder) and a bare JDA bot built
 * like it ({@link BareJdaBot}), each in its own JVM with the same options and each on its own local fake Discord
 * ({@link FakeDiscordApi}: gateway and REST). {@code /mockinterview type:behavioral} interactions from new people are
 * dispatched in interleaved rounds (ours, bare, ours, bare, ...) after one warm-up round each: a closed-loop burst for
 * dispatch to callback latency and throughput, then a paced part for dispatch to first follow-up message; the run ends
 * with the ratios ours/bare as median (min-max) over the rounds.
 *
 * <pre>
 * ./mvnw -B -q -Pbench -pl bot-bench -am package -DskipTests
 * java -cp bot-bench/target/benchmarks.jar dev.loopcoach.bench.load.DiscordCallbackLoad [--rounds 5] ...
 * </pre>
 */
public final class DiscordCallbackLoad {
    static final String TOKEN = "bench-discord-token";

    private final LoadOptions options;
    private final PrintStream out;

    private DiscordCallbackLoad(LoadOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        LoadMain.main("DiscordCallbackLoad", args, (options, out) -> new DiscordCallbackLoad(options, out).run());
    }

    private void run() throws Exception {
        Path work = Files.createTempDirectory("loopcoach-discord-load-");
        out.println("Discord callback load: " + options);
        out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + "; logs in " + work);
        List<ChildJvm> bots = new ArrayList<>();
        Thread cleanup = new Thread(() -> bots.forEach(ChildJvm::close), "discord-load-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try (FakeDiscordApi oursFake = new FakeDiscordApi(); FakeDiscordApi bareFake = new FakeDiscordApi()) {
            try {
                Map<String, String> env = Map.of(
                        "DISCORD_TOKEN", TOKEN,
                        "COACH_DISCORD_API_URL", oursFake.restBaseUrl(),
                        "COACH_DISCORD_GATEWAY_URL", oursFake.gatewayUrl(),
                        "COACH_DATA_DIR", work.resolve("data").toString());
                // the same launch as ./coach discord: Main with the coach.home and headless properties the script passes
                ChildJvm oursJvm = ChildJvm.start("ours", options.jvmOptions(),
                        List.of("-Dcoach.home=" + options.home(), "-Djava.awt.headless=true"), Main.class.getName(),
                        List.of("discord"), env, work);
                bots.add(oursJvm);
                InteractionLoad ours = ready(new InteractionLoad("ours", oursJvm, oursFake, "15"), oursFake, "./coach discord (H2 file)");
                ChildJvm bareJvm = ChildJvm.start("bare", options.jvmOptions(), List.of("-Djava.awt.headless=true"),
                        BareJdaBot.class.getName(), List.of(bareFake.restBaseUrl(), bareFake.gatewayUrl()),
                        Map.of("DISCORD_TOKEN", TOKEN), work);
                bots.add(bareJvm);
                InteractionLoad bare = ready(new InteractionLoad("bare", bareJvm, bareFake, "16"), bareFake, "JDA bot");
                new InterleavedRounds(options, out, "INTERACTION_CREATE dispatched to interaction callback received", false)
                        .run(ours, bare);
                out.println("REST calls ours' fake received: " + oursFake.callCounts());
                out.println("REST calls bare's fake received: " + bareFake.callCounts());
            } finally {
                bots.forEach(ChildJvm::close); // while their fake platform still answers, as in a real shutdown
            }
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanup);
            ChildJvm.deleteTree(work.resolve("data"));
        }
    }

    /** Waits until the bot answers an interaction (it is connected and handles commands), for up to two minutes. */
    private InteractionLoad ready(InteractionLoad load, FakeDiscordApi fake, String what) throws InterruptedException {
        long started = System.nanoTime();
        long end = started + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < end) {
            load.jvm().checkAlive();
            if (!fake.identified()) {
                Thread.sleep(100); // a bounded poll (two minutes): the gateway identify comes when the bot is up
            } else if (load.dispatchAndWait().acked()) {
                out.printf("%s: %s answering after %.1f s%n", load.name(), what, (System.nanoTime() - started) / 1e9);
                return load;
            }
        }
        throw new IllegalStateException(load.name() + " did not answer an interaction within two minutes; see " + load.jvm().log());
    }
}
