package dev.loopcoach.bench.load;

import dev.loopcoach.app.Main;
import dev.loopcoach.slack.SlackSettings;
import dev.loopcoach.slack.http.BoltHttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue 14's Slack overhead, measured side by side in one run: our Slack bot in HTTP mode (started as
 * {@code ./coach slack} starts it: {@code dev.loopcoach.app.Main slack}, embedded H2 file in a temporary folder) and a
 * bare Bolt app built like it ({@link BareSlackApp}), each in its own JVM with the same options, both talking to one
 * local fake Slack ({@link FakeSlackApi}). Signed {@code /mockinterview behavioral} commands from new users are sent at
 * in interleaved rounds (ours, bare, ours, bare, ...) after one warm-up round each ({@link InterleavedRounds}): a
 * closed-loop burst for ack latency and throughput, then a paced part for the latency to the user's first message; the
 * run ends with the ratios ours/bare as median (min-max) over the rounds. Results and method: docs/operations.md.
 *
 * <pre>
 * ./mvnw -B -q -Pbench -pl bot-bench -am package -DskipTests
 * java -cp bot-bench/target/benchmarks.jar dev.loopcoach.bench.load.SlackAckLoad [--rounds 5] [--round-seconds 5] ...
 * </pre>
 */
public final class SlackAckLoad {
    static final String SECRET = "bench-signing-secret-0123456789abcdef";
    static final String TOKEN = "xoxb-bench-0000-token";

    private final LoadOptions options;
    private final PrintStream out;

    private SlackAckLoad(LoadOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        LoadMain.main("SlackAckLoad", args, (options, out) -> new SlackAckLoad(options, out).run());
    }

    private void run() throws Exception {
        Path work = Files.createTempDirectory("loopcoach-slack-load-");
        out.println("Slack ack load: " + options);
        out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + "; logs in " + work);
        List<ChildJvm> bots = new ArrayList<>();
        Thread cleanup = new Thread(() -> bots.forEach(ChildJvm::close), "slack-load-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try (FakeSlackApi fake = new FakeSlackApi()) {
            try {
                LoadTarget ours = startOurs(fake, work, bots);
                LoadTarget bare = startBare(fake, work, bots);
                new InterleavedRounds(options, out, "request sent to HTTP 200 received", true).run(ours, bare);
                out.println("calls the fake Slack received (users UO.. are ours', UB.. bare's): " + fake.callCounts());
            } finally {
                bots.forEach(ChildJvm::close); // while their fake platform still answers, as in a real shutdown
            }
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanup);
            ChildJvm.deleteTree(work.resolve("data"));
        }
    }

    private LoadTarget startOurs(FakeSlackApi fake, Path work, List<ChildJvm> bots) throws IOException, InterruptedException {
        int port = ChildJvm.freePort();
        Map<String, String> env = Map.of(
                "COACH_SLACK_MODE", "http",
                "COACH_SLACK_HOST", "127.0.0.1",
                "COACH_SLACK_PORT", Integer.toString(port),
                "COACH_SLACK_API_URL", fake.apiUrl(),
                "SLACK_BOT_TOKEN", TOKEN,
                "SLACK_SIGNING_SECRET", SECRET,
                "COACH_DATA_DIR", work.resolve("data").toString());
        // the same launch as ./coach slack: Main with the coach.home and headless properties the script passes
        ChildJvm jvm = ChildJvm.start("ours", options.jvmOptions(),
                List.of("-Dcoach.home=" + options.home(), "-Djava.awt.headless=true"), Main.class.getName(),
                List.of("slack"), env, work);
        bots.add(jvm);
        long started = System.nanoTime();
        jvm.awaitHttp(URI.create("http://127.0.0.1:" + port + BoltHttpServer.HEALTH_PATH), Duration.ofMinutes(2));
        out.printf("ours: ./coach slack (HTTP mode, H2 file) answering after %.1f s%n", (System.nanoTime() - started) / 1e9);
        return new SlashCommandLoad("ours", jvm, "UO", URI.create("http://127.0.0.1:" + port + SlackSettings.EVENTS_PATH), SECRET,
                fake);
    }

    private LoadTarget startBare(FakeSlackApi fake, Path work, List<ChildJvm> bots) throws IOException, InterruptedException {
        int port = ChildJvm.freePort();
        ChildJvm jvm = ChildJvm.start("bare", options.jvmOptions(), List.of("-Djava.awt.headless=true"),
                BareSlackApp.class.getName(), List.of(Integer.toString(port), fake.apiUrl()),
                Map.of("SLACK_BOT_TOKEN", TOKEN, "SLACK_SIGNING_SECRET", SECRET), work);
        bots.add(jvm);
        long started = System.nanoTime();
        jvm.awaitHttp(URI.create("http://127.0.0.1:" + port + "/"), Duration.ofMinutes(2));
        out.printf("bare: Bolt app answering after %.1f s%n", (System.nanoTime() - started) / 1e9);
        return new SlashCommandLoad("bare", jvm, "UB", URI.create("http://127.0.0.1:" + port + BareSlackApp.PATH), SECRET, fake);
    }
}
