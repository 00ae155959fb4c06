package dev.loopcoach.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A deadline is written with Slack's date formatting, so each reader sees it in their own time zone. */
class DeadlineRenderingTest {
    @Test
    void givenADeadline_thenSlackShowsItInTheReadersZone_withAUtcFallback() {
        Instant at = Instant.parse("2027-01-06T14:35:00Z");
        Reply reply = Reply.builder(Reply.Kind.INFO).block(new Block.Deadline("Time box ends", at)).build();

        String json = new MessageRenderer().render(reply, RenderOptions.plain()).get(0).blocks().toString();

        assertThat(json).contains("Time box ends <!date^" + at.getEpochSecond() + "^{time}|14:35 UTC>");
    }
}
