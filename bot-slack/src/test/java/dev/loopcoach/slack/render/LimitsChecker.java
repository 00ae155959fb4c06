package dev.loopcoach.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.SlackConfig;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.util.List;

/**
 * Checks blocks as Slack will receive them (serialized by the SDK's own Gson) against Slack's published
 * limits, and that no mrkdwn text can mention or link: a {@code <} never appears, a {@code >} only as our
 * quote marker at the start of a line.
 */
final class LimitsChecker {
    private static final Gson GSON = GsonFactory.createSnakeCase(new SlackConfig());

    private LimitsChecker() {
    }

    static void message(SlackMessage m) {
        assertThat(m.blocks()).hasSizeBetween(1, 50);
        assertThat(m.fallbackText().length()).isLessThanOrEqualTo(3000);
        assertThat(m.fallbackText()).doesNotContain("<");
        int chars = m.blocks().stream().mapToInt(BlockKit::textLength).sum();
        assertThat(chars).as("text per message").isLessThanOrEqualTo(SlackLimits.MESSAGE_TEXT_BUDGET);
        blocks(m.blocks());
    }

    static void modal(View v) {
        JsonObject o = GSON.toJsonTree(v).getAsJsonObject();
        for (String k : List.of("title", "submit", "close")) {
            if (o.has(k)) {
                assertThat(o.getAsJsonObject(k).get("text").getAsString().length()).as(k).isLessThanOrEqualTo(24);
            }
        }
        if (o.has("private_metadata")) {
            assertThat(o.get("private_metadata").getAsString().length()).isLessThanOrEqualTo(3000);
        }
        assertThat(o.get("callback_id").getAsString().length()).isLessThanOrEqualTo(255);
        view(v);
    }

    static void view(View v) {
        JsonObject o = GSON.toJsonTree(v).getAsJsonObject();
        JsonArray blocks = o.getAsJsonArray("blocks");
        assertThat(blocks.size()).isBetween(1, 100);
        assertThat(o.toString().length()).as("view JSON size").isLessThan(250_000);
        blocks.forEach(LimitsChecker::block);
    }

    static void blocks(List<LayoutBlock> blocks) {
        JsonArray arr = GSON.toJsonTree(blocks).getAsJsonArray();
        arr.forEach(LimitsChecker::block);
    }

    private static void block(JsonElement e) {
        JsonObject b = e.getAsJsonObject();
        String type = b.get("type").getAsString();
        if (b.has("block_id")) {
            assertThat(b.get("block_id").getAsString().length()).isLessThanOrEqualTo(255);
        }
        switch (type) {
            case "section" -> {
                if (b.has("text")) {
                    text(b.getAsJsonObject("text"), 3000);
                } else {
                    assertThat(b.has("fields")).as("a section has text or fields").isTrue();
                }
                if (b.has("fields")) {
                    JsonArray f = b.getAsJsonArray("fields");
                    assertThat(f.size()).isBetween(1, 10);
                    f.forEach(x -> text(x.getAsJsonObject(), 2000));
                }
                if (b.has("accessory")) {
                    element(b.getAsJsonObject("accessory"));
                }
            }
            case "header" -> {
                assertThat(b.getAsJsonObject("text").get("type").getAsString()).isEqualTo("plain_text");
                text(b.getAsJsonObject("text"), 150);
            }
            case "context" -> {
                JsonArray els = b.getAsJsonArray("elements");
                assertThat(els.size()).isBetween(1, 10);
                els.forEach(x -> text(x.getAsJsonObject(), 3000));
            }
            case "actions" -> {
                JsonArray els = b.getAsJsonArray("elements");
                assertThat(els.size()).isBetween(1, 25);
                els.forEach(x -> element(x.getAsJsonObject()));
            }
            case "input" -> {
                text(b.getAsJsonObject("label"), 2000);
                JsonObject el = b.getAsJsonObject("element");
                assertThat(el.get("action_id").getAsString().length()).isLessThanOrEqualTo(255);
                if (el.has("max_length")) {
                    assertThat(el.get("max_length").getAsInt()).isLessThanOrEqualTo(3000);
                }
            }
            case "divider" -> {
                // nothing to check
            }
            default -> throw new AssertionError("unexpected block type " + type);
        }
    }

    private static void element(JsonObject el) {
        assertThat(el.get("type").getAsString()).isEqualTo("button");
        assertThat(el.get("action_id").getAsString().length()).isLessThanOrEqualTo(255);
        text(el.getAsJsonObject("text"), 75);
        assertThat(el.getAsJsonObject("text").get("type").getAsString()).isEqualTo("plain_text");
        if (el.has("value")) {
            assertThat(el.get("value").getAsString().length()).isLessThanOrEqualTo(2000);
        }
        if (el.has("confirm")) {
            JsonObject c = el.getAsJsonObject("confirm");
            text(c.getAsJsonObject("title"), 100);
            text(c.getAsJsonObject("text"), 300);
            text(c.getAsJsonObject("confirm"), 30);
            text(c.getAsJsonObject("deny"), 30);
        }
    }

    private static void text(JsonObject t, int max) {
        String s = t.get("text").getAsString();
        assertThat(s.length()).as("text length").isBetween(1, max);
        assertThat(s.isBlank()).as("text is not blank").isFalse();
        if (t.get("type").getAsString().equals("mrkdwn")) {
            assertThat(s).as("mrkdwn never carries a raw '<'").doesNotContain("<");
            for (String line : s.split("\n", -1)) {
                int gt = line.indexOf('>');
                assertThat(gt == -1 || (gt == 0 && line.startsWith("> ")) || line.equals(">"))
                        .as("'>' only as a quote marker: %s", line).isTrue();
            }
            assertThat(t.has("verbatim") && t.get("verbatim").getAsBoolean()).as("verbatim").isTrue();
        }
    }
}
