package dev.loopcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.StoreFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The App Home shows the progress radar as a picture: the PNG is uploaded as the bot's own file and shown with an image
 * block of that file; opening the tab again reuses it until the picture changes, and then the old file is deleted.
 */
class HomeTabPictureTest {
    private static final String USER = "U0PICTURE";
    private static DailyEngine engine;
    private static HttpBot bot;

    @BeforeAll
    static void start() throws Exception {
        engine = new DailyEngine(ManualClock.at("2027-01-06T10:00:00Z"));
        bot = HttpBot.on(new FakeSlack(), engine.coach, engine.hooks(), Set.of(), java.util.Optional.empty());
    }

    @AfterAll
    static void stop() {
        bot.close();
        bot.fake.close();
    }

    @Test
    @DisplayName("the home tab shows the radar as an image block of an uploaded file, uploaded once per picture")
    void radarPictureOnTheHomeTab() throws Exception {
        UserKey user = SlackUsers.key(FakeSlack.TEAM, USER);
        engine.stores.practice().record(user, StoreFixtures.answeredEntry(Instant.parse("2027-01-05T09:00:00Z")));

        JsonObject first = open("Ev0PIC1", 1);
        String fileId = imageFileId(first);
        assertThat(fileId).startsWith("F0");
        assertThat(bot.fake.calls("files.getUploadURLExternal")).hasSize(1);
        assertThat(bot.fake.calls("files.completeUploadExternal").get(0).param("channel_id")).as("shared nowhere").isNull();
        JsonObject image = imageBlock(first);
        assertThat(image.get("alt_text").getAsString()).isNotBlank();

        // WHEN the tab is opened again with the same progress: the same file, no second upload
        assertThat(imageFileId(open("Ev0PIC2", 2))).isEqualTo(fileId);
        assertThat(bot.fake.calls("files.getUploadURLExternal")).hasSize(1);

        // WHEN progress changes: a new picture is uploaded and the old file deleted
        engine.stores.practice().record(user, StoreFixtures.answeredEntry(Instant.parse("2027-01-06T09:00:00Z")));
        String second = imageFileId(open("Ev0PIC3", 3));
        assertThat(second).isNotEqualTo(fileId);
        assertThat(bot.fake.await(c -> c.method().equals("files.delete"), 1, Duration.ofSeconds(5)).get(0).param("file"))
                .isEqualTo(fileId);
    }

    private static JsonObject open(String eventId, int nth) throws Exception {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_home_opened");
        event.addProperty("user", USER);
        event.addProperty("channel", "D0PICTURE");
        event.addProperty("tab", "home");
        event.addProperty("event_ts", "17000007" + nth + "0.000100");
        assertThat(bot.requests.event(eventId, event, null).statusCode()).isEqualTo(200);
        List<FakeSlack.Call> published = bot.fake.await(
                c -> c.method().equals("views.publish") && USER.equals(c.param("user_id")), nth, Duration.ofSeconds(5));
        return JsonParser.parseString(published.get(nth - 1).param("view")).getAsJsonObject();
    }

    private static JsonObject imageBlock(JsonObject view) {
        JsonArray blocks = view.getAsJsonArray("blocks");
        for (int i = 0; i < blocks.size(); i++) {
            JsonObject b = blocks.get(i).getAsJsonObject();
            if (b.get("type").getAsString().equals("image")) {
                return b;
            }
        }
        throw new AssertionError("no image block in " + view);
    }

    private static String imageFileId(JsonObject view) {
        JsonObject image = imageBlock(view);
        assertThat(image.has("image_url")).isFalse();
        return image.getAsJsonObject("slack_file").get("id").getAsString();
    }
}
