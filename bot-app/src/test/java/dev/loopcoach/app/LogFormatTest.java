package dev.loopcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped logback.xml: ISO-8601 timestamps by default, one JSON object per line with COACH_LOG_FORMAT=json, and the
 * interaction logger at INFO while the rest of our code stays at WARN.
 */
class LogFormatTest {

    /** A fresh logging context configured from the shipped file, with {@code format} when not null. */
    private static LoggerContext configured(String format) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        if (format != null) {
            context.putProperty("COACH_LOG_FORMAT", format);
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
        return context;
    }

    /** Configures a fresh logging context from the shipped file with {@code format} and returns what it wrote to stderr. */
    private static List<String> logged(String format) throws Exception {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            LoggerContext context = configured(format);
            context.getLogger("dev.loopcoach.interactions").info("slack/T1:U1 {} -> info in {} ms", "Help", 3);
            context.getLogger("dev.loopcoach.core.Coach").info("an info line of our code, below the default WARN");
            context.getLogger("dev.loopcoach.core.Coach").warn("storage unavailable");
            context.stop();
        } finally {
            System.setErr(old);
        }
        return buf.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void theShippedFileConfiguresWithoutAWarning_soLogbackPrintsNoSetUpReportAtStart() throws Exception {
        for (String format : new String[] {null, "json"}) {
            LoggerContext context = configured(format);
            // logback prints its whole set-up report to stdout when its highest status is a warning or worse
            assertThat(new ch.qos.logback.core.status.StatusUtil(context).getHighestLevel(0))
                    .as("highest set-up status with format " + format).isLessThan(ch.qos.logback.core.status.Status.WARN);
            context.stop();
        }
    }

    @Test
    void byDefault_linesStartWithAnIsoTimestamp_andOnlyInteractionsLogAtInfo() throws Exception {
        List<String> lines = logged(null);

        assertThat(lines).hasSize(2);
        assertThat(lines).allMatch(l -> l.matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2}) .*"));
        assertThat(lines.get(0)).contains("INFO").contains("slack/T1:U1 Help -> info in 3 ms");
        assertThat(lines.get(1)).contains("WARN").contains("storage unavailable");
    }

    @Test
    void withTheJsonSwitch_eachLineIsOneJsonObject() throws Exception {
        List<String> lines = logged("json");

        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("level").asText()).isEqualTo("INFO");
        assertThat(first.get("loggerName").asText()).isEqualTo("dev.loopcoach.interactions");
        assertThat(first.get("formattedMessage").asText()).isEqualTo("slack/T1:U1 Help -> info in 3 ms");
        assertThat(first.get("timestamp").asLong()).isPositive();
        assertThat(json.readTree(lines.get(1)).get("level").asText()).isEqualTo("WARN");
    }
}
