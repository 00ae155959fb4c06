package dev.loopcoach.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** The two shapes of load every driver sends: a closed-loop burst and a paced stream. */
final class LoadShapes {
    private LoadShapes() {
    }

    /**
     * {@code concurrency} workers each send the next command as soon as the last one was acknowledged, for
     * {@code length}. {@code worker} makes one worker's sender (a worker may hold its own state, e.g. a MAC).
     */
    static List<Sent> closedLoop(int concurrency, Duration length, String threadName, Supplier<Supplier<Sent>> worker)
            throws InterruptedException {
        ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + length.toNanos();
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int w = 0; w < concurrency; w++) {
            Thread t = new Thread(() -> {
                try {
                    Supplier<Sent> send = worker.get();
                    while (System.nanoTime() < end) {
                        sent.add(send.get());
                    }
                } finally {
                    done.countDown();
                }
            }, threadName + "-" + w);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        return new ArrayList<>(sent);
    }

    /** Sends {@code perSecond} commands a second for {@code length}, each at its due time, and waits for all of them. */
    static List<Sent> paced(double perSecond, Duration length, Supplier<CompletableFuture<Sent>> sendOne) {
        long interval = (long) (1e9 / perSecond);
        long count = length.toNanos() / interval;
        List<CompletableFuture<Sent>> pending = new ArrayList<>();
        long start = System.nanoTime();
        for (long i = 0; i < count; i++) {
            long due = start + i * interval;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            pending.add(sendOne.get());
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }
}
