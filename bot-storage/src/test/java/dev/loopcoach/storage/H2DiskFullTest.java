package dev.loopcoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.CoachDeps;
import dev.loopcoach.core.CoachSettings;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.testing.RealCoach;
import dev.loopcoach.storage.faults.DiskFullFileSystem;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store on a disk that fills up mid-interview (H2's own file layer refusing every write with "No space left
 * on device"): the answer sent then gets the storage line and changes nothing, what was stored before stays, and once
 * space is freed the same answer goes through without a restart.
 */
class H2DiskFullTest {
    private static final UserKey ANA = UserKey.console("ana");
    private static final String ANSWER = "In 2024 I owned the returns flow at a marketplace. Refunds took nine days, so my "
            + "task was to cut that before the peak season. I mapped every step with finance, removed two manual approvals "
            + "and shipped the change in three weeks. Refunds now take four days, and complaints fell by a third.";

    @TempDir
    Path dir;

    @AfterEach
    void freeTheDisk() {
        DiskFullFileSystem.free();
    }

    @Test
    void givenTheDiskFillsMidInterview_thenTheAnswerGetsTheStorageLine_andGoesThroughOnceSpaceIsFreed() {
        DiskFullFileSystem.install();
        // exactly the embedded store's settings (WRITE_DELAY=0: a commit is on disk when it returns), on the faulty files
        DatabaseConfig embedded = DatabaseConfig.h2File(dir);
        String url = embedded.url().replace("jdbc:h2:file:", "jdbc:h2:" + DiskFullFileSystem.SCHEME + ":");
        try (Storage storage = Storage.open(new DatabaseConfig(url, embedded.user(), embedded.password(), 2, null))) {
            Coach coach = new Coach(new CoachDeps(RealCoach.builtInBank(), RealCoach.barRaiser(), RealCoach.tagger(),
                    storage.sessions(), storage.practice(), storage.stories(), storage.privacy(), storage.prefs(),
                    Clock.system(), new Random(3), CoachSettings.defaults()));
            Reply question = coach.handle(ANA, CoachCommand.StartInterview.defaults());
            assertThat(question.kind()).isEqualTo(Reply.Kind.QUESTION);

            DiskFullFileSystem.fill();
            Reply refused = coach.handle(ANA, new CoachCommand.SubmitAnswer(ANSWER));
            assertThat(refused.plainText().strip()).isEqualTo(Coach.STORAGE_DOWN);
            assertThat(Coach.failed(refused)).as("a client keeps the typed answer").isTrue();

            DiskFullFileSystem.free();
            Reply judged = null;
            for (int attempt = 0; attempt < 3 && (judged == null || Coach.failed(judged)); attempt++) {
                judged = coach.handle(ANA, new CoachCommand.SubmitAnswer(ANSWER)); // the same text, sent again
            }
            assertThat(judged.plainText()).contains("Bar Raiser feedback");
            long turns = storage.sessions().recent(ANA, 1).get(0).session().transcript().stream()
                    .filter(t -> t.answer().equals(ANSWER)).count();
            assertThat(turns).as("the answer is in the transcript once: nothing half-written while the disk was full")
                    .isEqualTo(1);
        }
    }
}
