package dev.loopcoach.core.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A compiled list of weighted cue patterns, matched against a {@link ParsedText} in one pass.
 *
 * <p>File format (one cue per line, UTF-8):
 * <pre>
 * # comment
 * &#64;label                 every cue below votes for this label (an LP slug, "result", ...)
 * 2 customer*            weight, then the pattern
 * 1.5 push back          words are compared by stem: also "pushed back", "pushing back"
 * 2 took charge|take charge   | separates whole-phrase alternatives
 * 2 ^ data              a leading ^ marks a cue whose meaning flips after "not", "never", "without"
 * -2 bias for action     negative weights cancel a misleading shorter cue
 * </pre>
 * Pattern elements: {@code word} (same stem), {@code word*} (the token starts with it), {@code =word}
 * (exactly this token), {@code {a,b}} (either word at this position), {@code _} (any one token), {@code ~}
 * (zero or one token). Hyphens and slashes split words as they do in text: {@code long-term} is two tokens.
 * A pattern never starts with {@code _} or {@code ~} and never crosses a sentence.
 */
public final class CueSet {
    static final double NEGATED_FACTOR = 0.3;
    private static final int NEGATION_WINDOW = 3;

    private final List<Cue> cues;
    private final Map<String, List<Cue>> byStem = new HashMap<>();
    private final Map<String, List<Cue>> byExact = new HashMap<>();
    private final PrefixNode prefixes = new PrefixNode();

    private CueSet(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        for (Cue cue : this.cues) {
            for (Cue.Alt alt : cue.elements().get(0).alts()) {
                switch (alt.kind()) {
                    case STEM -> byStem.computeIfAbsent(alt.text(), k -> new ArrayList<>()).add(cue);
                    case EXACT -> byExact.computeIfAbsent(alt.text(), k -> new ArrayList<>()).add(cue);
                    case PREFIX -> prefixes.add(alt.text(), 0, cue);
                }
            }
        }
    }

    public static CueSet of(List<Cue> cues) {
        return new CueSet(cues);
    }

    public List<Cue> cues() {
        return cues;
    }

    /** Reads a cue file from the classpath. */
    public static List<Cue> readResource(String resource) {
        try (InputStream in = CueSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return read(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Cue> read(String name, Reader reader) throws IOException {
        List<Cue> out = new ArrayList<>();
        String label = null;
        int lineNo = 0;
        BufferedReader in = new BufferedReader(reader);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("@")) {
                label = l.substring(1).strip();
                continue;
            }
            if (label == null) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": cue before any @label");
            }
            int space = l.indexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": expected 'weight pattern'");
            }
            double weight;
            try {
                weight = Double.parseDouble(l.substring(0, space));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": bad weight in '" + l + "'", e);
            }
            out.addAll(compile(label, weight, l.substring(space + 1).strip(), name + ":" + lineNo));
        }
        return out;
    }

    /**
     * Compiles one pattern line into one cue per phrase alternative (see the class comment for the syntax).
     * All alternatives share {@code pattern}, so repeats of any of them count as repeats of the line.
     */
    public static List<Cue> compile(String label, double weight, String pattern, String where) {
        String p = pattern.strip();
        boolean sensitive = false;
        if (p.startsWith("^")) {
            sensitive = true;
            p = p.substring(1).strip();
        }
        List<Cue> out = new ArrayList<>();
        for (String phrase : splitTopLevel(p, '|')) {
            List<Cue.Element> elements = new ArrayList<>();
            for (String part : phrase.strip().split("\\s+")) {
                if (part.isEmpty()) {
                    continue;
                }
                if (part.equals("_") || part.equals("~")) {
                    if (elements.isEmpty()) {
                        throw new IllegalArgumentException(where + ": a pattern cannot start with " + part);
                    }
                    elements.add(new Cue.Element(List.of(), true, part.equals("~")));
                } else if (part.startsWith("{") && part.endsWith("}")) {
                    List<Cue.Alt> alts = new ArrayList<>();
                    for (String alt : part.substring(1, part.length() - 1).split(",")) {
                        List<Cue.Alt> one = words(alt, where);
                        if (one.size() != 1) {
                            throw new IllegalArgumentException(where + ": {...} alternatives must be single words: " + part);
                        }
                        alts.addAll(one);
                    }
                    elements.add(new Cue.Element(alts, false, false));
                } else {
                    for (Cue.Alt alt : words(part, where)) {
                        elements.add(new Cue.Element(List.of(alt), false, false));
                    }
                }
            }
            if (elements.isEmpty()) {
                throw new IllegalArgumentException(where + ": empty pattern in '" + pattern + "'");
            }
            out.add(new Cue(label, weight, elements, sensitive, p));
        }
        return out;
    }

    /** Splits a word the way {@link TextParser} splits text (hyphens and slashes separate tokens). */
    private static List<Cue.Alt> words(String word, String where) {
        String w = word.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        boolean exact = w.startsWith("=");
        if (exact) {
            w = w.substring(1);
        }
        boolean prefix = w.endsWith("*");
        if (prefix) {
            w = w.substring(0, w.length() - 1);
        }
        List<Cue.Alt> out = new ArrayList<>();
        String[] pieces = w.split("[-/]+");
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (piece.isEmpty()) {
                continue;
            }
            boolean last = i == pieces.length - 1;
            if (last && prefix) {
                out.add(new Cue.Alt(Cue.Alt.Kind.PREFIX, piece));
            } else if (exact) {
                out.add(new Cue.Alt(Cue.Alt.Kind.EXACT, piece));
            } else {
                out.add(new Cue.Alt(Cue.Alt.Kind.STEM, Stemmer.stem(piece)));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(where + ": empty word '" + word + "'");
        }
        return out;
    }

    private static List<String> splitTopLevel(String s, char sep) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == sep && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /** All matches, in token order. Linear in the number of tokens times the (small) cues per first word. */
    public List<CueMatch> match(ParsedText text) {
        List<Token> tokens = text.tokens();
        List<CueMatch> out = new ArrayList<>();
        List<Cue> candidates = new ArrayList<>(8);
        for (int i = 0, n = tokens.size(); i < n; i++) {
            Token t = tokens.get(i);
            candidates.clear();
            if (!t.number()) {
                List<Cue> s = byStem.get(t.stem());
                if (s != null) {
                    candidates.addAll(s);
                }
            }
            List<Cue> e = byExact.get(t.lower());
            if (e != null) {
                candidates.addAll(e);
            }
            prefixes.collect(t.lower(), candidates);
            if (candidates.isEmpty()) {
                continue;
            }
            if (candidates.size() > 1) {
                dedupe(candidates);
            }
            Sentence sentence = text.sentence(t.sentence());
            for (Cue cue : candidates) {
                int end = matchRest(cue.elements(), 1, tokens, i + 1, sentence.endToken());
                if (end >= 0) {
                    out.add(new CueMatch(cue, i, end, t.sentence(), negated(tokens, i, sentence.firstToken())));
                }
            }
        }
        return out;
    }

    private static void dedupe(List<Cue> list) {
        for (int a = list.size() - 1; a > 0; a--) {
            for (int b = 0; b < a; b++) {
                if (list.get(a) == list.get(b)) {
                    list.remove(a);
                    break;
                }
            }
        }
    }

    private static int matchRest(List<Cue.Element> elements, int e, List<Token> tokens, int at, int limit) {
        if (e == elements.size()) {
            return at;
        }
        Cue.Element el = elements.get(e);
        if (el.optional()) {
            int skip = matchRest(elements, e + 1, tokens, at, limit);
            if (skip >= 0) {
                return skip;
            }
            return at < limit ? matchRest(elements, e + 1, tokens, at + 1, limit) : -1;
        }
        if (at >= limit || !el.matches(tokens.get(at))) {
            return -1;
        }
        return matchRest(elements, e + 1, tokens, at + 1, limit);
    }

    static boolean negated(List<Token> tokens, int first, int sentenceStart) {
        for (int k = first - 1; k >= Math.max(sentenceStart, first - NEGATION_WINDOW); k--) {
            Token t = tokens.get(k);
            if (t.negator()) {
                if (k + 1 < tokens.size()) {
                    String next = tokens.get(k + 1).lower();
                    if (next.equals("only") || next.equals("one") || next.equals("longer") || next.equals("doubt")
                            || next.equals("matter")) {
                        continue;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** A character trie of prefix patterns, so each token is checked in time proportional to its length. */
    private static final class PrefixNode {
        private char[] keys = new char[0];
        private PrefixNode[] kids = new PrefixNode[0];
        private final List<Cue> here = new ArrayList<>(1);

        void add(String prefix, int at, Cue cue) {
            if (at == prefix.length()) {
                here.add(cue);
                return;
            }
            char c = prefix.charAt(at);
            PrefixNode kid = find(c);
            if (kid == null) {
                kid = new PrefixNode();
                keys = java.util.Arrays.copyOf(keys, keys.length + 1);
                kids = java.util.Arrays.copyOf(kids, kids.length + 1);
                keys[keys.length - 1] = c;
                kids[kids.length - 1] = kid;
            }
            kid.add(prefix, at + 1, cue);
        }

        void collect(String word, List<Cue> out) {
            PrefixNode node = this;
            for (int i = 0; i < word.length() && node != null; i++) {
                node = node.find(word.charAt(i));
                if (node != null && !node.here.isEmpty()) {
                    out.addAll(node.here);
                }
            }
        }

        private PrefixNode find(char c) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return kids[i];
                }
            }
            return null;
        }
    }
}
