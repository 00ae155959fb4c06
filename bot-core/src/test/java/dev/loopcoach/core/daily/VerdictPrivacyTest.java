package dev.loopcoach.core.daily;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import org.junit.jupiter.api.Test;

/** Where a daily verdict goes: privately when the channel or the person chose it, else in the thread. */
class VerdictPrivacyTest {
    private final InMemoryStores stores = new InMemoryStores(ManualClock.at("2027-01-04T09:00:00Z"));
    private final VerdictPrivacy privacy = new VerdictPrivacy(stores.channelSettings(), stores.prefs());
    private final ChannelKey channel = new ChannelKey("slack", "T1", "C1");
    private final UserKey ana = new UserKey("slack", "T1:U1");
    private final UserKey ben = new UserKey("slack", "T1:U2");

    @Test
    void givenNoChoice_thenVerdictsStayInTheThread() {
        assertThat(privacy.privately(channel, ana)).isFalse();
    }

    @Test
    void givenAPersonsChoice_thenOnlyTheirVerdictsArePrivate_andTheyCanTakeItBack() {
        assertThat(VerdictPrivacy.setForUser(stores.prefs(), ana, "private").plainText()).contains("comes to you privately");
        assertThat(privacy.privately(channel, ana)).isTrue();
        assertThat(privacy.privately(channel, ben)).isFalse();
        VerdictPrivacy.setForUser(stores.prefs(), ana, "public");
        assertThat(privacy.privately(channel, ana)).isFalse();
        assertThat(VerdictPrivacy.setForUser(stores.prefs(), ana, "sometimes").plainText()).contains("/verdicts private");
    }

    @Test
    void givenTheChannelChoosesPrivate_thenEveryonesVerdictIsPrivate_andOtherChannelsAreNot() {
        privacy.setChannel(channel, true);
        assertThat(privacy.privately(channel, ana)).isTrue();
        assertThat(privacy.privately(channel, ben)).isTrue();
        assertThat(privacy.privately(new ChannelKey("slack", "T1", "C2"), ben)).isFalse();
        privacy.setChannel(channel, false);
        assertThat(privacy.privately(channel, ben)).isFalse();
    }
}
