package dev.loopcoach.bench.load;

/**
 * What one round measured for one bot: its burst (a closed loop, the most the bot can ack) and its paced part (a fixed
 * rate both bots can finish, where the time to the user's first message means something).
 *
 * @param acks        burst: commands answered with HTTP 200
 * @param failed      burst: commands answered otherwise or not at all
 * @param late        burst: acks slower than Slack's 3 s limit
 * @param perSecond   burst: acks per second (first send to last ack)
 * @param ack         burst: ack latency, request sent to HTTP 200 received
 * @param busy        burst: acked commands the bot refused as too busy, in its first answer or after the ack (its bounded
 *                    work queue was full)
 * @param trailing    burst: seconds from the last ack to the last first message (how far the work after the ack trails)
 * @param cpuPerCmdMs burst: CPU time of the bot's process per acked command, until its work was done (-1: unknown)
 * @param driverCpuMs burst: the same for this process (the load driver and the fake platform), which shares the cores
 * @param pacedAck    paced: ack latency
 * @param first       paced: request sent to the first message for that user reaching the fake platform
 * @param missing     paced: acked commands without a first message within the drain time, or refused as busy
 */
record RoundResult(String bot, String round, int acks, int failed, int late, double perSecond, Percentiles ack, int busy,
                   double trailing, double cpuPerCmdMs, double driverCpuMs, Percentiles pacedAck, Percentiles first, int missing) {

    static final String HEADER = String.format("%-7s %-4s | %6s %5s %7s %8s %8s %5s %7s %7s | %8s %8s %9s %9s %4s",
            "round", "bot", "acks", "fail", "acks/s", "ack p50", "ack p99", "busy", "trail", "cpu/cmd",
            "ack p50", "ack p99", "first p50", "first p99", "miss");

    String line() {
        return String.format("%-7s %-4s | %6d %5d %7.0f %6.2fms %6.1fms %5d %6.1fs %5.2fms | %6.2fms %6.1fms %7.1fms %7.1fms %4d",
                round, bot, acks, failed + late, perSecond, ack.millis(50), ack.millis(99), busy, trailing, cpuPerCmdMs,
                pacedAck.millis(50), pacedAck.millis(99), first.millis(50), first.millis(99), missing);
    }
}
