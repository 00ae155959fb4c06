package dev.loopcoach.core.analysis;

import java.util.Map;
import java.util.Set;

/** Closed word classes the detectors share (all lower case). */
final class Words {
    private Words() {
    }

    /** An immutable set that tolerates repeated entries in the lists below. */
    static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static final Set<String> NEGATORS = set(
            "not", "no", "never", "without", "nobody", "nothing", "neither", "nor", "cannot", "none", "hardly",
            "barely", "lack", "lacked", "lacking");

    static final Set<String> FIRST_SINGULAR = set("i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself");
    static final Set<String> FIRST_SINGULAR_SUBJECT = set("i", "i'm", "i've", "i'd", "i'll");
    static final Set<String> FIRST_PLURAL = set("we", "we're", "we've", "we'd", "we'll", "us", "our", "ours", "ourselves");
    static final Set<String> FIRST_PLURAL_SUBJECT = set("we", "we're", "we've", "we'd", "we'll");

    /** Words that may stand between a subject and its verb: "I then quickly rewrote". */
    static final Set<String> ADVERBS = set(
            "then", "also", "quickly", "immediately", "personally", "first", "finally", "eventually", "just",
            "actually", "really", "still", "initially", "later", "together", "directly", "carefully", "proactively",
            "jointly", "soon", "ultimately", "again", "instead", "myself", "ourselves", "both", "all", "always",
            "never", "already", "subsequently", "next", "promptly", "successfully", "basically", "simply",
            "specifically", "manually", "independently", "gradually", "rapidly", "jointly", "originally", "only",
            "even", "once", "recently", "partially", "completely", "fully", "publicly", "privately", "politely",
            "respectfully", "openly", "formally", "informally", "deliberately", "explicitly", "single-handedly");

    /** Past forms that describe a state or feeling, not an action taken. */
    static final Set<String> STATIVE_PAST = set(
            "was", "were", "had", "felt", "thought", "knew", "wanted", "liked", "loved", "hoped", "believed",
            "seemed", "wished", "expected", "assumed", "needed", "hated", "feared", "owned", "preferred",
            "belonged", "cared", "enjoyed", "appeared", "sounded", "meant", "became", "remained", "stayed",
            "lacked", "worried", "guessed", "supposed", "happened", "tended", "realized", "realised", "noticed",
            "understood", "agreed", "decided", "liked", "kept");

    /** Past forms that look like "-ed" verbs but are not: "need", "hundred", "indeed". */
    static final Set<String> NOT_PAST = set("need", "feed", "speed", "seed", "bed", "red", "hundred", "indeed", "shed",
            "embed", "exceed", "proceed", "succeed", "bleed", "breed", "greed", "weed", "sacred", "naked", "wicked",
            "kindred", "hatred", "shred", "sled", "wed", "ted", "ned", "med", "ped");

    /** Verbs whose first-sentence use describes a role ("I managed the payments platform at..."), not a step. */
    static final Set<String> ROLE_VERBS = set("managed", "ran", "owned", "led", "oversaw", "headed", "joined", "inherited",
            "moved", "worked");

    /** Hedges that do not carry the clause: "I think", "I guess", "I mean". */
    static final Set<String> HEDGE_VERBS = set("think", "guess", "believe", "feel", "mean", "suppose", "reckon",
            "thought", "felt", "believed", "guessed", "assume", "imagine");

    /** Words after which a new clause starts when a subject follows ("..., and the bill came down"). */
    static final Set<String> CLAUSE_CONJUNCTIONS = set("and", "but", "so", "while", "whereas", "because", "although",
            "though", "which", "until", "yet", "then");

    static final Set<String> CLAUSE_SUBJECTS = set("i", "we", "the", "our", "my", "she", "he", "they", "it", "this",
            "that", "their", "his", "her", "everyone", "everybody", "nobody", "people", "customers", "users",
            "leadership", "i'd", "we'd", "i've", "we've", "i'm", "we're", "it's", "there", "sales", "finance",
            "support", "management", "engineering", "revenue", "conversion", "churn", "retention", "costs", "cost");

    /** Adjectives after "was/were" that end like participles but describe a state: "was excited". */
    static final Set<String> STATE_PARTICIPLES = set("excited", "interested", "worried", "concerned", "tired", "bored",
            "surprised", "stuck", "located", "based", "supposed", "used", "known", "involved", "focused", "convinced",
            "frustrated", "annoyed", "pleased", "satisfied", "disappointed", "scared", "confused", "overwhelmed",
            "stretched", "motivated", "determined", "committed", "aligned", "engaged", "skilled", "experienced",
            "qualified", "limited", "required", "expected", "needed", "called", "named", "titled", "asked", "tasked",
            "responsible", "born", "married", "blocked", "delayed", "broken", "gone", "done", "finished");

    /** Participles that report an outcome when passive: "the plan was approved", "the project got cancelled". */
    static final Set<String> OUTCOME_PARTICIPLES = set("approved", "funded", "adopted", "accepted", "promoted",
            "cancelled", "canceled", "rejected", "renewed", "recognized", "recognised", "praised", "awarded", "chosen",
            "selected", "hired", "fired", "greenlit", "adopted", "shelved", "scrapped", "killed", "acquired", "featured",
            "rewarded", "thanked", "invited", "offered", "reduced", "increased", "improved", "cut", "halved", "doubled",
            "tripled", "eliminated", "lowered", "raised");

    static final Set<String> IRREGULAR_PARTICIPLES = set("done", "made", "built", "written", "rewritten", "taken",
            "given", "brought", "found", "sent", "shown", "seen", "run", "set", "put", "cut", "held", "kept", "led", "paid",
            "sold", "told", "won", "chosen", "drawn", "driven", "grown", "thrown", "shut", "split", "spent", "begun",
            "broken", "forgotten", "gotten", "hidden", "spoken", "stolen", "hit", "let", "met", "bought", "caught",
            "taught", "fought", "sought", "dealt", "heard", "laid", "left", "lost", "rebuilt", "redone", "undone",
            "overseen", "undertaken", "withdrawn", "known", "understood", "read", "fed", "sped", "shrunk", "struck");

    /** Irregular past forms of action verbs (regular ones end in -ed). */
    static final Set<String> IRREGULAR_PAST = set(
            "made", "built", "wrote", "ran", "led", "met", "took", "gave", "went", "set", "put", "found", "brought",
            "bought", "sent", "spent", "told", "said", "saw", "kept", "held", "began", "chose", "drew", "drove",
            "fought", "sold", "taught", "understood", "won", "cut", "hit", "let", "paid", "rewrote", "rebuilt",
            "overcame", "sought", "stood", "spoke", "broke", "caught", "dealt", "heard", "laid", "left", "lost",
            "rose", "shut", "sat", "split", "spread", "struck", "threw", "woke", "undertook", "oversaw", "withdrew",
            "forgave", "grew", "fell", "shook", "stuck", "swept", "upheld", "withheld", "wound", "flew", "forecast",
            "redid", "reran", "reset", "rethought", "drove", "froze", "hid", "sped", "sank", "slid", "shrank",
            "bet", "bid", "beat", "became", "came", "got", "did", "thought", "read", "proofread", "took", "fed",
            "dug", "lit", "mistook", "outgrew", "overheard", "overtook", "rode", "stole", "strove", "swore", "tore",
            "wore", "wove", "quit", "sold", "rang", "sang", "began", "bent", "lent", "meant", "leapt", "was", "were",
            "had", "did", "got", "knew", "felt", "thought", "kept", "understood", "stood", "came", "became");

    static boolean isPast(String w) {
        if (IRREGULAR_PAST.contains(w)) {
            return true;
        }
        if (w.length() < 4 || !w.endsWith("ed") || NOT_PAST.contains(w)) {
            return false;
        }
        if (w.endsWith("eed")) {
            return w.equals("agreed") || w.equals("disagreed") || w.equals("freed") || w.equals("guaranteed");
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    static boolean isParticiple(String w) {
        return IRREGULAR_PARTICIPLES.contains(w) || isPast(w) && !IRREGULAR_PAST.contains(w);
    }

    /** Pronoun-like subjects that make a clause narrative: "I", "we", "my team and I". */
    static final Set<String> SUBJECTS = set("i", "we", "i'd", "we'd");

    /** Auxiliaries that turn the next verb into a plan, wish or habit rather than a fact. */
    static final Set<String> MODALS = set(
            "would", "will", "could", "might", "should", "may", "can", "shall", "'d", "'ll");

    static final Set<String> BE_FORMS = set("was", "were", "been", "being", "is", "are", "be", "got", "get", "gets");

    static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(
            Map.entry("two", 2d), Map.entry("three", 3d), Map.entry("four", 4d), Map.entry("five", 5d),
            Map.entry("six", 6d), Map.entry("seven", 7d), Map.entry("eight", 8d), Map.entry("nine", 9d),
            Map.entry("ten", 10d), Map.entry("eleven", 11d), Map.entry("twelve", 12d), Map.entry("fifteen", 15d),
            Map.entry("twenty", 20d), Map.entry("thirty", 30d), Map.entry("forty", 40d), Map.entry("fifty", 50d),
            Map.entry("sixty", 60d), Map.entry("seventy", 70d), Map.entry("eighty", 80d), Map.entry("ninety", 90d),
            Map.entry("hundred", 100d), Map.entry("hundreds", 100d), Map.entry("thousand", 1000d),
            Map.entry("thousands", 1000d), Map.entry("million", 1e6), Map.entry("millions", 1e6),
            Map.entry("billion", 1e9), Map.entry("dozen", 12d), Map.entry("dozens", 12d), Map.entry("half", 0.5),
            Map.entry("third", 0.33), Map.entry("quarter", 0.25), Map.entry("thirteen", 13d),
            Map.entry("fourteen", 14d), Map.entry("sixteen", 16d), Map.entry("seventeen", 17d),
            Map.entry("eighteen", 18d), Map.entry("nineteen", 19d));

    /** Words that are quantities by themselves: "doubled", "halved", "twice". */
    static final Set<String> MULTIPLIER_WORDS = set(
            "doubled", "tripled", "trebled", "quadrupled", "halved", "twice", "tenfold", "twofold", "threefold",
            "fivefold", "double", "triple", "doubling", "tripling", "halving");

    static final Set<String> TIME_UNITS = set(
            "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days",
            "week", "weeks", "month", "months", "quarter", "quarters", "year", "years", "sprint", "sprints",
            "ms", "milliseconds", "weekend", "weekends", "business");

    /** Units and nouns that make a bare number a measured quantity. */
    static final Set<String> QUANTITY_NOUNS = set(
            "percent", "per", "percentage", "points", "point", "pp", "bps", "basis", "dollars", "usd", "eur", "euros",
            "pounds", "k", "m", "bn", "x", "times", "customers", "users", "sellers", "buyers", "orders", "tickets",
            "calls", "sales", "deals", "accounts", "clients", "hires", "people", "engineers", "stores", "sites",
            "markets", "countries", "bugs", "defects", "incidents", "complaints", "requests", "units", "items",
            "hours", "minutes", "days", "weeks", "months", "steps", "clicks", "pages", "transactions", "downloads",
            "installs", "signups", "subscribers", "members", "visits", "sessions", "leads", "partners", "teams",
            "releases", "features", "stars", "nps", "seconds", "ms", "gb", "tb", "servers", "instances", "licenses",
            "contracts", "renewals", "applications", "candidates", "employees");
}
