package dev.loopcoach.bench.load;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Drives our bot and the bare one in interleaved rounds (warm-up ours, warm-up bare, then ours, bare, ours, bare, ...),
 * prints each round as it ends, then the ratios ours/bare per round pair as median (min-max) against issue 14's goals.
 * A round is a burst, a wait until the bot has done all the work it acknowledged, the paced part and the same wait, so
 * nothing of one bot's round runs into the other's.
 */
final class InterleavedRounds {
    /** Slack's and Discord's limit for an acknowledgement. */
    static final long ACK_LIMIT_NANOS = Duration.ofSeconds(3).toNanos();

    private final LoadOptions options;
    private final PrintStream out;
    private final String ack;
    private final boolean throughputGoal;

    /**
     * @param ack            what the acknowledgement is on this platform, for the legend (e.g. "request to HTTP 200")
     * @param throughputGoal whether issue 14 sets a goal for the ack throughput here (Slack: at least 0.8x bare)
     */
    InterleavedRounds(LoadOptions options, PrintStream out, String ack, boolean throughputGoal) {
        this.options = options;
        this.out = out;
        this.ack = ack;
        this.throughputGoal = throughputGoal;
    }

    void run(LoadTarget ours, LoadTarget bare) throws InterruptedException {
        out.println();
        out.println("ack = " + ack + ". burst (closed loop): fail = no ack or slower than 3 s; busy = told it is too busy, in the first answer or after the ack;");
        out.println("trail = last first message after the last ack; cpu/cmd = the bot's CPU per command. paced: first = to the first message");
        out.println(RoundResult.HEADER);
        if (!options.warmup().isZero()) {
            out.println(measure(ours, "warm-up", options.warmup()).line());
            out.println(measure(bare, "warm-up", options.warmup()).line());
        }
        List<RoundResult> oursRounds = new ArrayList<>();
        List<RoundResult> bareRounds = new ArrayList<>();
        for (int i = 1; i <= options.rounds(); i++) {
            RoundResult o = measure(ours, Integer.toString(i), options.round());
            out.println(o.line());
            oursRounds.add(o);
            RoundResult b = measure(bare, Integer.toString(i), options.round());
            out.println(b.line());
            bareRounds.add(b);
        }
        report(oursRounds, bareRounds);
        out.println("resident memory after the run: ours " + ours.jvm().rssMiB() + " MiB, bare " + bare.jvm().rssMiB() + " MiB");
    }

    private RoundResult measure(LoadTarget t, String round, Duration burstLength) throws InterruptedException {
        long cpuBefore = t.jvm().cpuMillis();
        long driverBefore = ChildJvm.cpuMillis(ProcessHandle.current());
        List<Sent> burst = t.burst(options.concurrency(), burstLength);
        List<Sent> acked = acked(burst);
        awaitDone(t, acked);
        long cpuAfter = t.jvm().cpuMillis();
        long driverAfter = ChildJvm.cpuMillis(ProcessHandle.current());
        long lastAck = burst.stream().mapToLong(Sent::ackedNanos).max().orElse(0);
        long lastFirst = acked.stream().map(s -> t.firstMessage(s.key()).or(() -> t.refusal(s.key())))
                .flatMap(Optional::stream).mapToLong(Long::longValue).max().orElse(lastAck);
        int busy = (int) acked.stream().filter(s -> t.refusal(s.key()).isPresent()).count();
        long from = burst.stream().mapToLong(Sent::sentNanos).min().orElse(0);
        int late = (int) acked.stream().filter(s -> s.ackNanos() > ACK_LIMIT_NANOS).count();
        double cpu = cpuBefore < 0 || acked.isEmpty() ? -1 : (double) (cpuAfter - cpuBefore) / acked.size();
        double driverCpu = driverBefore < 0 || acked.isEmpty() ? -1 : (double) (driverAfter - driverBefore) / acked.size();

        List<Sent> paced = options.paced().isZero() ? List.of() : t.paced(options.pacedRate(), options.paced());
        List<Sent> pacedAcked = acked(paced);
        awaitDone(t, pacedAcked);
        List<Long> first = new ArrayList<>();
        for (Sent s : pacedAcked) {
            t.firstMessage(s.key()).ifPresent(at -> first.add(at - s.sentNanos()));
        }
        return new RoundResult(t.name(), round, acked.size(), burst.size() - acked.size(), late,
                acked.size() / ((lastAck - from) / 1e9), latencies(acked), busy, Math.max(0, lastFirst - lastAck) / 1e9, cpu, driverCpu,
                latencies(pacedAcked), new Percentiles(first), paced.size() - first.size());
    }

    private static List<Sent> acked(List<Sent> sent) {
        return sent.stream().filter(Sent::acked).toList();
    }

    private static Percentiles latencies(List<Sent> acked) {
        return new Percentiles(acked.stream().map(Sent::ackNanos).toList());
    }

    /** Waits until every acked command got a first message or a refusal, then until the bot has been quiet 1 s. */
    private void awaitDone(LoadTarget t, List<Sent> acked) throws InterruptedException {
        long drainEnd = System.nanoTime() + options.drain().toNanos();
        for (Sent s : acked) {
            while (t.firstMessage(s.key()).isEmpty() && t.refusal(s.key()).isEmpty() && System.nanoTime() < drainEnd) {
                Thread.sleep(20); // a bounded poll (the drain deadline) on what the fake has recorded
            }
        }
        // later messages of the same commands finish before anything else starts
        long quietEnd = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < quietEnd && t.quietNanos() < Duration.ofSeconds(1).toNanos()) {
            Thread.sleep(50); // a bounded poll (15 s) until the bot has been quiet for a second
        }
    }

    private void report(List<RoundResult> ours, List<RoundResult> bare) {
        out.println();
        out.println("ours/bare per round pair, median (min-max) over " + ours.size() + " rounds:");
        Percentiles.Spread p50 = ratio(ours, bare, r -> r.ack().millis(50));
        Percentiles.Spread p99 = ratio(ours, bare, r -> r.ack().millis(99));
        Percentiles.Spread tput = ratio(ours, bare, RoundResult::perSecond);
        out.println("  burst ack p50         " + p50 + goal("<= 1.25", p50.median() <= 1.25, p50.max() <= 1.25));
        out.println("  burst ack p99         " + p99 + goal("<= 1.25", p99.median() <= 1.25, p99.max() <= 1.25));
        out.println("  burst ack throughput  " + tput
                + (throughputGoal ? goal(">= 0.80", tput.median() >= 0.8, tput.min() >= 0.8) : ""));
        out.println("  burst CPU per command " + ratio(ours, bare, RoundResult::cpuPerCmdMs));
        if (!options.paced().isZero()) {
            Percentiles.Spread paced50 = ratio(ours, bare, r -> r.pacedAck().millis(50));
            Percentiles.Spread paced99 = ratio(ours, bare, r -> r.pacedAck().millis(99));
            out.println("  paced ack p50         " + paced50 + goal("<= 1.25", paced50.median() <= 1.25, paced50.max() <= 1.25));
            out.println("  paced ack p99         " + paced99 + goal("<= 1.25", paced99.median() <= 1.25, paced99.max() <= 1.25));
            out.println("  paced first msg p50   " + ratio(ours, bare, r -> r.first().millis(50)));
            out.println("  paced first msg p99   " + ratio(ours, bare, r -> r.first().millis(99)));
        }
        out.println("absolute, median over rounds (ours | bare):");
        out.printf("  burst: ack p50 %.2f | %.2f ms, ack p99 %.1f | %.1f ms, %.0f | %.0f acks/s, %.0f | %.0f busy, "
                        + "CPU %.2f | %.2f ms per command (driver and fake: %.2f | %.2f ms)%n",
                median(ours, r -> r.ack().millis(50)), median(bare, r -> r.ack().millis(50)),
                median(ours, r -> r.ack().millis(99)), median(bare, r -> r.ack().millis(99)),
                median(ours, RoundResult::perSecond), median(bare, RoundResult::perSecond),
                median(ours, RoundResult::busy), median(bare, RoundResult::busy),
                median(ours, RoundResult::cpuPerCmdMs), median(bare, RoundResult::cpuPerCmdMs),
                median(ours, RoundResult::driverCpuMs), median(bare, RoundResult::driverCpuMs));
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
}
