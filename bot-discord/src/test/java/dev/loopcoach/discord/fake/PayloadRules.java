package dev.loopcoach.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.data.SerializableData;

/**
 * Discord's limits, checked on the JSON a bot actually sends: messages (content, embeds, components,
 * allowed mentions), modals and autocomplete results. Returns human-readable violations; empty means fine.
 */
public final class PayloadRules {

    private PayloadRules() {
    }

    /** Checks every outgoing message-like request: interaction callbacks, follow-ups, edits, channel messages. */
    public static List<String> check(Recorded r) {
        List<String> v = new ArrayList<>();
        if (r.path().startsWith("/interactions/")) {
            int type = r.callbackType();
            JsonNode data = r.body().path("data");
            switch (type) {
                case 4, 7 -> message(data, "callback type " + type, v);
                case 5, 6 -> {
                    long flags = data.path("flags").asLong(0);
                    if ((flags & ~64L) != 0) {
                        v.add("deferred response may only carry the ephemeral flag, got " + flags);
                    }
                }
                case 8 -> autocomplete(data, v);
                case 9 -> modal(data, v);
                default -> v.add("unknown callback type " + type);
            }
        } else if ((r.method().equals("POST") || r.method().equals("PATCH"))
                && (r.path().startsWith("/webhooks/") || r.path().matches("/channels/\\d+/messages"))) {
            message(r.body(), r.method() + " " + r.path(), v);
        }
        return v;
    }

    /** For unit tests: checks a message JDA would send (serialized by JDA itself). */
    public static List<String> checkMessage(SerializableData data) {
        try {
            JsonNode json = Fixtures.JSON.readTree(data.toData().toString());
            List<String> v = new ArrayList<>();
            message(json, "message", v);
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void message(JsonNode m, String where, List<String> v) {
        String content = m.path("content").asText("");
        max(v, where + " content", content, 2000);
        JsonNode embeds = m.path("embeds");
        if (embeds.size() > 10) {
            v.add(where + ": " + embeds.size() + " embeds (max 10)");
        }
        int total = 0;
        for (JsonNode e : embeds) {
            total += max(v, where + " embed title", e.path("title").asText(""), 256);
            total += max(v, where + " embed description", e.path("description").asText(""), 4096);
            total += max(v, where + " embed footer", e.path("footer").path("text").asText(""), 2048);
            total += max(v, where + " embed author", e.path("author").path("name").asText(""), 256);
            if (e.path("fields").size() > 25) {
                v.add(where + ": " + e.path("fields").size() + " fields (max 25)");
            }
            for (JsonNode f : e.path("fields")) {
                String name = f.path("name").asText("");
                String value = f.path("value").asText("");
                if (name.isEmpty() || value.isEmpty()) {
                    v.add(where + ": empty field name or value");
                }
                total += max(v, where + " field name", name, 256);
                total += max(v, where + " field value", value, 1024);
            }
        }
        if (total > 6000) {
            v.add(where + ": embeds total " + total + " characters (max 6000)");
        }
        JsonNode rows = m.path("components");
        if (rows.size() > 5) {
            v.add(where + ": " + rows.size() + " action rows (max 5)");
        }
        for (JsonNode row : rows) {
            if (row.path("components").size() > 5) {
                v.add(where + ": a row with " + row.path("components").size() + " buttons (max 5)");
            }
            for (JsonNode c : row.path("components")) {
                customId(v, where, c.path("custom_id").asText(""));
                max(v, where + " button label", c.path("label").asText(""), 80);
            }
        }
        JsonNode mentions = m.path("allowed_mentions");
        if (!mentions.isObject() || !mentions.path("parse").isArray() || mentions.path("parse").size() != 0) {
            v.add(where + ": allowed_mentions.parse must be an empty list, got " + mentions);
        }
        if (mentions.path("users").size() > 0 || mentions.path("roles").size() > 0 || mentions.path("replied_user").asBoolean(false)) {
            v.add(where + ": allowed_mentions must not allow users, roles or the replied user: " + mentions);
        }
    }

    static void modal(JsonNode d, List<String> v) {
        customId(v, "modal", d.path("custom_id").asText(""));
        String title = d.path("title").asText("");
        if (title.isEmpty()) {
            v.add("modal without title");
        }
        max(v, "modal title", title, 45);
        int n = d.path("components").size();
        if (n < 1 || n > 5) {
            v.add("modal with " + n + " components (1-5)");
        }
        for (JsonNode c : d.path("components")) {
            JsonNode input = c.path("type").asInt() == 18 ? c.path("component") : c.path("components").path(0);
            if (c.path("type").asInt() == 18) {
                max(v, "modal label", c.path("label").asText(""), 45);
            }
            customId(v, "text input", input.path("custom_id").asText(""));
            int maxLength = input.path("max_length").asInt(4000);
            if (maxLength < 1 || maxLength > 4000) {
                v.add("text input max_length " + maxLength + " (1-4000)");
            }
            max(v, "text input placeholder", input.path("placeholder").asText(""), 100);
            max(v, "text input value", input.path("value").asText(""), 4000);
        }
    }

    static void autocomplete(JsonNode d, List<String> v) {
        JsonNode choices = d.path("choices");
        if (choices.size() > 25) {
            v.add("autocomplete with " + choices.size() + " choices (max 25)");
        }
        for (JsonNode c : choices) {
            max(v, "choice name", c.path("name").asText(""), 100);
            max(v, "choice value", c.path("value").asText(""), 100);
        }
    }

    private static void customId(List<String> v, String where, String id) {
        if (id.isEmpty() || id.length() > 100) {
            v.add(where + ": custom_id length " + id.length() + " (1-100)");
        }
    }

    private static int max(List<String> v, String what, String text, int limit) {
        if (text.length() > limit) {
            v.add(what + " is " + text.length() + " characters (max " + limit + ")");
        }
        return text.length();
    }
}
