package dev.loopcoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.PostClaim;
import dev.loopcoach.core.daily.PostKind;
import dev.loopcoach.core.daily.ThreadDialog;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.port.UserPrefs;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A person's thread dialogues are part of their data export and are erased with the rest. */
class DailyPrivacyTest {
    private static final ChannelKey CHANNEL = new ChannelKey("slack", "T0FAKE", "C0DAILY");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 23);
    private static final Instant AT = Instant.parse("2026-03-23T08:00:00Z");
    private final DatabaseConfig config = DatabaseConfig.h2Memory("daily-privacy-" + UUID.randomUUID());
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

    private long post() {
        daily.posts().claim(new PostClaim(CHANNEL, DAY, PostKind.SCHEDULED, new QuestionId("beh-dd-001"), Optional.empty(), AT));
        daily.posts().markPosted(CHANNEL, DAY, PostKind.SCHEDULED, "1700000000.000100", AT);
        return daily.posts().findByMessage(CHANNEL, "1700000000.000100").orElseThrow().id();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExport_listsTheDialogues_withTheFollowUpsAsked() {
        UserKey ana = new UserKey("slack", "T0FAKE:U0ANA");
        long post = post();
        daily.dialogs().save(ThreadDialog.start(post, ana, AT).afterCoaching("m-1", Optional.of("What did you measure?"), AT));

        Map<String, Object> export = storage.privacy().export(ana);

        List<Map<String, Object>> dialogs = (List<Map<String, Object>>) export.get("threadDialogs");
        assertThat(dialogs).hasSize(1);
        assertThat(dialogs.get(0)).containsEntry("channel", "slack/T0FAKE/C0DAILY").containsEntry("date", "2026-03-23")
                .containsEntry("questionId", "beh-dd-001").containsEntry("coachedReplies", 1)
                .containsEntry("followUpsAsked", List.of("What did you measure?"));
        assertThat(storage.privacy().export(new UserKey("slack", "T0FAKE:U0NOBODY"))).containsEntry("threadDialogs", List.of());
    }

    @Test
    void erasingAPerson_removesTheirDialogues_andKeepsOthersAndThePost() throws Exception {
        UserKey ana = new UserKey("slack", "T0FAKE:U0ANA");
        UserKey bo = new UserKey("slack", "T0FAKE:U0BO");
        long post = post();
        daily.dialogs().save(ThreadDialog.start(post, ana, AT).afterCoaching("m-1", Optional.empty(), AT));
        daily.dialogs().save(ThreadDialog.start(post, bo, AT).afterCoaching("m-2", Optional.empty(), AT));
        storage.prefs().put(ana, new UserPrefs(true));

        int deleted = storage.privacy().deleteAll(ana);

        assertThat(deleted).isEqualTo(3); // the dialogue, the prefs row, the person
        assertThat(daily.dialogs().ofUser(ana)).isEmpty();
        assertThat(daily.dialogs().find(post, bo)).isPresent();
        assertThat(daily.posts().findByMessage(CHANNEL, "1700000000.000100")).isPresent();
        storage.database().read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from thread_dialogs")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            return null;
        });
    }
}
