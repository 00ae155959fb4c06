package dev.loopcoach.storage;

import static dev.loopcoach.core.testing.StoreFixtures.at;
import static dev.loopcoach.core.testing.StoreFixtures.followUpState;
import static dev.loopcoach.core.testing.StoreFixtures.newSession;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.core.coaching.ProbeIntent;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.session.InterviewSession;
import dev.loopcoach.core.session.SessionState;
import org.junit.jupiter.api.Test;

/** Probe intents are stored with the session, and sessions stored before intents existed still load and resume. */
class SessionJsonTest {
    private final SessionJson json = new SessionJson();

    @Test
    void givenAPendingProbe_itsIntentIsStoredAndReadBack() {
        InterviewSession s = newSession(new UserKey("console", "ana"), at(0)).with(followUpState(), at(1));

        InterviewSession back = json.read("s1", json.write(s));

        SessionState.AwaitingFollowUpAnswer f = (SessionState.AwaitingFollowUpAnswer) back.state();
        assertThat(f.intent()).isEqualTo(ProbeIntent.PERSONAL_ROLE);
        assertThat(f.queued().get(0).intent()).isEqualTo(ProbeIntent.OUTCOME);
    }

    @Test
    void givenASessionStoredBeforeIntents_itLoadsAndItsPendingProbeGetsAnIntentFromItsWords() throws Exception {
        InterviewSession s = newSession(new UserKey("console", "ana"), at(0)).with(followUpState(), at(1));
        ObjectMapper m = new ObjectMapper();
        JsonNode doc = m.readTree(CompactText.unpack("s1", json.write(s))); // long documents are stored compacted
        ObjectNode state = (ObjectNode) doc.get("state");
        state.remove("intent");
        state.get("queued").forEach(q -> ((ObjectNode) q).remove("intent"));
        assertThat(m.writeValueAsString(doc)).doesNotContain("\"intent\"");

        InterviewSession old = json.read("s1", m.writeValueAsString(doc));

        SessionState.AwaitingFollowUpAnswer f = (SessionState.AwaitingFollowUpAnswer) old.state();
        assertThat(f.intent()).isNull();
        assertThat(f.pending().intent()).isEqualTo(ProbeIntent.PERSONAL_ROLE);
        assertThat(f.queued().get(0).intent()).isNull();
    }

    @Test
    void givenADraftWithItsTimeBoxStart_itIsReadBackWhole_andADraftStoredBeforeTheTimerStillLoads() throws Exception {
        InterviewSession s = newSession(new UserKey("console", "ana"), at(0))
                .with(new SessionState.Drafting(dev.loopcoach.core.session.Position.start(), java.util.List.of("Summary"), at(1)), at(2));

        assertThat(json.read("s1", json.write(s)).state()).isEqualTo(s.state());

        ObjectMapper m = new ObjectMapper();
        JsonNode doc = m.readTree(CompactText.unpack("s1", json.write(s))); // long documents are stored compacted
        ((ObjectNode) doc.get("state")).remove("since");
        SessionState.Drafting old = (SessionState.Drafting) json.read("s1", m.writeValueAsString(doc)).state();
        assertThat(old.parts()).containsExactly("Summary");
        assertThat(old.started()).isEmpty();
    }
}
