package dev.loopcoach.discord.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Work before a defer leaves the calling thread, keeps each person's order, and never drops work when backed up. */
class BeforeDeferTest {

    @Test
    void aPersonsWorkRunsInOrder_offTheCallingThread() throws Exception {
        BeforeDefer before = new BeforeDefer();
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(20);
        for (int i = 0; i < 20; i++) {
            int n = i;
            before.run("1500000000000000001", () -> {
                seen.add(n);
                threads.add(Thread.currentThread().getName());
                done.countDown();
            });
        }

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 20).boxed().toList());
        assertThat(threads).allMatch(t -> t.startsWith("discord-before-defer-")).doesNotContain(Thread.currentThread().getName());
    }

    @Test
    void whenAPersonsThreadIsBackedUp_theCallerDoesTheWork_andNothingIsDropped() throws Exception {
        BeforeDefer before = new BeforeDefer();
        CountDownLatch release = new CountDownLatch(1);
        String user = "1500000000000000002";
        before.run(user, () -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<String> ranOn = Collections.synchronizedList(new ArrayList<>());
        int total = BeforeDefer.QUEUE_PER_STRIPE + 3;
        CountDownLatch done = new CountDownLatch(total);
        for (int i = 0; i < total; i++) {
            before.run(user, () -> {
                ranOn.add(Thread.currentThread().getName());
                done.countDown();
            });
        }
        release.countDown();

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ranOn).hasSize(total).contains(Thread.currentThread().getName());
    }
}
