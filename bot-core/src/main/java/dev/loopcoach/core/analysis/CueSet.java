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
    /** Per word: [0] cues whose first word has this stem, [1] cues whose first word is exactly this word. */
    private final Map<String, Bucket[]> byWord = new HashMap<>();
    private final PrefixNode prefixes = new PrefixNode();

    private CueSet(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        for (int i = 0; i < this.cues.size(); i++) {
            Cue cue = this.cues.get(i);
            for (Cue.Alt alt : cue.elements().get(0).alts()) {
                switch (alt.kind()) {
                    case STEM -> slot(alt.text(), 0).add(cue, i);
                    case EXACT -> slot(alt.text(), 1).add(cue, i);
                    case PREFIX -> prefixes.bucket(alt.text(), 0).add(cue, i);
                }
            }
        }
    }

    private Bucket slot(String word, int kind) {
        Bucket[] pair = byWord.computeIfAbsent(word, k -> new Bucket[2]);
        if (pair[kind] == null) {
            pair[kind] = new Bucket();
        }
        return pair[kind];
    }

    public static CueSet of(List<Cue> cues) {
        return new CueSet(cues);
    }

    /**
     * Several cue sets matched in one pass over the tokens; {@link #match} returns the matches of each set
     * separately, in the order the sets were given.
     */
    public static final class Combined {
        private final CueSet all;
        private final int[] offsets;

        public Combined(List<CueSet> sets) {
            List<Cue> cues = new ArrayList<>();
            offsets = new int[sets.size() + 1];
            for (int k = 0; k < sets.size(); k++) {
                offsets[k] = cues.size();
                cues.addAll(sets.get(k).cues());
            }
            offsets[sets.size()] = cues.size();
            all = new CueSet(cues);
        }

        public List<List<CueMatch>> match(ParsedText text) {
            List<List<CueMatch>> out = new ArrayList<>(offsets.length - 1);
            for (int k = 0; k < offsets.length - 1; k++) {
                out.add(new ArrayList<>());
            }
            for (CueMatch m : all.match(text)) {
                int k = 0;
                while (m.cueId() >= offsets[k + 1]) {
                    k++;
                }
                out.get(k).add(m);
            }
            return out;
        }
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
        java.util.Set<String> shapes = new java.util.HashSet<>();
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
                    int min = part.equals("_") ? 1 : 0;
                    Cue.Element last = elements.get(elements.size() - 1);
                    if (last.gap()) {
                        elements.set(elements.size() - 1, new Cue.Element(last.minGap() + min, last.maxGap() + 1));
                    } else {
                        elements.add(new Cue.Element(min, 1));
                    }
                } else if (part.startsWith("{") && part.endsWith("}")) {
                    List<Cue.Alt> alts = new ArrayList<>();
                    for (String alt : part.substring(1, part.length() - 1).split(",")) {
                        List<Cue.Alt> one = words(alt, where);
                        if (one.size() != 1) {
                            throw new IllegalArgumentException(where + ": {...} alternatives must be single words: " + part);
                        }
                        alts.addAll(one);
                    }
                    elements.add(new Cue.Element(alts));
                } else {
                    for (Cue.Alt alt : words(part, where)) {
                        elements.add(new Cue.Element(List.of(alt)));
                    }
                }
            }
            if (elements.isEmpty()) {
                throw new IllegalArgumentException(where + ": empty pattern in '" + pattern + "'");
            }
            if (elements.get(elements.size() - 1).gap()) {
                throw new IllegalArgumentException(where + ": a pattern cannot end with _ or ~");
            }
            if (shapes.add(shape(elements))) {
                out.add(new Cue(label, weight, elements, sensitive, p)); // "hire|hired|hiring" is one stem, one cue
            }
        }
        return out;
    }

    /** What a compiled pattern matches, as text: two alternatives with the same shape are the same cue. */
    static String shape(List<Cue.Element> elements) {
        StringBuilder b = new StringBuilder();
        for (Cue.Element e : elements) {
            b.append(e.gap() ? "gap" + e.minGap() + "-" + e.maxGap() : e.alts().toString()).append(' ');
        }
        return b.toString();
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

    /** All matches, in token order. Linear in the number of tokens; cues are indexed by their first two words. */
    public List<CueMatch> match(ParsedText text) {
        List<Token> tokens = text.tokens();
        List<CueMatch> out = new ArrayList<>(Math.max(16, tokens.size() / 2));
        for (int i = 0, n = tokens.size(); i < n; i++) {
            Token t = tokens.get(i);
            Sentence sentence = text.sentence(t.sentence());
            Token next = i + 1 < sentence.endToken() ? tokens.get(i + 1) : null;
            Bucket[] byStem = t.number() ? null : byWord.get(t.stem());
            if (byStem != null && byStem[0] != null) {
                byStem[0].tryAll(tokens, i, next, sentence, out);
            }
            // a word that is its own stem (most short words) needs no second lookup
            Bucket[] byExact = !t.number() && t.stem() == t.lower() ? byStem : byWord.get(t.lower());
            if (byExact != null && byExact[1] != null) {
                byExact[1].tryAll(tokens, i, next, sentence, out);
            }
            PrefixNode node = prefixes;
            String w = t.lower();
            for (int k = 0; k < w.length() && node != null; k++) {
                node = node.find(w.charAt(k));
                if (node != null && node.bucket != null) {
                    node.bucket.tryAll(tokens, i, next, sentence, out);
                }
            }
        }
        return out;
    }

    /**
     * Cues sharing a first word, indexed again by their second word (when it is a plain word), so a frequent
     * first word such as "the" or "I" only tries the cues whose second word also fits.
     */
    private static final class Bucket {
        private final List<Entry> single = new ArrayList<>(2);
        private final Map<String, List<Entry>> nextStem = new HashMap<>();
        private final Map<String, List<Entry>> nextExact = new HashMap<>();
        private final List<Entry> other = new ArrayList<>(2);

        void add(Cue cue, int id) {
            List<Cue.Element> el = cue.elements();
            Entry entry = new Entry(cue, id);
            if (el.size() == 1) {
                single.add(entry);
                return;
            }
            Cue.Element second = el.get(1);
            if (second.gap() || second.hasPrefix()) {
                other.add(entry);
                return;
            }
            for (Cue.Alt a : second.alts()) {
                (a.kind() == Cue.Alt.Kind.STEM ? nextStem : nextExact)
                        .computeIfAbsent(a.text(), k -> new ArrayList<>(2)).add(entry);
            }
        }

        void tryAll(List<Token> tokens, int i, Token next, Sentence sentence, List<CueMatch> out) {
            for (int k = 0; k < single.size(); k++) {
                accept(single.get(k), i, i + 1, tokens, sentence, out);
            }
            if (next != null) {
                if (!next.number() && !nextStem.isEmpty()) {
                    tryList(nextStem.get(next.stem()), tokens, i, sentence, out);
                }
                if (!nextExact.isEmpty()) {
                    tryList(nextExact.get(next.lower()), tokens, i, sentence, out);
                }
            }
            if (!other.isEmpty()) {
                tryList(other, tokens, i, sentence, out);
            }
        }

        private static void tryList(List<Entry> list, List<Token> tokens, int i, Sentence sentence, List<CueMatch> out) {
            if (list == null) {
                return;
            }
            for (int k = 0; k < list.size(); k++) {
                Entry entry = list.get(k);
                int end = matchRest(entry.cue.elements(), 1, tokens, i + 1, sentence.endToken());
                if (end >= 0) {
                    accept(entry, i, end, tokens, sentence, out);
                }
            }
        }

        private static void accept(Entry entry, int i, int end, List<Token> tokens, Sentence sentence, List<CueMatch> out) {
            for (int k = out.size() - 1; k >= 0 && out.get(k).firstToken() == i; k--) {
                if (out.get(k).cueId() == entry.id) {
                    return; // the same cue reached through two alternatives of its first word
                }
            }
            out.add(new CueMatch(entry.cue, i, end, sentence.index(), negated(tokens, i, sentence.firstToken()), entry.id));
        }
    }

    private record Entry(Cue cue, int id) {
    }

    private static int matchRest(List<Cue.Element> elements, int e, List<Token> tokens, int at, int limit) {
        if (e == elements.size()) {
            return at;
        }
        Cue.Element el = elements.get(e);
        if (el.gap()) {
            for (int skip = el.minGap(); skip <= el.maxGap() && at + skip <= limit; skip++) {
                int end = matchRest(elements, e + 1, tokens, at + skip, limit);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (at >= limit || !el.matches(tokens.get(at))) {
            return -1;
        }
        return matchRest(elements, e + 1, tokens, at + 1, limit);
    }

    static boolean negated(List<Token> tokens, int first, int sentenceStart) {
        for (int k = first - 1; k >= Math.max(sentenceStart, first - NEGATION_WINDOW); k--) {
            Token t = tokens.get(k);
            if (t.isNegator()) {
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
        private final PrefixNode[] ascii = new PrefixNode[26];
        private Map<Character, PrefixNode> others;
        private Bucket bucket;

        Bucket bucket(String prefix, int at) {
            if (at == prefix.length()) {
                if (bucket == null) {
                    bucket = new Bucket();
                }
                return bucket;
            }
            char c = prefix.charAt(at);
            PrefixNode kid = find(c);
            if (kid == null) {
                kid = new PrefixNode();
                if (c >= 'a' && c <= 'z') {
                    ascii[c - 'a'] = kid;
                } else {
                    if (others == null) {
                        others = new HashMap<>();
                    }
                    others.put(c, kid);
                }
            }
            return kid.bucket(prefix, at + 1);
        }

        PrefixNode find(char c) {
            if (c >= 'a' && c <= 'z') {
                return ascii[c - 'a'];
            }
            return others == null ? null : others.get(c);
        }
    }
}
