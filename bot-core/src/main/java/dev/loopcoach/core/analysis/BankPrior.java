package dev.loopcoach.core.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What each principle's questions are about, learned from the project's own question bank and principle guides: every
 * behavioral bank question (its text and follow-ups, counted for its principles) and each guide's meaning and what
 * interviewers listen for become one weighted profile of word stems per principle (tf-idf across the sixteen). A new
 * question is compared with each profile (cosine), so a question phrased in words no cue holds still leans towards the
 * principle whose questions use its words. Deterministic, built once at start-up.
 */
final class BankPrior {
    private static final String INDEX = "bank/index.txt";
    private static final double SECONDARY = 0.5;
    private static final double FOLLOW_UP = 0.5;
    private static final double GUIDE = 0.5;
    private static final String EXAMPLES = "analysis/question-examples.tsv";
    /** How much one labeled example question counts against one bank question. */
    static final double EXAMPLE = 1.0;

    private final Map<String, Double>[] profiles;
    private final double[] norms;
    private final Map<String, Double> idf;
    private final TextParser parser = new TextParser();

    @SuppressWarnings("unchecked")
    private BankPrior(Map<String, Double>[] counts) {
        int n = counts.length;
        Map<String, Integer> df = new HashMap<>();
        for (Map<String, Double> c : counts) {
            c.keySet().forEach(s -> df.merge(s, 1, Integer::sum));
        }
        idf = new HashMap<>();
        df.forEach((s, d) -> idf.put(s, Math.log((double) n / d)));
        profiles = new Map[n];
        norms = new double[n];
        for (int i = 0; i < n; i++) {
            Map<String, Double> p = new HashMap<>();
            double sq = 0;
            for (Map.Entry<String, Double> e : counts[i].entrySet()) {
                double w = (1 + Math.log(e.getValue())) * idf.get(e.getKey());
                if (w > 0) {
                    p.put(e.getKey(), w);
                    sq += w * w;
                }
            }
            profiles[i] = p;
            norms[i] = Math.sqrt(sq);
        }
    }

    private static final class Shared {
        static final BankPrior INSTANCE = standard();
    }

    /** The built-in profiles, built once per process. */
    static BankPrior shared() {
        return Shared.INSTANCE;
    }

    /** The profiles of the built-in bank and guides. */
    static BankPrior standard() {
        return standard(Set.of());
    }

    /**
     * The profiles of the built-in bank, the guides and the labeled example questions, leaving out the examples of
     * {@code withoutVoices} (so a writer's questions can be measured on a prior that never saw them).
     */
    @SuppressWarnings("unchecked")
    static BankPrior standard(Set<String> withoutVoices) {
        LeadershipPrinciple[] all = LeadershipPrinciple.values();
        Map<String, Double>[] counts = new Map[all.length];
        for (int i = 0; i < all.length; i++) {
            counts[i] = new HashMap<>();
        }
        TextParser parser = new TextParser();
        ObjectMapper json = new ObjectMapper();
        for (String file : lines(INDEX)) {
            if (!file.startsWith("behavioral-")) {
                continue;
            }
            JsonNode pack = read(json, "bank/" + file);
            for (JsonNode q : pack.path("questions")) {
                int k = 0;
                for (JsonNode lp : q.path("lps")) {
                    int at = LeadershipPrinciple.parse(lp.asText()).orElseThrow().ordinal();
                    double w = k++ == 0 ? 1.0 : SECONDARY;
                    add(counts[at], parser, q.path("text").asText(), w);
                    for (JsonNode f : q.path("followUps")) {
                        add(counts[at], parser, f.asText(), w * FOLLOW_UP);
                    }
                }
            }
        }
        if (EXAMPLE > 0) {
            for (String line : lines(EXAMPLES)) {
                String[] f = line.split("\t", 3);
                if (f.length == 3 && !withoutVoices.contains(f[0])) {
                    add(counts[LeadershipPrinciple.parse(f[1]).orElseThrow().ordinal()], parser, f[2], EXAMPLE);
                }
            }
        }
        for (LeadershipPrinciple lp : all) {
            JsonNode guide = read(json, "lp/" + lp.slug() + ".json");
            add(counts[lp.ordinal()], parser, guide.path("meaning").asText(), GUIDE);
            for (JsonNode l : guide.path("listenFor")) {
                add(counts[lp.ordinal()], parser, l.asText(), GUIDE);
            }
        }
        return new BankPrior(counts);
    }

    /** Cosine similarity of {@code text} with each principle's profile, in enum order; all 0 for an empty text. */
    double[] similarity(ParsedText text) {
        Map<String, Double> q = new HashMap<>();
        for (Token t : text.tokens()) {
            if (!t.number()) {
                q.merge(t.stem(), 1.0, Double::sum);
            }
        }
        double[] out = new double[profiles.length];
        double qn = 0;
        Map<String, Double> weighted = new HashMap<>();
        for (Map.Entry<String, Double> e : q.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * idf.getOrDefault(e.getKey(), 0.0);
            if (w > 0) {
                weighted.put(e.getKey(), w);
                qn += w * w;
            }
        }
        if (qn == 0) {
            return out;
        }
        qn = Math.sqrt(qn);
        for (int i = 0; i < profiles.length; i++) {
            double dot = 0;
            for (Map.Entry<String, Double> e : weighted.entrySet()) {
                Double p = profiles[i].get(e.getKey());
                if (p != null) {
                    dot += e.getValue() * p;
                }
            }
            out[i] = norms[i] == 0 ? 0 : dot / (qn * norms[i]);
        }
        return out;
    }

    double[] similarity(String text) {
        return similarity(parser.parse(text == null ? "" : text));
    }

    private static void add(Map<String, Double> counts, TextParser parser, String text, double weight) {
        Set<String> once = new HashSet<>();
        for (Token t : parser.parse(text).tokens()) {
            if (!t.number() && once.add(t.stem())) {
                counts.merge(t.stem(), weight, Double::sum);
            }
        }
    }

    private static java.util.List<String> lines(String resource) {
        try (InputStream in = open(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(ObjectMapper json, String resource) {
        try (InputStream in = open(resource)) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = BankPrior.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return in;
    }
}
