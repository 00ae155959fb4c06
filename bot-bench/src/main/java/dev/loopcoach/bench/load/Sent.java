package dev.loopcoach.bench.load;

/**
 * One command sent to a bot under load.
 *
 * @param key        what the fake platform files the command's first message under (a Slack user id, a Discord
 *                   interaction token)
 * @param sentNanos  when the request left ({@link System#nanoTime()}; a Discord dispatch: when it was written to the gateway)
 * @param ackedNanos when the acknowledgement arrived (a Slack HTTP 200, a Discord interaction callback), or gave up
 * @param status     200 when acknowledged, else the HTTP status or 0 (no answer)
 */
record Sent(String key, long sentNanos, long ackedNanos, int status) {
    long ackNanos() {
        return ackedNanos - sentNanos;
    }

    boolean acked() {
        return status == 200;
    }
}
