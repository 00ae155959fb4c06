package dev.loopcoach.bench.load;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Dispatches {@code /mockinterview type:behavioral} interactions to one bot through its {@link FakeDiscordApi}, each
 * from a person never seen before, and times dispatch to interaction callback: in a closed loop ({@link #burst}: each
 * worker dispatches the next interaction when the previous one's callback arrived) or at a fixed rate ({@link #paced}).
 * Commands are filed under their interaction token, which their follow-up messages carry.
 */
final class InteractionLoad implements LoadTarget {
    private static final AtomicLong PEOPLE = new AtomicLong();

    private final String name;
    private final ChildJvm jvm;
    private final FakeDiscordApi fake;
    private final String userPrefix;

    /** @param userPrefix the first digits of every user id (e.g. "15" for ours, "16" for bare) */
    InteractionLoad(String name, ChildJvm jvm, FakeDiscordApi fake, String userPrefix) {
        this.name = name;
        this.jvm = jvm;
        this.fake = fake;
        this.userPrefix = userPrefix;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ChildJvm jvm() {
        return jvm;
    }

    @Override
    public List<Sent> burst(int concurrency, Duration length) throws InterruptedException {
        return LoadShapes.closedLoop(concurrency, length, "dispatch", () -> this::dispatchAndWait);
    }

    @Override
    public List<Sent> paced(double perSecond, Duration length) {
        return LoadShapes.paced(perSecond, length, () -> {
            String token = token();
            FakeDiscordApi.Dispatched d = fake.dispatchMockInterview(fake.snowflake(), token, nextUser());
            return d.callback().orTimeout(10, TimeUnit.SECONDS).handle((at, e) -> at == null
                    ? new Sent(token, d.sentNanos(), System.nanoTime(), 0) : new Sent(token, d.sentNanos(), at, 200));
        });
    }

    /** Dispatches one interaction and waits up to 10 s for its callback. */
    Sent dispatchAndWait() {
        String token = token();
        FakeDiscordApi.Dispatched d = fake.dispatchMockInterview(fake.snowflake(), token, nextUser());
        try {
            return new Sent(token, d.sentNanos(), d.callback().get(10, TimeUnit.SECONDS), 200);
        } catch (TimeoutException | ExecutionException e) {
            return new Sent(token, d.sentNanos(), System.nanoTime(), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sent(token, d.sentNanos(), System.nanoTime(), 0);
        }
    }

    private String nextUser() {
        return userPrefix + String.format("%017d", PEOPLE.incrementAndGet());
    }

    private static String token() {
        return "itoken-" + UUID.randomUUID();
    }

    @Override
    public Optional<Long> firstMessage(String token) {
        return fake.firstMessage(token);
    }

    @Override
    public Optional<Long> refusal(String token) {
        return fake.refusal(token);
    }

    @Override
    public long quietNanos() {
        return fake.quietNanos();
    }
}
