package dev.loopcoach.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request the bot made to the fake Discord: method, path (without {@code /api/v10}), query, the
 * JSON body (the {@code payload_json} part for multipart uploads), uploaded files, the status returned,
 * and when it arrived ({@link System#nanoTime()}).
 */
public record Recorded(String method, String path, String query, Map<String, String> headers, JsonNode body,
        List<FilePart> files, int status, long atNanos) {

    public Recorded {
        headers = Map.copyOf(headers);
        files = List.copyOf(files);
        body = body == null ? NullNode.getInstance() : body;
    }

    /** An uploaded file. */
    public record FilePart(String field, String fileName, byte[] data) {
    }

    public boolean is(String m, String pathPrefix) {
        return method.equals(m) && path.startsWith(pathPrefix);
    }

    /** For an interaction callback: its response type (4 message, 5 deferred, 6 deferred update, 7 update, 8 autocomplete, 9 modal). */
    public int callbackType() {
        return body.path("type").asInt(-1);
    }

    /** The message part of a callback ({@code data}) or the whole body of a webhook/channel message. */
    public JsonNode message() {
        return path.startsWith("/interactions/") ? body.path("data") : body;
    }

    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query) + " -> " + status + " " + body;
    }
}
