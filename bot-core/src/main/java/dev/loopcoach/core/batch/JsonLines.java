package dev.loopcoach.core.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The JSON Lines loop both batch commands share: read a line, turn it into one output object, write it as one
 * line. A line that is not a JSON object, or lacks a required field, becomes an error object naming its id (or
 * line number) and the run goes on. Blank lines are skipped.
 */
final class JsonLines {
    static final ObjectMapper JSON = new ObjectMapper();

    /** Turns one input object into one output object; throws {@link BadLine} for input it cannot use. */
    @FunctionalInterface
    interface LineHandler {
        ObjectNode handle(JsonNode in) throws BadLine;
    }

    /** A line whose content cannot be processed, with a message for the operator. */
    static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;

        BadLine(String message) {
            super(message);
        }
    }

    private JsonLines() {
    }

    /** @return 0 when every line was processed, 1 when at least one line failed */
    static int run(Reader in, Writer out, LineHandler handler) {
        boolean failed = false;
        try {
            BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode result;
                JsonNode node = null;
                try {
                    node = JSON.readTree(line);
                    if (node == null || !node.isObject()) {
                        throw new BadLine("each line must be a JSON object");
                    }
                    result = handler.handle(node);
                } catch (JsonProcessingException e) {
                    failed = true;
                    result = error(null, lineNo, "not valid JSON: " + e.getOriginalMessage());
                } catch (BadLine e) {
                    failed = true;
                    result = error(node, lineNo, e.getMessage());
                } catch (RuntimeException e) {
                    failed = true;
                    result = error(node, lineNo, "could not process this line (" + e.getClass().getSimpleName() + ")");
                }
                out.write(JSON.writeValueAsString(result));
                out.write('\n');
                out.flush();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return failed ? 1 : 0;
    }

    static String requiredText(JsonNode in, String field) throws BadLine {
        JsonNode v = in.get(field);
        if (v == null || v.isNull()) {
            throw new BadLine("missing field \"" + field + "\"");
        }
        if (!v.isTextual()) {
            throw new BadLine("field \"" + field + "\" must be a string");
        }
        return v.asText();
    }

    /** The id as given (string or number), or null. */
    static JsonNode id(JsonNode in) {
        JsonNode id = in == null ? null : in.get("id");
        return id != null && (id.isTextual() || id.isNumber()) ? id : null;
    }

    static ObjectNode start(JsonNode in) {
        ObjectNode out = JSON.createObjectNode();
        JsonNode id = id(in);
        if (id == null) {
            out.putNull("id");
        } else {
            out.set("id", id);
        }
        return out;
    }

    private static ObjectNode error(JsonNode in, int lineNo, String message) {
        ObjectNode out = start(in);
        out.put("line", lineNo);
        out.put("error", message);
        return out;
    }
}
