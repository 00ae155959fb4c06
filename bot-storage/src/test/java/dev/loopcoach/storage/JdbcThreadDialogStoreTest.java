package dev.loopcoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.PostClaim;
import dev.loopcoach.core.daily.PostKind;
import dev.loopcoach.core.coaching.FollowUp;
import dev.loopcoach.core.coaching.ProbeIntent;
import dev.loopcoach.core.daily.ThreadDialog;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.UserKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What only the JDBC dialogue store has to care about: rows written before migration V4 added the queue. */
class JdbcThreadDialogStoreTest {
    private static final ChannelKey CHANNEL = new ChannelKey("slack", "T0FAKE", "C0DAILY");
    private static final Instant AT = Instant.parse("2026-03-23T08:00:00Z");
    private final DatabaseConfig config = DatabaseConfig.h2Memory("dialogs-" + UUID.randomUUID());
    private final Storage storage = Storage.open(config);
    private final DailyStores daily = DailyStores.on(storage, Clock.system());

    @AfterEach
    void close() throws Exception {
        storage.close();
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
             Statement s = c.createStatement()) {
            s.execute("shutdown");
        }
    }

    @Test
    void aDialogueWithoutAQueueColumnValue_readsAsAnEmptyQueue_andCanBeSavedAgain() {
        LocalDate day = LocalDate.of(2026, 3, 23);
        daily.posts().claim(new PostClaim(CHANNEL, day, PostKind.SCHEDULED, new QuestionId("beh-dd-001"), Optional.empty(), AT));
        daily.posts().markPosted(CHANNEL, day, PostKind.SCHEDULED, "ts-1", AT);
        long post = daily.posts().findByMessage(CHANNEL, "ts-1").orElseThrow().id();
        UserKey ana = new UserKey("slack", "T0FAKE:U0ANA");
        daily.dialogs().save(ThreadDialog.start(post, ana, AT).afterCoaching("m-1", Optional.of("probe one"),
                Optional.of(List.of("probe one", "probe two")), AT));
        storage.database().write(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("update thread_dialogs set queued = null");
            }
        });

        ThreadDialog read = daily.dialogs().find(post, ana).orElseThrow();
        ThreadDialog saved = daily.dialogs().save(read.afterCoaching("m-2", Optional.empty(), AT.plusSeconds(60)));

        assertThat(read.queued()).isEmpty();
        assertThat(read.asked()).containsExactly("probe one");
        assertThat(saved.version()).isEqualTo(2);
        assertThat(daily.dialogs().find(post, ana).orElseThrow().coached()).isEqualTo(2);
    }

    @Test
    void theIntentOfEachProbeIsStoredWithTheDialogue_andADialogueStoredBeforeIntentsReadsThemFromTheWords() {
        LocalDate day = LocalDate.of(2026, 3, 24);
        daily.posts().claim(new PostClaim(CHANNEL, day, PostKind.SCHEDULED, new QuestionId("beh-dd-001"), Optional.empty(), AT));
        daily.posts().markPosted(CHANNEL, day, PostKind.SCHEDULED, "ts-2", AT);
        long post = daily.posts().findByMessage(CHANNEL, "ts-2").orElseThrow().id();
        UserKey ana = new UserKey("slack", "T0FAKE:U0ANA");
        FollowUp first = new FollowUp("What did you personally do?", "mostly we", "personal-role", ProbeIntent.PERSONAL_ROLE);
        FollowUp later = new FollowUp("What was the first signal?", "clarify", "question-follow-up", ProbeIntent.DATA);
        daily.dialogs().save(ThreadDialog.start(post, ana, AT).afterCoaching("m-1", Optional.of(first),
                Optional.of(List.of(first, later)), AT, true));

        ThreadDialog read = daily.dialogs().find(post, ana).orElseThrow();
        assertThat(read.pendingProbe().orElseThrow().intent()).isEqualTo(ProbeIntent.PERSONAL_ROLE);
        assertThat(read.intentOf("What was the first signal?")).isEqualTo(ProbeIntent.DATA);

        storage.database().write(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("update thread_dialogs set probe_intents = null");
            }
        });
        ThreadDialog old = daily.dialogs().find(post, ana).orElseThrow();
        assertThat(old.intents()).isEmpty();
        assertThat(old.pendingProbe().orElseThrow().intent()).isEqualTo(ProbeIntent.PERSONAL_ROLE);
    }
}
