package dev.loopcoach.discord.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Discord payloads kept as JSON files under {@code src/test/resources/discord/}, with {@code ${name}}
 * placeholders filled per use. Keeping them as files makes field drift between JDA versions a data fix.
 */
public final class Fixtures {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    public static ObjectNode load(String name, Map<String, String> values) {
        String text = CACHE.computeIfAbsent(name, Fixtures::read);
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("${" + e.getKey() + "}", e.getValue());
        }
        if (text.contains("${")) {
            throw new IllegalArgumentException("fixture " + name + " has an unfilled placeholder: " + text);
        }
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/discord/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing fixture discord/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
