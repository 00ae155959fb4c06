package dev.loopcoach.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopcoach.core.Coach;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.port.StoredSession;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.port.UserPrefs;
import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.session.SessionId;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RealCoach;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /mydata export} and {@code /mydata delete} through {@link Coach#handle}, over in-memory stores. */
class PrivacyServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MY_ANSWER = "I owned the pricing page rewrite at a travel start-up: trial sign-ups were flat at "
            + "1,200 a week, so I interviewed 15 customers, cut the plans from five to three and tested it on half the traffic. "
            + "Sign-ups rose to 1,650 a week within a month.";
    private static final String THEIR_ANSWER = "I led the warehouse scanner project and cut mis-picks by a third in one quarter.";

    private final ManualClock clock = ManualClock.at("2025-06-12T08:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final UserKey me = new UserKey("discord", "1500000000000000077");
    private final UserKey someoneElse = new UserKey("discord", "1500000000000000078");
    private final Coach coach = RealCoach.over(stores, clock, 13);

    @BeforeAll
    static void loadOnce() {
        RealCoach.builtInBank();
        RealCoach.barRaiser();
    }

    private Reply send(UserKey user, CoachCommand command) {
        clock.advance(Duration.ofMinutes(1));
        return coach.handle(user, command);
    }

    @BeforeEach
    void bothUsersPractise() {
        for (UserKey user : List.of(me, someoneElse)) {
            send(user, CoachCommand.StartInterview.defaults());
            send(user, new CoachCommand.SubmitAnswer(user.equals(me) ? MY_ANSWER : THEIR_ANSWER));
            send(user, new CoachCommand.Skip());
            send(user, new CoachCommand.Skip());
            send(user, new CoachCommand.AddStory(user.equals(me) ? "Pricing page" : "Scanners",
                    user.equals(me) ? MY_ANSWER : THEIR_ANSWER));
        }
        stores.prefs().put(me, new UserPrefs(true));
    }

    private Set<SessionId> sessionsOf(UserKey user) {
        return stores.sessions().recent(user, 100).stream().map(StoredSession::session).map(s -> s.id()).collect(Collectors.toSet());
    }

    private static Block.Attachment attachment(Reply reply) {
        return reply.blocks().stream().filter(Block.Attachment.class::isInstance).map(Block.Attachment.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void givenAUserWithData_exportIsJsonOfEverythingAboutThemAndNothingAboutOthers() throws IOException {
        Reply reply = send(me, new CoachCommand.ExportMyData());

        Block.Attachment file = attachment(reply);
        assertThat(file.fileName()).isEqualTo("loop-coach-data.json");
        assertThat(file.mediaType()).isEqualTo("application/json");
        assertThat(reply.plainText()).contains("(" + file.content().length + " bytes)");
        JsonNode data = JSON.readTree(file.content());
        assertThat(data.path("person").path("userId").asText()).isEqualTo(me.userId());
        assertThat(data.path("sessions")).hasSize(1);
        JsonNode transcript = data.path("sessions").get(0).path("document").path("transcript");
        assertThat(transcript.get(0).path("answer").asText()).isEqualTo(MY_ANSWER);
        assertThat(data.path("practice")).hasSize(2);
        assertThat(data.path("practice").get(1).path("overall").isNull()).as("the skip").isTrue();
        assertThat(data.path("stories")).hasSize(1);
        assertThat(data.path("stories").get(0).path("title").asText()).isEqualTo("Pricing page");
        assertThat(data.path("prefs").path("threadCoachingMuted").asBoolean()).isTrue();

        String json = new String(file.content(), StandardCharsets.UTF_8);
        assertThat(json).doesNotContain(THEIR_ANSWER).doesNotContain("Scanners").doesNotContain(someoneElse.userId());
    }

    @Test
    void givenDeleteWithoutConfirmation_nothingIsDeletedAndConfirmationIsOffered() {
        String before = new String(attachment(send(me, new CoachCommand.ExportMyData())).content(), StandardCharsets.UTF_8);

        Reply reply = send(me, new CoachCommand.DeleteMyData(false));

        assertThat(reply.plainText()).contains("Delete all your data?").contains("cannot be undone").contains("/mydata export");
        assertThat(reply.actions()).containsExactly(Action.CONFIRM_DELETE, Action.KEEP_DATA);
        assertThat(stores.holdsAnythingAbout(me, sessionsOf(me))).isTrue();
        String after = new String(attachment(send(me, new CoachCommand.ExportMyData())).content(), StandardCharsets.UTF_8);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void givenDeleteWithConfirmation_everythingAboutTheUserIsGoneAndOthersKeepTheirs() throws IOException {
        Set<SessionId> mine = sessionsOf(me);
        assertThat(mine).hasSize(1);

        Reply reply = send(me, new CoachCommand.DeleteMyData(true));

        // one session, two history entries (an answer and a skip), one story, the settings and the person
        assertThat(reply.plainText()).contains("all your data is deleted (6 records)");
        assertThat(stores.holdsAnythingAbout(me, mine)).isFalse();
        JsonNode empty = JSON.readTree(attachment(send(me, new CoachCommand.ExportMyData())).content());
        assertThat(empty.path("sessions")).isEmpty();
        assertThat(empty.path("practice")).isEmpty();
        assertThat(empty.path("stories")).isEmpty();
        assertThat(stores.holdsAnythingAbout(someoneElse, Set.of())).isTrue();
        assertThat(stores.practice().entries(someoneElse)).hasSize(2);
        assertThat(stores.stories().list(someoneElse)).singleElement().matches(s -> s.lps().size() <= 3);
    }

    @Test
    void givenAnUnfinishedInterview_deletingEndsItSoNothingIsLeftToResume() {
        send(me, CoachCommand.StartInterview.defaults());
        send(me, new CoachCommand.SubmitAnswer(MY_ANSWER));
        Set<SessionId> mine = sessionsOf(me);

        send(me, new CoachCommand.DeleteMyData(true));

        assertThat(stores.holdsAnythingAbout(me, mine)).isFalse();
        assertThat(send(me, new CoachCommand.Resume()).plainText()).contains("You have no unfinished interview");
        assertThat(send(me, new CoachCommand.Help()).plainText()).doesNotContain("/resume to continue");
    }

    @Test
    void givenNoDataAtAll_exportIsAnEmptyDocumentAndDeleteCountsNothing() throws IOException {
        UserKey stranger = new UserKey("slack", "T0FAKE:U0NEW");

        JsonNode data = JSON.readTree(attachment(send(stranger, new CoachCommand.ExportMyData())).content());
        Reply deleted = send(stranger, new CoachCommand.DeleteMyData(true));

        assertThat(data.path("person").isNull()).isTrue();
        assertThat(data.path("sessions")).isEmpty();
        assertThat(deleted.plainText()).contains("(0 records)");
        assertThat(stores.holdsAnythingAbout(stranger, Set.of())).isFalse();
    }
}
