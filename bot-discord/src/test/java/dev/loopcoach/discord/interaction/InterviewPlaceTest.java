package dev.loopcoach.discord.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.port.ChannelSettingsStore;
import dev.loopcoach.core.testing.InMemoryStores;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The server's interview mode is read once and then served from memory, so the gateway thread rarely waits on storage. */
class InterviewPlaceTest {

    /** The real in-memory settings store, counting reads (a wrapper, not a mock: every call goes through). */
    private static final class CountingSettings implements ChannelSettingsStore {
        final ChannelSettingsStore inner = new InMemoryStores().channelSettings();
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public Optional<String> get(ChannelKey channel, String name) {
            reads.incrementAndGet();
            return inner.get(channel, name);
        }

        @Override
        public void put(ChannelKey channel, String name, String value) {
            inner.put(channel, name, value);
        }

        @Override
        public boolean remove(ChannelKey channel, String name) {
            return inner.remove(channel, name);
        }

        @Override
        public java.util.Map<String, String> settings(ChannelKey channel) {
            return inner.settings(channel);
        }
    }

    @Test
    void aServersModeIsReadOnce_andAChangeMadeHereShowsAtOnce() {
        CountingSettings settings = new CountingSettings();
        InterviewPlace place = new InterviewPlace(Optional.of(settings));

        assertThat(place.modeOf("G1")).isEqualTo(InterviewPlace.Mode.EPHEMERAL);
        assertThat(place.modeOf("G1")).isEqualTo(InterviewPlace.Mode.EPHEMERAL);
        assertThat(settings.reads.get()).isEqualTo(1);

        place.set("G1", InterviewPlace.Mode.PRIVATE_THREAD);
        assertThat(place.modeOf("G1")).isEqualTo(InterviewPlace.Mode.PRIVATE_THREAD);
        assertThat(settings.reads.get()).isEqualTo(1);
        assertThat(place.modeOf("G2")).isEqualTo(InterviewPlace.Mode.EPHEMERAL);
        assertThat(settings.reads.get()).isEqualTo(2);
    }
}
