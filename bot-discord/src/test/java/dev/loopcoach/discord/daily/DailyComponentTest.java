package dev.loopcoach.discord.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DailyComponentTest {
    private static final String BIG = "18446744073709551615";

    @Test
    void givenEveryKind_idRoundTripsAndFitsDiscordsLimit() {
        List<DailyComponent> all = List.of(new DailyComponent.AnswerOnPost(), new DailyComponent.Answer(BIG, BIG),
                new DailyComponent.FollowUp(BIG, BIG, BIG), new DailyComponent.Mute(), new DailyComponent.Unmute(),
                new DailyComponent.AnswerForm(BIG, BIG, false), new DailyComponent.AnswerForm(BIG, BIG, true));

        for (DailyComponent c : all) {
            assertThat(c.customId()).startsWith(DailyComponent.PREFIX).hasSizeLessThanOrEqualTo(100);
            assertThat(DailyComponent.parse(c.customId())).contains(c);
        }
    }

    @Test
    void givenMalformedOrForeignIds_nothingIsParsed() {
        for (String id : List.of("lc:abc", "lcd:", "lcd:answer:1", "lcd:follow:1:2", "lcd:mute:1", "lcd:form:1:x",
                "lcd:answer:1:2:3", "lcd:delete:1:2", "lcd:answer:1:2;drop", "lcd:answer:" + "1".repeat(21) + ":2")) {
            assertThat(DailyComponent.parse(id)).as(id).isEmpty();
        }
        assertThat(DailyComponent.parse(null)).isEmpty();
        assertThat(DailyComponent.isDaily("lc:abc")).isFalse();
    }

    @Test
    void givenNonSnowflake_recordRefusesIt() {
        assertThatThrownBy(() -> new DailyComponent.Answer("abc", "1")).isInstanceOf(IllegalArgumentException.class);
    }
}
