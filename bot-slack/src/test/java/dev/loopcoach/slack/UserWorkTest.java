package dev.loopcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UserWorkTest {

    @Test
    @DisplayName("one user's tasks run in arrival order, even when the first is slow and another fails")
    void givenSameUser_tasksRunInOrder() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        try (UserWork work = new UserWork(4)) {
            work.submit("u1", "slow", () -> {
                await(release);
                order.add("first");
            });
            work.submit("u1", "boom", () -> {
                order.add("second");
                throw new IllegalStateException("a bug in one task");
            });
            CompletableFuture<Void> last = work.submit("u1", "third", () -> order.add("third"));

            // another user is not held up by u1's slow task
            work.submit("u2", "other", () -> order.add("other")).get(2, TimeUnit.SECONDS);
            release.countDown();
            last.get(2, TimeUnit.SECONDS);
        }

        assertThat(order).containsExactly("other", "first", "second", "third");
    }

    @Test
    @DisplayName("a full queue refuses at once (busy) instead of growing, and takes work again once it drains")
    void givenAFullQueue_submitIsRefusedAtOnce_untilItDrains() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (UserWork work = new UserWork(1, 2)) {
            CompletableFuture<Void> first = work.submit("u1", "slow", () -> await(release));
            CompletableFuture<Void> second = work.submit("u2", "queued", () -> { });

            org.assertj.core.api.Assertions.assertThat(work.hasRoom()).as("what an ack asks before it acknowledges").isFalse();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> work.submit("u3", "one too many", () -> { }))
                    .isInstanceOf(UserWork.Busy.class);

            release.countDown();
            first.get(2, TimeUnit.SECONDS);
            second.get(2, TimeUnit.SECONDS);
            work.submit("u3", "after the burst", () -> { }).get(2, TimeUnit.SECONDS);
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
