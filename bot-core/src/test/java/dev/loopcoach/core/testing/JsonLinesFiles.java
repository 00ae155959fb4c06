package dev.loopcoach.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopcoach.core.batch.AnalyzeBatch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Labeled sets are JSON Lines on the test classpath; the batch CLI reads and writes the same. */
public final class JsonLinesFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesFiles() {
    }

    /** Every non-blank line of a classpath resource, parsed. */
    public static List<JsonNode> resource(String path) {
        InputStream in = JsonLinesFiles.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + path);
        }
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Runs input lines through {@code analyze --jsonl} exactly as an operator would; the output lines by id. */
    public static Map<String, JsonNode> analyze(AnalyzeBatch batch, String inputLines) {
        StringWriter out = new StringWriter();
        batch.run(new StringReader(inputLines), out);
        Map<String, JsonNode> byId = new HashMap<>();
        for (String l : out.toString().split("\n")) {
            if (!l.isBlank()) {
                try {
                    JsonNode n = JSON.readTree(l);
                    byId.put(n.get("id").asText(), n);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return byId;
    }
}
