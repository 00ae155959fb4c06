package dev.loopcoach.core.writing;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spots passive constructions: a form of "be" (or "get"), up to two adverbs, then a past participle
 * ("was launched", "are being reviewed", "got approved"). Participles that usually work as adjectives
 * after "be" ("I was interested", "we were focused") do not count.
 */
final class PassiveVoice {
    private static final Set<String> AUXILIARIES = Set.of(
            "am", "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten", "getting",
            "isn't", "aren't", "wasn't", "weren't");
    private static final Set<String> BETWEEN = Set.of(
            "not", "never", "also", "already", "still", "just", "then", "always", "all", "both", "now", "being", "been",
            "often", "rarely", "only", "first", "later", "soon", "quickly", "fully", "newly", "partly", "largely");
    private static final Set<String> IRREGULAR = Set.of(
            "built", "made", "done", "given", "taken", "written", "shown", "seen", "known", "found", "held", "led", "sent",
            "set", "kept", "left", "lost", "paid", "put", "run", "sold", "told", "thought", "brought", "bought", "caught",
            "taught", "chosen", "driven", "broken", "spoken", "forgotten", "begun", "drawn", "grown", "thrown",
            "understood", "won", "hidden", "beaten", "eaten", "fallen", "forbidden", "frozen", "hung", "laid", "meant",
            "met", "ridden", "shaken", "shut", "split", "spent", "stolen", "struck", "sworn", "torn", "worn", "withdrawn",
            "overseen", "undertaken", "rebuilt", "rewritten", "cut", "hit", "hurt", "let", "fed", "read", "heard", "felt",
            "dealt", "swept", "upheld", "overturned", "overlooked", "mistaken", "forgiven", "bound", "fought",
            "sought", "shipped", "bid", "spun", "stuck", "rung", "sung", "sunk", "shot");
    /** After "be" these describe a state or a feeling, not an action done to someone. */
    private static final Set<String> ADJECTIVAL = Set.of(
            "interested", "excited", "tired", "pleased", "worried", "concerned", "bored", "scared", "surprised", "amazed",
            "delighted", "disappointed", "frustrated", "satisfied", "thrilled", "experienced", "qualified", "skilled",
            "talented", "supposed", "committed", "dedicated", "determined", "focused", "involved", "engaged", "motivated",
            "convinced", "prepared", "aligned", "related", "married", "advanced", "limited", "complicated",
            "sophisticated", "detailed", "biased", "confused", "embarrassed", "overwhelmed", "stressed", "exhausted",
            "relieved", "ashamed", "annoyed", "inspired", "impressed", "obsessed", "passionate", "based", "used", "need",
            "indeed", "tied", "blessed", "accustomed", "devoted", "unbiased", "unsupervised", "unexpected", "unrelated",
            "undecided", "unaffected", "unprepared", "unqualified", "unconvinced", "unmotivated");

    private PassiveVoice() {
    }

    static boolean isPassive(String sentence) {
        List<String> words = Words.of(sentence).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < words.size(); i++) {
            if (!AUXILIARIES.contains(words.get(i))) {
                continue;
            }
            int j = i + 1;
            int skipped = 0;
            while (j < words.size() && skipped < 2 && (BETWEEN.contains(words.get(j)) || isAdverb(words.get(j)))) {
                j++;
                skipped++;
            }
            if (j < words.size() && isParticiple(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAdverb(String w) {
        return w.length() > 4 && w.endsWith("ly") && !w.equals("supply") && !w.equals("apply") && !w.equals("reply");
    }

    static boolean isParticiple(String w) {
        if (ADJECTIVAL.contains(w)) {
            return false;
        }
        if (IRREGULAR.contains(w)) {
            return true;
        }
        return w.length() >= 5 && w.endsWith("ed") && !w.endsWith("eed") && w.chars().allMatch(Character::isLetter);
    }
}
