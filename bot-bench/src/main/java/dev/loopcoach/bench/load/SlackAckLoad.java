package dev.loopcoach.bench.load;

import dev.loopcoach.app.Main;
import dev.loopcoach.slack.SlackSettings;
import dev.loopcoach.slack.http.BoltHttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * Issue 14's Slack overhead, measured side by side in one run: our Slack bot in HTTP mode (started as
 * {@code ./coach slack} starts it: {@code dev.loopcoach.app.Main slack}, embedded H2 file in a temporary folder) and a
 * bare Bolt app built like it ({@link BareSlackApp}), each in its own JVM with the same options, both talking to one
 * local fake Slack ({@link FakeSlackApi}). Signed {@code /mockinterview behavioral} commands from new users are sent at
 * a fixed concurrency in interleaved rounds (ours, bare, ours, bare, ...) after one warm-up round each; each round
 * reports ack latency, ack throughput and the latency to the user's first message, and the run ends with the ratios
 * ours/bare as median (min-max) over the rounds.
 *
 * <pre>
 * ./mvnw -B -q -Pbench -pl bot-bench -am package -DskipTests
 * java -cp bot-bench/target/benchmarks.jar dev.loopcoach.bench.load.SlackAckLoad [--rounds 5] [--round-seconds 10] ...
 * </pre>
 */
public final class SlackAckLoad {
    static final String SECRET = "bench-signing-secret-0123456789abcdef";
    static final String TOKEN = "xoxb-bench-0000-token";
    /** Slack's limit for an acknowledgement. */
    static final long ACK_LIMIT_NANOS = Duration.ofSeconds(3).toNanos();

    private final LoadOptions options;
    private final PrintStream out;

    private SlackAckLoad(LoadOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("SlackAckLoad: " + e.getMessage());
            System.err.print(LoadOptions.USAGE);
            System.exit(2);
            return;
        }
        new SlackAckLoad(options, out).run();
        System.exit(0);
    }

    /** One bot under test: its process and the load aimed at it. */
    private record Target(String name, ChildJvm jvm, SlashCommandLoad load) {
    }

    private void run() throws Exception {
        Path work = Files.createTempDirectory("loopcoach-slack-load-");
        out.println("Slack ack load: " + options);
        out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + "; logs in " + work);
        List<Target> targets = new ArrayList<>();
        Thread cleanup = new Thread(() -> targets.forEach(t -> t.jvm().close()), "slack-load-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try (FakeSlackApi fake = new FakeSlackApi()) {
            targets.add(startOurs(fake, work));
            targets.add(startBare(fake, work));
            Target ours = targets.get(0);
            Target bare = targets.get(1);
            out.println();
            out.println("        bot  | burst (closed loop): fail = not 200 or slower than 3 s; busy = refused after the ack;   | paced:");
            out.println("             | trail = last first message after the last ack; cpu/cmd = the bot's CPU per command      | first = to the first message");
            out.println(RoundResult.HEADER);
            if (!options.warmup().isZero()) {
                out.println(measure(ours, "warm-up", options.warmup(), options.paced(), fake).line());
                out.println(measure(bare, "warm-up", options.warmup(), options.paced(), fake).line());
            }
            List<RoundResult> oursRounds = new ArrayList<>();
            List<RoundResult> bareRounds = new ArrayList<>();
            for (int i = 1; i <= options.rounds(); i++) {
                RoundResult o = measure(ours, Integer.toString(i), options.round(), options.paced(), fake);
                out.println(o.line());
                oursRounds.add(o);
                RoundResult b = measure(bare, Integer.toString(i), options.round(), options.paced(), fake);
                out.println(b.line());
                bareRounds.add(b);
            }
            report(oursRounds, bareRounds);
            out.println("resident memory after the run: ours " + ours.jvm().rssMiB() + " MiB, bare " + bare.jvm().rssMiB() + " MiB");
            out.println("calls the fake Slack received (users UO.. are ours', UB.. bare's): " + fake.callCounts());
        } finally {
            targets.forEach(t -> t.jvm().close());
            Runtime.getRuntime().removeShutdownHook(cleanup);
            deleteTree(work.resolve("data"));
        }
    }

    private Target startOurs(FakeSlackApi fake, Path work) throws IOException, InterruptedException {
        int port = freePort();
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
        long started = System.nanoTime();
        jvm.awaitHttp(URI.create("http://127.0.0.1:" + port + BoltHttpServer.HEALTH_PATH), Duration.ofMinutes(2));
        out.printf("ours: ./coach slack (HTTP mode, H2 file) answering after %.1f s%n", (System.nanoTime() - started) / 1e9);
        return new Target("ours", jvm, new SlashCommandLoad("UO", URI.create("http://127.0.0.1:" + port + SlackSettings.EVENTS_PATH), SECRET,
                fake));
    }

    private Target startBare(FakeSlackApi fake, Path work) throws IOException, InterruptedException {
        int port = freePort();
        ChildJvm jvm = ChildJvm.start("bare", options.jvmOptions(), List.of("-Djava.awt.headless=true"),
                BareSlackApp.class.getName(), List.of(Integer.toString(port), fake.apiUrl()),
                Map.of("SLACK_BOT_TOKEN", TOKEN, "SLACK_SIGNING_SECRET", SECRET), work);
        long started = System.nanoTime();
        jvm.awaitHttp(URI.create("http://127.0.0.1:" + port + "/"), Duration.ofMinutes(2));
        out.printf("bare: Bolt app answering after %.1f s%n", (System.nanoTime() - started) / 1e9);
        return new Target("bare", jvm, new SlashCommandLoad("UB", URI.create("http://127.0.0.1:" + port + BareSlackApp.PATH), SECRET, fake));
    }

    /**
     * One round against {@code t}: the burst, a wait until the bot has done all its work, then the paced part and the
     * same wait, so nothing of this round runs into the next bot's.
     */
    private RoundResult measure(Target t, String round, Duration burstLength, Duration pacedLength, FakeSlackApi fake)
            throws InterruptedException {
        long cpuBefore = t.jvm().cpuMillis();
        List<SlashCommandLoad.Sent> burst = t.load().burst(options.concurrency(), burstLength);
        List<SlashCommandLoad.Sent> acked = acked(burst);
        awaitDone(acked, fake);
        long cpuAfter = t.jvm().cpuMillis();
        long lastAck = burst.stream().mapToLong(SlashCommandLoad.Sent::ackedNanos).max().orElse(0);
        long lastFirst = acked.stream().map(s -> fake.firstMessage(s.user()).or(() -> fake.refusal(s.user())))
                .flatMap(Optional::stream).mapToLong(Long::longValue).max().orElse(lastAck);
        int busy = (int) acked.stream().filter(s -> fake.refusal(s.user()).isPresent()).count();
        long from = burst.stream().mapToLong(SlashCommandLoad.Sent::sentNanos).min().orElse(0);
        int late = (int) acked.stream().filter(s -> s.ackNanos() > ACK_LIMIT_NANOS).count();
        double cpu = cpuBefore < 0 || acked.isEmpty() ? -1 : (double) (cpuAfter - cpuBefore) / acked.size();

        List<SlashCommandLoad.Sent> paced = pacedLength.isZero() ? List.of() : t.load().paced(options.pacedRate(), pacedLength);
        List<SlashCommandLoad.Sent> pacedAcked = acked(paced);
        awaitDone(pacedAcked, fake);
        List<Long> first = new ArrayList<>();
        for (SlashCommandLoad.Sent s : pacedAcked) {
            fake.firstMessage(s.user()).ifPresent(at -> first.add(at - s.sentNanos()));
        }
        return new RoundResult(t.name(), round, acked.size(), burst.size() - acked.size(), late,
                acked.size() / ((lastAck - from) / 1e9), latencies(acked), busy, Math.max(0, lastFirst - lastAck) / 1e9, cpu,
                latencies(pacedAcked), new Percentiles(first), paced.size() - first.size());
    }

    private static List<SlashCommandLoad.Sent> acked(List<SlashCommandLoad.Sent> sent) {
        return sent.stream().filter(s -> s.status() == 200).toList();
    }

    private static Percentiles latencies(List<SlashCommandLoad.Sent> acked) {
        return new Percentiles(acked.stream().map(SlashCommandLoad.Sent::ackNanos).toList());
    }

    /** Waits until every acked command's user got a first message or a refusal, then until the fake has been quiet 1 s. */
    private void awaitDone(List<SlashCommandLoad.Sent> acked, FakeSlackApi fake) throws InterruptedException {
        long drainEnd = System.nanoTime() + options.drain().toNanos();
        for (SlashCommandLoad.Sent s : acked) {
            while (!fake.answered(s.user()) && System.nanoTime() < drainEnd) {
                Thread.sleep(20);
            }
        }
        // later messages of the same commands finish before anything else starts
        long quietEnd = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < quietEnd && fake.quietNanos() < Duration.ofSeconds(1).toNanos()) {
            Thread.sleep(50);
        }
    }

    private void report(List<RoundResult> ours, List<RoundResult> bare) {
        out.println();
        out.println("ours/bare per round pair, median (min-max) over " + ours.size() + " rounds:");
        Percentiles.Spread p50 = ratio(ours, bare, r -> r.ack().millis(50));
        Percentiles.Spread p99 = ratio(ours, bare, r -> r.ack().millis(99));
        Percentiles.Spread tput = ratio(ours, bare, RoundResult::perSecond);
        Percentiles.Spread cpu = ratio(ours, bare, RoundResult::cpuPerCmdMs);
        out.println("  burst ack p50         " + p50 + goal("<= 1.25", p50.median() <= 1.25, p50.max() <= 1.25));
        out.println("  burst ack p99         " + p99 + goal("<= 1.25", p99.median() <= 1.25, p99.max() <= 1.25));
        out.println("  burst ack throughput  " + tput + goal(">= 0.80", tput.median() >= 0.8, tput.min() >= 0.8));
        out.println("  burst CPU per command " + cpu);
        if (!options.paced().isZero()) {
            out.println("  paced ack p50         " + ratio(ours, bare, r -> r.pacedAck().millis(50)));
            out.println("  paced ack p99         " + ratio(ours, bare, r -> r.pacedAck().millis(99)));
            out.println("  paced first msg p50   " + ratio(ours, bare, r -> r.first().millis(50)));
            out.println("  paced first msg p99   " + ratio(ours, bare, r -> r.first().millis(99)));
        }
        out.println("absolute, median over rounds (ours | bare):");
        out.printf("  burst: ack p50 %.2f | %.2f ms, ack p99 %.1f | %.1f ms, %.0f | %.0f acks/s, %.0f | %.0f busy, "
                        + "CPU %.2f | %.2f ms per command%n",
                median(ours, r -> r.ack().millis(50)), median(bare, r -> r.ack().millis(50)),
                median(ours, r -> r.ack().millis(99)), median(bare, r -> r.ack().millis(99)),
                median(ours, RoundResult::perSecond), median(bare, RoundResult::perSecond),
                median(ours, RoundResult::busy), median(bare, RoundResult::busy),
                median(ours, RoundResult::cpuPerCmdMs), median(bare, RoundResult::cpuPerCmdMs));
        if (!options.paced().isZero()) {
            out.printf("  paced at %.0f/s: ack p50 %.2f | %.2f ms, ack p99 %.1f | %.1f ms, first message p50 %.1f | %.1f ms, "
                            + "p99 %.1f | %.1f ms%n", options.pacedRate(),
                    median(ours, r -> r.pacedAck().millis(50)), median(bare, r -> r.pacedAck().millis(50)),
                    median(ours, r -> r.pacedAck().millis(99)), median(bare, r -> r.pacedAck().millis(99)),
                    median(ours, r -> r.first().millis(50)), median(bare, r -> r.first().millis(50)),
                    median(ours, r -> r.first().millis(99)), median(bare, r -> r.first().millis(99)));
        }
    }

    private static String goal(String goal, boolean medianMeets, boolean allMeet) {
        return "   goal " + goal + ": " + (allMeet ? "met in every round" : medianMeets ? "met by the median, not in every round"
                : "NOT met");
    }

    private static Percentiles.Spread ratio(List<RoundResult> ours, List<RoundResult> bare, ToDoubleFunction<RoundResult> f) {
        double[] r = new double[ours.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = f.applyAsDouble(ours.get(i)) / f.applyAsDouble(bare.get(i));
        }
        return Percentiles.Spread.of(r);
    }

    private static double median(List<RoundResult> rounds, ToDoubleFunction<RoundResult> f) {
        return Percentiles.Spread.of(rounds.stream().mapToDouble(f).toArray()).median();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
