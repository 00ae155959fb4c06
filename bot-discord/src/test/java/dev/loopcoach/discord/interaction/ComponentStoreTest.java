package dev.loopcoach.discord.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.loopcoach.core.reply.Action;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ComponentStoreTest {
    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final ComponentStore store = new ComponentStore(Duration.ofMinutes(30), ticker);
    private static final List<Action> ACTIONS = List.of(Action.ANSWER, Action.HINT, Action.SKIP, Action.END);

    private List<String> issue(String user) {
        return store.issueSet(user, ComponentStore.Scope.INTERVIEW,
                ACTIONS.stream().map(a -> new ComponentStore.ButtonPress(a, ACTIONS, "")).toList());
    }

    @Test
    void issuedIds_areOpaqueShortAndUnique() {
        List<String> ids = issue("u1");

        assertThat(ids).hasSize(4).doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> {
            assertThat(id).startsWith("lc:").hasSizeLessThanOrEqualTo(100);
            assertThat(id).doesNotContain("u1").doesNotContainIgnoringCase("skip");
        });
    }

    @Test
    void givenIssuedId_lookupFindsOwnerAndAction() {
        String skip = issue("u1").get(2);

        ComponentStore.Lookup lookup = store.lookup(skip);

        assertThat(lookup).isInstanceOfSatisfying(ComponentStore.Found.class, f -> {
            assertThat(f.ticket().userId()).isEqualTo("u1");
            assertThat(((ComponentStore.ButtonPress) f.ticket().pending()).action()).isEqualTo(Action.SKIP);
        });
    }

    @Test
    void givenNewerSet_olderButtonsAreStale() {
        String oldSkip = issue("u1").get(2);
        issue("u1");

        assertThat(store.lookup(oldSkip)).isInstanceOf(ComponentStore.Stale.class);
    }

    @Test
    void givenOtherUsersNewSet_myButtonsStayValid() {
        String mine = issue("u1").get(0);
        issue("u2");

        assertThat(store.lookup(mine)).isInstanceOf(ComponentStore.Found.class);
    }

    @Test
    void claim_succeedsOnceSoADoubleClickRunsOnce() {
        String skip = issue("u1").get(2);
        ComponentStore.Ticket t = ((ComponentStore.Found) store.lookup(skip)).ticket();

        assertThat(store.claim("u1", t.scope(), t.generation())).isTrue();
        assertThat(store.claim("u1", t.scope(), t.generation())).isFalse();
        assertThat(store.lookup(skip)).isInstanceOf(ComponentStore.Stale.class);
    }

    @Test
    void givenTimePastExpiry_idIsStale() {
        String id = issue("u1").get(0);

        nanos.addAndGet(Duration.ofMinutes(31).toNanos());

        assertThat(store.lookup(id)).isInstanceOf(ComponentStore.Stale.class);
    }

    @Test
    void givenUnknownOrForeignFormatId_isStale() {
        assertThat(store.lookup("lc:doesnotexist")).isInstanceOf(ComponentStore.Stale.class);
        assertThat(store.lookup("mi:next")).isInstanceOf(ComponentStore.Stale.class);
        assertThat(store.lookup(null)).isInstanceOf(ComponentStore.Stale.class);
    }

    @Test
    void forms_doNotRetireButtons() {
        String answer = issue("u1").get(0);
        long gen = store.currentGeneration("u1", ComponentStore.Scope.INTERVIEW);

        String form = store.issueForm("u1", new ComponentStore.AnswerForm(gen, ACTIONS));

        assertThat(store.lookup(answer)).isInstanceOf(ComponentStore.Found.class);
        assertThat(store.lookup(form)).isInstanceOf(ComponentStore.Found.class);
    }
}
