package dev.loopcoach.core.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Flags filler, hedging and weasel words from {@code analysis/language.txt}, each with a replacement. A phrase
 * repeated many times is reported once per sentence; where two entries overlap ("a lot of" and "a lot"), the
 * longer one wins.
 */
public final class LanguageCheck {
    private static final java.util.regex.Pattern TESTED = java.util.regex.Pattern.compile(
            "(?i)\\b(tested|test it|checked|verified|validated|confirmed|measured|ran an? (test|experiment)|so i (tested|checked))\\b");
    public static final String RESOURCE = "analysis/language.txt";
    private static final int MAX_ISSUES = 40;

    private final CueSet cues;
    private final Map<String, String> suggestions = new HashMap<>();

    private LanguageCheck(List<Cue> cues, Map<String, String> suggestions) {
        this.cues = CueSet.of(cues);
        this.suggestions.putAll(suggestions);
    }

    public static LanguageCheck standard() {
        try (InputStream in = LanguageCheck.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Cue> cues = new ArrayList<>();
            Map<String, String> suggestions = new LinkedHashMap<>();
            String kind = null;
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("@")) {
                    kind = l.substring(1).strip().toUpperCase(Locale.ROOT);
                    LanguageIssue.Kind.valueOf(kind);
                    continue;
                }
                int arrow = l.indexOf("=>");
                if (kind == null || arrow < 0) {
                    throw new IllegalArgumentException(RESOURCE + ":" + n + ": expected 'pattern => suggestion' after @kind");
                }
                String label = kind + "#" + n;
                suggestions.put(label, l.substring(arrow + 2).strip());
                cues.addAll(CueSet.compile(label, 1, l.substring(0, arrow).strip(), RESOURCE + ":" + n));
            }
            return new LanguageCheck(cues, suggestions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LanguageFinding check(ParsedText text, int fillerWords) {
        return check(text, fillerWords, cues.match(text));
    }

    CueSet cues() {
        return cues;
    }

    /** Checks with matches of this check's cues computed beforehand (see {@link CueSet.Combined}). */
    LanguageFinding check(ParsedText text, int fillerWords, List<CueMatch> matches) {
        List<LanguageIssue> out = new ArrayList<>();
        int coveredUntil = -1;
        java.util.Set<String> seenInSentence = new java.util.HashSet<>();
        int sentence = -1;
        CueMatch best = null;
        for (int i = 0; i <= matches.size(); i++) {
            CueMatch m = i < matches.size() ? matches.get(i) : null;
            if (best != null && (m == null || m.firstToken() != best.firstToken())) {
                if (best.firstToken() >= coveredUntil) {
                    if (best.sentence() != sentence) {
                        sentence = best.sentence();
                        seenInSentence.clear();
                    }
                    String phrase = text.text(best.firstToken(), best.endToken());
                    if (seenInSentence.add(phrase.toLowerCase(Locale.ROOT)) && out.size() < MAX_ISSUES) {
                        String label = best.label();
                        LanguageIssue.Kind kind = LanguageIssue.Kind.valueOf(label.substring(0, label.indexOf('#')));
                        // "I believed X, so I tested it" states a hypothesis that was checked: not a hedge
                        int sentenceEnd = text.sentence(best.sentence()).endToken();
                        boolean tested = kind == LanguageIssue.Kind.HEDGE && best.endToken() < sentenceEnd
                                && TESTED.matcher(text.text(best.endToken(), sentenceEnd)).find();
                        if (!tested) {
                            out.add(new LanguageIssue(kind, phrase, suggestions.get(label), Quotes.of(text, best.sentence())));
                        }
                    }
                    coveredUntil = best.endToken();
                }
                best = null;
            }
            if (m != null && (best == null || m.endToken() > best.endToken())) {
                best = m;
            }
        }
        return new LanguageFinding(out, fillerWords);
    }
}
