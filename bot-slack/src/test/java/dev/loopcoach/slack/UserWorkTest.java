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

    @Test
    @DisplayName("when the pool is behind, a command someone waits for runs before background work queued earlier")
    void givenABackedUpPool_waitingWorkOvertakesBackgroundWork() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (UserWork work = new UserWork(1)) {
            work.submit("u1", "busy", () -> {
                started.countDown();
                await(release);
            });
            assertThat(started.await(2, TimeUnit.SECONDS)).isTrue();
            work.submit("u2", "home tab", UserWork.Urgency.BACKGROUND, () -> order.add("home tab of u2"));
            work.submit("u3", "home tab", UserWork.Urgency.BACKGROUND, () -> order.add("home tab of u3"));
            work.submit("u4", "command", () -> order.add("command of u4"));
            CompletableFuture<Void> last = work.submit("u5", "command", () -> order.add("command of u5"));
            release.countDown();
            last.get(2, TimeUnit.SECONDS);
            work.submit("u6", "drain", UserWork.Urgency.BACKGROUND, () -> { }).get(2, TimeUnit.SECONDS);
        }

        assertThat(order).containsExactly("command of u4", "command of u5", "home tab of u2", "home tab of u3");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
