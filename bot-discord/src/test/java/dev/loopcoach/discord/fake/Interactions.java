package dev.loopcoach.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.UUID;

/**
 * Builds INTERACTION_CREATE payloads the way Discord sends them (from the fixtures): slash commands,
 * autocomplete, button presses and modal submissions, in a server channel or in a DM with the bot.
 */
public final class Interactions {
    public static final String DM_CHANNEL_ID = "1400000000000000009";

    private final FakeDiscord fake;

    public Interactions(FakeDiscord fake) {
        this.fake = fake;
    }

    /** Where the interaction happens. */
    public enum Where { GUILD, DM }

    /** A Discord user; {@code permissions} are what Discord computed for them in the channel. */
    public record Person(String id, String name, long permissions) {
        public static Person member(String id, String name) {
            return new Person(id, name, FakeDiscord.MEMBER_PERMISSIONS);
        }

        public static Person admin(String id, String name) {
            return new Person(id, name, FakeDiscord.MEMBER_PERMISSIONS | FakeDiscord.MANAGE_SERVER);
        }
    }

    public ObjectNode slash(Person p, Where w, String command, JsonNode... options) {
        ObjectNode i = base(p, w, 2);
        ObjectNode data = i.putObject("data");
        data.put("id", commandId(command)).put("name", command).put("type", 1);
        ArrayNode opts = data.putArray("options");
        for (JsonNode o : options) {
            opts.add(o);
        }
        return i;
    }

    public ObjectNode subcommand(Person p, Where w, String command, String sub, JsonNode... options) {
        return slash(p, w, command, subOption(sub, options));
    }

    /** An autocomplete request; put {@link #focused} among the options. */
    public ObjectNode autocomplete(Person p, Where w, String command, String sub, JsonNode... options) {
        ObjectNode i = sub == null ? slash(p, w, command, options) : subcommand(p, w, command, sub, options);
        i.put("type", 4);
        return i;
    }

    public ObjectNode button(Person p, Where w, ObjectNode message, String customId) {
        ObjectNode i = base(p, w, 3);
        i.putObject("data").put("custom_id", customId).put("component_type", 2);
        ObjectNode m = message.deepCopy();
        m.put("channel_id", i.path("channel_id").asText());
        i.set("message", m);
        return i;
    }

    /** A modal submission in the current layout: each text input inside a Label (type 18). */
    public ObjectNode modalSubmit(Person p, Where w, String customId, Map<String, String> values) {
        ObjectNode i = base(p, w, 5);
        ObjectNode data = i.putObject("data");
        data.put("custom_id", customId);
        ArrayNode comps = data.putArray("components");
        int n = 0;
        for (Map.Entry<String, String> e : values.entrySet()) {
            ObjectNode label = comps.addObject().put("type", 18).put("id", ++n);
            label.putObject("component").put("type", 4).put("id", ++n).put("custom_id", e.getKey()).put("value", e.getValue());
        }
        return i;
    }

    /** A modal submission in the older layout (each text input inside an action row), which some clients still send. */
    public ObjectNode modalSubmitInRows(Person p, Where w, String customId, Map<String, String> values) {
        ObjectNode i = base(p, w, 5);
        ObjectNode data = i.putObject("data");
        data.put("custom_id", customId);
        ArrayNode comps = data.putArray("components");
        for (Map.Entry<String, String> e : values.entrySet()) {
            comps.addObject().put("type", 1).putArray("components").addObject()
                    .put("type", 4).put("custom_id", e.getKey()).put("value", e.getValue());
        }
        return i;
    }

    /** Moves an interaction into a thread the bot created (as if the person used it there). */
    public static ObjectNode inThread(ObjectNode interaction, ObjectNode thread) {
        ObjectNode channel = thread.deepCopy();
        channel.remove("member");
        channel.put("permissions", interaction.path("channel").path("permissions").asText("0"));
        interaction.set("channel", channel);
        interaction.put("channel_id", thread.path("id").asText());
        if (interaction.has("message") && interaction.get("message") instanceof ObjectNode m) {
            m.put("channel_id", thread.path("id").asText());
        }
        return interaction;
    }

    public static ObjectNode string(String name, String value) {
        return Fixtures.JSON.createObjectNode().put("name", name).put("type", 3).put("value", value);
    }

    public static ObjectNode bool(String name, boolean value) {
        return Fixtures.JSON.createObjectNode().put("name", name).put("type", 5).put("value", value);
    }

    public static ObjectNode channel(String name, String channelId) {
        return Fixtures.JSON.createObjectNode().put("name", name).put("type", 7).put("value", channelId);
    }

    public static ObjectNode focused(String name, String typed) {
        return string(name, typed).put("focused", true);
    }

    private static ObjectNode subOption(String sub, JsonNode... options) {
        ObjectNode s = Fixtures.JSON.createObjectNode().put("name", sub).put("type", 1);
        ArrayNode opts = s.putArray("options");
        for (JsonNode o : options) {
            opts.add(o);
        }
        return s;
    }

    private String commandId(String command) {
        for (ArrayNode scope : fake.commands().values()) {
            for (JsonNode c : scope) {
                if (c.path("name").asText().equals(command)) {
                    return c.path("id").asText();
                }
            }
        }
        return fake.snowflake();
    }

    private ObjectNode base(Person p, Where w, int type) {
        Map<String, String> values = Map.of(
                "id", fake.snowflake(),
                "token", "itoken-" + UUID.randomUUID(),
                "userId", p.id(),
                "username", p.name(),
                "permissions", Long.toUnsignedString(p.permissions()),
                "channelId", DM_CHANNEL_ID);
        ObjectNode i = Fixtures.load(w == Where.GUILD ? "interaction_guild.json" : "interaction_dm.json", values);
        i.put("type", type);
        return i;
    }
}
