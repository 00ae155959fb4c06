package dev.loopcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.storage.Storage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up builds the bank, the analysis and the store side by side; each is still built once, and failures still reach the caller. */
class AppContextWarmUpTest {
    @TempDir
    Path dir;

    private AppContext context(Path dataDir) {
        return AppContext.load(Optional.empty(), Optional.of(7L), Map.of("COACH_DATA_DIR", dataDir.toString()));
    }

    @Test
    void partsAskedForFromManyThreadsDuringTheWarmUpAreBuiltOnce() throws Exception {
        try (AppContext ctx = context(dir.resolve("data")).warmUp()) {
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<Object>> storages = new ArrayList<>();
                List<Future<Object>> coaches = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    storages.add(pool.submit((Callable<Object>) ctx::storage));
                    coaches.add(pool.submit((Callable<Object>) ctx::coach));
                }
                Object storage = storages.get(0).get(60, TimeUnit.SECONDS);
                Object coach = coaches.get(0).get(60, TimeUnit.SECONDS);
                for (int i = 1; i < 3; i++) {
                    assertThat(storages.get(i).get(60, TimeUnit.SECONDS)).isSameAs(storage);
                    assertThat(coaches.get(i).get(60, TimeUnit.SECONDS)).isSameAs(coach);
                }
                assertThat(ctx.bank()).isSameAs(ctx.bank());
                assertThat(ctx.answerCoach()).isSameAs(ctx.answerCoach());
                var reply = ((Coach) coach).handle(UserKey.console("warm"), new CoachCommand.StartInterview(Optional.empty(),
                        Optional.empty(), Optional.empty()));
                assertThat(Coach.failed(reply)).isFalse();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void closingWhileTheStoreStillOpensLeavesNothingOpen() {
        Path data = dir.resolve("data");
        context(data).warmUp().close();
        // the H2 file is locked while a store has it open: a second open only works when the first was closed
        try (AppContext again = context(data)) {
            Storage storage = again.storage();
            assertThat(storage.database().ping()).isTrue();
        }
    }

    @Test
    void aStoreThatCannotOpenIsReportedToTheCallerNotSwallowedByTheWarmUp() throws Exception {
        Path notADirectory = dir.resolve("file");
        Files.writeString(notADirectory, "in the way");
        try (AppContext ctx = context(notADirectory.resolve("data")).warmUp()) {
            assertThatThrownBy(ctx::storage).isInstanceOf(StartupException.class)
                    .hasMessageContaining("cannot open the database");
        }
    }

    @Test
    void aBotsCoachIsReadyBeforeTheAnalysisTables_andTheFirstAnswerBuildsThem() {
        try (AppContext ctx = context(dir.resolve("data")).warmUpForPlatform()) {
            Coach coach = ctx.coach();
            UserKey ana = UserKey.console("lazy");
            var question = coach.handle(ana, new CoachCommand.StartInterview(Optional.empty(), Optional.empty(), Optional.empty()));
            assertThat(Coach.failed(question)).isFalse();
            assertThat(ctx.analysisBuilt()).as("nothing before the first answer needs the analysis").isFalse();

            var feedback = coach.handle(ana, new CoachCommand.SubmitAnswer("Last spring our checkout lost 4% of mobile buyers "
                    + "at the address step. I owned checkout, so winning them back was my job. I pulled the funnel data, "
                    + "watched twelve session recordings and found the postcode field rejected valid formats. I shipped a "
                    + "forgiving parser to 10% of traffic first, then to everyone. Abandonment fell from 4.1% to 1.6% in a month."));
            assertThat(Coach.failed(feedback)).isFalse();
            assertThat(ctx.analysisBuilt()).as("the first answer built the analysis it was judged with").isTrue();
            assertThat(feedback.plainText()).containsAnyOf("Inclined", "inclined");
        }
    }
}
