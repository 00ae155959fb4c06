package dev.loopcoach.discord.interaction;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a command's inbox letter is written before its defer: off the gateway thread, which JDA runs one dispatch at a
 * time, so one person's database commit no longer holds up everyone's next interaction. Each person's work goes to the
 * same single thread (their commands stay in order); when that thread's queue is full the gateway thread does the work
 * itself, as before, so nothing is dropped and the backlog cannot grow past Discord's three seconds unnoticed.
 */
public final class BeforeDefer {
    static final int STRIPES = 4;
    static final int QUEUE_PER_STRIPE = 64;

    private final ThreadPoolExecutor[] stripes = new ThreadPoolExecutor[STRIPES];

    public BeforeDefer() {
        AtomicInteger n = new AtomicInteger();
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE_PER_STRIPE),
                    r -> {
                        Thread t = new Thread(r, "discord-before-defer-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    }, new ThreadPoolExecutor.CallerRunsPolicy());
        }
    }

    /** Runs {@code work} on {@code userId}'s thread, or right here when that thread is backed up. */
    public void run(String userId, Runnable work) {
        stripes[Math.floorMod(userId.hashCode(), STRIPES)].execute(work);
    }
}
