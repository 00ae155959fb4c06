package dev.loopcoach.discord.peer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.together.PeerMock.Step;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerComponentTest {
    private static final long BIG = 999_999_999_999_999_999L;

    @Test
    void givenEveryStepAndForm_thenTheIdRoundTrips_andFitsDiscordsLimit() {
        List<PeerComponent> all = new ArrayList<>(List.of(new PeerComponent.VoteForm(BIG), new PeerComponent.AnswerForm(BIG)));
        for (Step s : Step.values()) {
            all.add(new PeerComponent.Press(s, BIG));
        }

        for (PeerComponent c : all) {
            assertThat(c.customId()).startsWith(PeerComponent.PREFIX).hasSizeLessThanOrEqualTo(100);
            assertThat(PeerComponent.parse(c.customId())).contains(c);
        }
        assertThat(new PeerComponent.Press(Step.NO_SHOW, 7).customId()).isEqualTo("lcp:no-show:7");
    }

    @Test
    void givenMalformedOrForeignIds_thenNothingIsParsed() {
        for (String id : List.of("lc:abc", "lcd:answer:1:2", "lcp:", "lcp:accept", "lcp:accept:", "lcp:accept:x",
                "lcp:accept:1:2", "lcp:delete:1", "lcp:accept:-1", "lcp:accept:" + "1".repeat(19), "lcp:ACCEPT:1")) {
            assertThat(PeerComponent.parse(id)).as(id).isEmpty();
        }
        assertThat(PeerComponent.parse(null)).isEmpty();
        assertThat(PeerComponent.isPeer("lcd:answer")).isFalse();
    }
}
