package dev.loopcoach.slack.interaction;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.Optional;

/**
 * What a peer mock form's private_metadata carries: the pair and the conversation the form was opened from (where the
 * answer to it is shown privately). Both are ids the core checks against the member anyway, so they travel as they are
 * and a form still works after a restart.
 */
record PeerModalRef(long pairId, Optional<String> channelId) {

    String encode() {
        JsonObject o = new JsonObject();
        o.addProperty("pair", pairId);
        channelId.ifPresent(c -> o.addProperty("channel", c));
        return o.toString();
    }

    static Optional<PeerModalRef> decode(String metadata) {
        try {
            JsonElement e = JsonParser.parseString(metadata == null ? "" : metadata);
            if (!e.isJsonObject() || !e.getAsJsonObject().has("pair") || !e.getAsJsonObject().get("pair").isJsonPrimitive()) {
                return Optional.empty();
            }
            JsonObject o = e.getAsJsonObject();
            Optional<String> channel = o.has("channel") && o.get("channel").isJsonPrimitive()
                    ? Optional.of(o.get("channel").getAsString()) : Optional.empty();
            return Optional.of(new PeerModalRef(o.get("pair").getAsLong(), channel));
        } catch (JsonParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
