package dev.loopcoach.slack.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PeerModalRefTest {

    @Test
    @DisplayName("a form's private_metadata carries the pair and the conversation, and anything else reads as nothing")
    void givenMetadata_thenItReadsBackOrNot() {
        PeerModalRef ref = new PeerModalRef(42, Optional.of("G0PAIR0"));

        assertThat(PeerModalRef.decode(ref.encode())).contains(ref);
        assertThat(PeerModalRef.decode(new PeerModalRef(7, Optional.empty()).encode())).contains(new PeerModalRef(7, Optional.empty()));
        for (String bad : new String[] {null, "", "42", "{}", "{\"pair\":\"x\"}", "{\"pair\":{}}", "[1]", "{not json"}) {
            assertThat(PeerModalRef.decode(bad)).as(String.valueOf(bad)).isEmpty();
        }
    }
}
