package dev.loopcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** With everything logged at DEBUG, a whole session (including forged requests) never prints a token or the secret. */
class NoSecretsInLogsTest {

    @Test
    @DisplayName("no log line contains the bot token or the signing secret")
    void givenDebugLogging_noSecretsLogged() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger ours = (Logger) LoggerFactory.getLogger("dev.loopcoach");
        Logger slack = (Logger) LoggerFactory.getLogger("com.slack");
        Level rootBefore = root.getLevel();
        Level oursBefore = ours.getLevel();
        Level slackBefore = slack.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.DEBUG);
        ours.setLevel(Level.DEBUG);
        slack.setLevel(Level.DEBUG);
        try (HttpBot bot = HttpBot.withoutDaily()) {
            bot.requests.slashCommand("/mockinterview", "", "U0LOG1", "C0PREP", "log-1");
            bot.fake.await(MockInterviewFlowTest.post("U0LOG1"), 1, Duration.ofSeconds(5));
            String body = bot.requests.slashCommandBody("/coach", "help", "U0LOG1", "C0PREP", "log-2");
            long now = Instant.now().getEpochSecond();
            bot.requests.sendSigned(body, "application/x-www-form-urlencoded", now, SlackRequests.sign("wrong", now, body), Map.of());
        } finally {
            root.detachAppender(captured);
            root.setLevel(rootBefore);
            ours.setLevel(oursBefore);
            slack.setLevel(slackBefore);
        }

        assertThat(captured.list).isNotEmpty();
        assertThat(captured.list).allSatisfy(e -> {
            String line = e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage());
            assertThat(line).doesNotContain(HttpBot.BOT_TOKEN).doesNotContain(HttpBot.SECRET);
        });
    }
}
