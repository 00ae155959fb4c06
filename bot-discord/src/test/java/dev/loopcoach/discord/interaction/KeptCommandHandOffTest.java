package dev.loopcoach.discord.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A command kept in the inbox and deferred is owed its reply: when the workers' queue filled up after the room check, it
 * is carried out on the deferring thread instead of being refused (a refusal said "nothing was done" while the inbox
 * sweep carried it out 20 s later anyway).
 */
class KeptCommandHandOffTest {

    @Test
    void whenTheWorkersHaveRoom_theJobGoesToThem() throws Exception {
        ThreadPoolExecutor workers = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1));
        try {
            AtomicReference<String> ranOn = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            ReplySender.carryOut(workers, () -> {
                ranOn.set(Thread.currentThread().getName());
                done.countDown();
            });
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(ranOn.get()).isNotEqualTo(Thread.currentThread().getName());
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void whenTheWorkersQueueIsFull_theJobRunsHereInsteadOfBeingRefused() throws Exception {
        ThreadPoolExecutor workers = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1));
        CountDownLatch release = new CountDownLatch(1);
        try {
            workers.execute(() -> await(release)); // the one worker is busy
            workers.execute(() -> { });            // and its queue is full
            AtomicReference<String> ranOn = new AtomicReference<>();

            ReplySender.carryOut(workers, () -> ranOn.set(Thread.currentThread().getName()));

            assertThat(ranOn.get()).as("carried out at once, on the deferring thread")
                    .isEqualTo(Thread.currentThread().getName());
        } finally {
            release.countDown();
            workers.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
