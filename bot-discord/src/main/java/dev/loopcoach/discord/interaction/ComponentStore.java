package dev.loopcoach.discord.interaction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.loopcoach.core.reply.Action;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Server-side state behind buttons and modals. A component's custom id is only {@code "lc:"} plus a
 * random key; what it means (whose it is, which action, which step) stays here, with an expiry.
 *
 * <p>Buttons are issued as a set per user and {@link Scope}; issuing a new set, or pressing one
 * button of it, retires the whole earlier set. So an old "Skip" can never skip a later question
 * and a double click runs once: the second press finds a stale key.
 */
public final class ComponentStore {
    /** Every custom id this adapter creates starts with this. */
    public static final String PREFIX = "lc:";
    private static final int KEY_BYTES = 12;

    /** Independent button families of one user. */
    public enum Scope { INTERVIEW, DATA, FORM }

    /** What a component stands for. */
    public sealed interface Pending {
    }

    /** A button for one core action; {@code offered} are its siblings, {@code draft} an answer to pre-fill. */
    public record ButtonPress(Action action, List<Action> offered, String draft) implements Pending {
        public ButtonPress {
            Objects.requireNonNull(action, "action");
            offered = List.copyOf(offered);
            draft = draft == null ? "" : draft;
        }
    }

    /** The answer modal, opened from the interview button set of {@code interviewGeneration}. */
    public record AnswerForm(long interviewGeneration, List<Action> offered) implements Pending {
        public AnswerForm {
            offered = List.copyOf(offered);
        }
    }

    /** The story modal of /coach story-add. */
    public record StoryForm() implements Pending {
    }

    /** Stored meaning of one custom id. */
    public record Ticket(String userId, Scope scope, long generation, Pending pending) {
    }

    /** The outcome of reading a custom id. */
    public sealed interface Lookup {
    }

    public record Found(String customId, Ticket ticket) implements Lookup {
    }

    /** Expired, retired by a newer step, or from before a restart. */
    public record Stale() implements Lookup {
    }

    private final Cache<String, Ticket> tickets;
    private final Cache<String, Long> generations;
    private final AtomicLong counter = new AtomicLong();
    private final SecureRandom random = new SecureRandom();

    public ComponentStore(Duration ttl) {
        this(ttl, Ticker.systemTicker());
    }

    public ComponentStore(Duration ttl, Ticker ticker) {
        this.tickets = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(200_000).ticker(ticker).build();
        this.generations = Caffeine.newBuilder().expireAfterAccess(ttl.multipliedBy(2)).maximumSize(200_000).ticker(ticker).build();
    }

    /** Issues one id per pending item as a new set, retiring the user's earlier set in that scope. */
    public List<String> issueSet(String userId, Scope scope, List<? extends Pending> items) {
        long generation = counter.incrementAndGet();
        generations.put(owner(userId, scope), generation);
        List<String> ids = new ArrayList<>();
        for (Pending p : items) {
            ids.add(put(new Ticket(userId, scope, generation, p)));
        }
        return ids;
    }

    /** Issues a single form id; forms never retire each other. */
    public String issueForm(String userId, Pending pending) {
        return put(new Ticket(userId, Scope.FORM, 0, pending));
    }

    public Lookup lookup(String customId) {
        if (customId == null || !customId.startsWith(PREFIX)) {
            return new Stale();
        }
        Ticket ticket = tickets.getIfPresent(customId);
        if (ticket == null) {
            return new Stale();
        }
        if (ticket.scope() != Scope.FORM && !isCurrent(ticket.userId(), ticket.scope(), ticket.generation())) {
            return new Stale();
        }
        return new Found(customId, ticket);
    }

    /** The user's current set generation in a scope (0 when none). */
    public long currentGeneration(String userId, Scope scope) {
        Long g = generations.getIfPresent(owner(userId, scope));
        return g == null ? 0 : g;
    }

    /**
     * Retires the set of generation {@code generation} if it is still the current one; returns false when
     * someone (a double click, another button) already did. The caller acts only on true.
     */
    public boolean claim(String userId, Scope scope, long generation) {
        String owner = owner(userId, scope);
        boolean[] won = {false};
        generations.asMap().computeIfPresent(owner, (k, current) -> {
            if (current == generation) {
                won[0] = true;
                return counter.incrementAndGet();
            }
            return current;
        });
        return won[0];
    }

    /** Forgets one id (a submitted form). */
    public void forget(String customId) {
        tickets.invalidate(customId);
    }

    private boolean isCurrent(String userId, Scope scope, long generation) {
        Long current = generations.getIfPresent(owner(userId, scope));
        return current != null && current == generation;
    }

    private String put(Ticket ticket) {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        String id = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tickets.put(id, ticket);
        return id;
    }

    private static String owner(String userId, Scope scope) {
        return scope.name() + "/" + userId;
    }
}
