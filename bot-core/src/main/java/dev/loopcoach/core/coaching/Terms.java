package dev.loopcoach.core.coaching;

import dev.loopcoach.core.analysis.ParsedText;
import dev.loopcoach.core.analysis.Sentence;
import dev.loopcoach.core.analysis.Stemmer;
import dev.loopcoach.core.analysis.TextParser;
import dev.loopcoach.core.analysis.Token;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The content words of a text, as stems: what it is about, without function words. Used to tell whether two
 * texts share a subject (a reply and the story it follows, a probe and an answer) and whether a sentence says
 * anything beyond the rubric's own vocabulary.
 */
final class Terms {
    static final TextParser PARSER = new TextParser();

    /** Irregular verb forms to their base, so "kept" matches "keep" and "chose" matches "choose". */
    private static final java.util.Map<String, String> BASE = base(
            "kept keep chose choose chosen choose saw see seen see told tell ran run thought think bought buy spent spend "
                    + "built build found find brought bring led lead made make took take taken take gave give given give "
                    + "wrote write written write met meet sold sell lost lose paid pay left leave felt feel held hold knew know "
                    + "known know grew grow grown grow said say began begin begun begin broke break broken break caught catch "
                    + "drew draw drawn draw drove drive fell fall forgot forget got get gotten get hid hide hidden hide hit hit "
                    + "kept keep let let meant mean rose rise sent send set set shot shoot shut shut sat sit slept sleep spoke speak "
                    + "spoken speak stood stand stole steal struck strike swam swim taught teach tore tear understood understand "
                    + "went go gone go won win wore wear thrown throw threw throw");

    private static final Set<String> FUNCTION = stems(
            "a an the and or but so if then than that this these those there their they them it its it's is are was were be been "
                    + "being am do does did done doing have has had having i me my mine myself we us our ours you your yours he she "
                    + "his her him to of in on at by for with from into onto over under about as up down out off not no yes very "
                    + "really just also too more most much many some any all each every other another such what which who whom "
                    + "whose when where why how would could should will shall can may might must let get got make made go went "
                    + "gone come came take took say said tell told think thought know knew want wanted need needed like thing "
                    + "things stuff way ways lot lots kind sort well good great big small new old first second third one two "
                    + "three four five time times year years month months week weeks day days today now then here also "
                    + "because since while after before during still even only own same different sure okay ok honestly basically "
                    + "actually literally pretty quite maybe perhaps probably definitely i'm i've i'd i'll we're we've we'd we'll "
                    + "don't didn't doesn't isn't wasn't aren't weren't can't couldn't wouldn't won't it's that's there's let's "
                    + "amazon specific specifically example give walk through describe explain approach happen happened");

    private static java.util.Map<String, String> base(String pairs) {
        String[] w = pairs.split("\\s+");
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i + 1 < w.length; i += 2) {
            m.put(w[i], Stemmer.stem(w[i + 1]));
        }
        return java.util.Map.copyOf(m);
    }

    /** The token's stem, with irregular forms brought to their base. */
    static String stemOf(Token t) {
        String b = BASE.get(t.lower());
        return b != null ? b : t.stem();
    }

    private Terms() {
    }

    static Set<String> stems(String words) {
        Set<String> out = new HashSet<>();
        for (String w : words.split("\\s+")) {
            if (!w.isBlank()) {
                out.add(w);
                out.add(Stemmer.stem(w));
                String base = BASE.get(w);
                if (base != null) {
                    out.add(base);
                }
            }
        }
        return Set.copyOf(out);
    }

    static boolean content(Token t) {
        return !t.number() && t.lower().length() >= 3 && !FUNCTION.contains(t.lower()) && !FUNCTION.contains(t.stem())
                && Character.isLetter(t.lower().charAt(0));
    }

    /** Content stems of the whole text. */
    static Set<String> of(ParsedText text) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : text.tokens()) {
            if (content(t)) {
                out.add(stemOf(t));
            }
        }
        return out;
    }

    /** Questions and probes come back again and again: their terms are parsed once. */
    private static final com.github.benmanes.caffeine.cache.Cache<String, Set<String>> SHORT_TEXTS =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(8_192).build();
    private static final int CACHED_BELOW_CHARS = 400;

    /** Content stems of a text; a fresh set the caller may change. */
    static Set<String> of(String text) {
        String t = text == null ? "" : text;
        if (t.length() < CACHED_BELOW_CHARS) {
            return new LinkedHashSet<>(SHORT_TEXTS.get(t, k -> Set.copyOf(of(PARSER.parse(k)))));
        }
        return of(PARSER.parse(t));
    }

    /** Content stems of one sentence. */
    static Set<String> of(ParsedText text, Sentence s) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = text.token(i);
            if (content(t)) {
                out.add(stemOf(t));
            }
        }
        return out;
    }


    static boolean hasNumber(ParsedText text, Sentence s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (text.token(i).number()) {
                return true;
            }
        }
        return false;
    }

    static int overlap(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            if (b.contains(s)) {
                n++;
            }
        }
        return n;
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

}
