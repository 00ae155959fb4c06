package dev.loopcoach.core.handbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.BlockBudget;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the handbook pages from {@code handbook/*.json} on the classpath, in the order of {@code handbook/index.txt}.
 * A block is one of {"heading": text}, {"paragraph": text}, {"bullets": title, "items": [...]} or
 * {"fields": [{"name", "value"}]}. A missing, malformed or oversized page is a build defect and fails loudly.
 */
final class HandbookPages {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A page leaves room for a heading the handbook adds and a divider. */
    static final int PAGE_BLOCKS_MAX = BlockBudget.BLOCKS_MAX - 2;

    private HandbookPages() {
    }

    static Map<String, HandbookPage> load() {
        Map<String, HandbookPage> pages = new LinkedHashMap<>();
        for (String file : index()) {
            HandbookPage page = read("handbook/" + file);
            if (pages.putIfAbsent(page.topic(), page) != null) {
                throw new IllegalStateException("duplicate handbook topic " + page.topic());
            }
        }
        return pages;
    }

    private static List<String> index() {
        List<String> files = new ArrayList<>();
        try (InputStream in = open("handbook/index.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    files.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read handbook/index.txt", e);
        }
        return files;
    }

    private static HandbookPage read(String name) {
        try (InputStream in = open(name)) {
            JsonNode n = JSON.readTree(in);
            String topic = text(n, "topic", name);
            List<String> aliases = new ArrayList<>();
            n.path("aliases").forEach(a -> aliases.add(a.asText()));
            List<Block> blocks = new ArrayList<>();
            for (JsonNode b : n.path("blocks")) {
                Block block = block(b, name);
                if (BlockBudget.size(block) > BlockBudget.BLOCK_TEXT_MAX) {
                    throw new IllegalStateException(name + ": a block has " + BlockBudget.size(block) + " characters, over "
                            + BlockBudget.BLOCK_TEXT_MAX);
                }
                blocks.add(block);
            }
            if (blocks.isEmpty() || blocks.size() > PAGE_BLOCKS_MAX) {
                throw new IllegalStateException(name + ": a page has 1 to " + PAGE_BLOCKS_MAX + " blocks, not " + blocks.size());
            }
            return new HandbookPage(topic, text(n, "title", name), aliases, blocks);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static Block block(JsonNode b, String name) {
        if (b.has("heading")) {
            return new Block.Heading(b.get("heading").asText());
        }
        if (b.has("paragraph")) {
            return new Block.Paragraph(b.get("paragraph").asText());
        }
        if (b.has("bullets")) {
            List<String> items = new ArrayList<>();
            b.path("items").forEach(i -> items.add(i.asText()));
            if (items.isEmpty()) {
                throw new IllegalStateException(name + ": a list without items");
            }
            return new Block.Bullets(b.get("bullets").asText(), items);
        }
        if (b.has("fields")) {
            List<Block.Field> fields = new ArrayList<>();
            b.get("fields").forEach(f -> fields.add(new Block.Field(f.path("name").asText(), f.path("value").asText())));
            return new Block.Fields(fields);
        }
        throw new IllegalStateException(name + ": unknown block " + b);
    }

    private static String text(JsonNode n, String field, String name) {
        String v = n.path(field).asText("");
        if (v.isBlank()) {
            throw new IllegalStateException(name + ": missing " + field);
        }
        return v;
    }

    private static InputStream open(String name) {
        InputStream in = HandbookPages.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing handbook resource " + name);
        }
        return in;
    }
}
