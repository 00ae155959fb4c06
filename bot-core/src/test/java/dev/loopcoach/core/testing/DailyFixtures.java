package dev.loopcoach.core.testing;

import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.PostClaim;
import dev.loopcoach.core.daily.PostKind;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Small builders for daily-question tests. */
public final class DailyFixtures {
    public static final ChannelKey SLACK_CHANNEL = new ChannelKey("slack", "T0FAKE", "C0DAILY");
    public static final ChannelKey DISCORD_CHANNEL = new ChannelKey("discord", "1100000000000000001", "1400000000000000009");

    private DailyFixtures() {
    }

    public static ChannelKey channel(String id) {
        return new ChannelKey("slack", "T0FAKE", id);
    }

    public static PostClaim claim(ChannelKey channel, LocalDate date, PostKind kind, String questionId, Instant at) {
        return new PostClaim(channel, date, kind, new QuestionId(questionId), Optional.of(LeadershipPrinciple.DIVE_DEEP), at);
    }
}
