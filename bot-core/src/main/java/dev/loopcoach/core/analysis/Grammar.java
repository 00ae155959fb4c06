package dev.loopcoach.core.analysis;

import java.util.List;
import java.util.Set;

/**
 * A shallow grammatical reading of one clause: its subject (I, we, you, someone else, a passive verb) and the
 * form of its main verb (past action, past state, past perfect, present, "would"/"will", "-ing" in progress).
 * No parser: word lists and the order of words are enough for spoken-style answers.
 */
final class Grammar {
    private static final Set<String> CHANGE_VERBS = Words.set("increased", "decreased", "reduced", "grew", "improved",
            "dropped", "fell", "rose", "cut", "climbed", "jumped", "declined", "doubled", "tripled", "halved", "lifted",
            "boosted", "lowered", "shortened", "raised", "eliminated", "saved", "shrank", "quadrupled", "accelerated");
    private static final Set<String> FUTURE = Words.set("will", "shall", "'ll", "gonna");
    private static final Set<String> NEGATED = Words.set("didn't", "never", "couldn't", "wasn't", "weren't", "hadn't",
            "not", "no", "barely", "hardly", "haven't", "don't", "can't", "won't", "wouldn't");

    Clause.Actor actor = Clause.Actor.NONE;
    String verb;
    boolean pastAction;
    boolean modal;
    /** "could not", "could never", "could hardly": a past inability, a fact of the story. */
    private static final java.util.Set<String> NOT_ABLE = java.util.Set.of("not", "never", "hardly", "barely");
    boolean future;
    boolean progressive;
    boolean present;
    /** The modal verb after the subject ("could", "would", ...), when there is one. */
    String modalWord;
    /** A plain present verb after "I"/"we" ("I pull the data"): an action when the story is told in the present. */
    boolean presentSimple;
    boolean anyPast;
    boolean background;
    boolean changeVerb;
    boolean metricShape;
    boolean passiveOutcome;

    private Grammar() {
    }

    /** A participle after these is an adjective or present passive, not a past event: "is aligned". */
    private static final Set<String> PRESENT_LINKS = Words.set("is", "are", "am", "be", "being", "'s", "'re", "get",
            "gets", "feel", "feels", "seem", "seems", "look", "looks", "become", "becomes", "stay", "stays", "remain",
            "remains", "i'm", "we're", "it's", "they're", "you're", "he's", "she's", "that's");

    private static final Set<String> LEADING = Words.set("and", "but", "so", "then", "also", "or", "plus", "finally",
            "first", "next", "later", "afterwards", "eventually");

    /**
     * @param previous the clause before in the same sentence, or null: a clause without its own subject
     *        ("..., set up a one-on-one") continues its subject and its mood
     */
    static Grammar of(ParsedText text, int from, int to, Grammar previous) {
        Grammar g = new Grammar();
        List<Token> tokens = text.tokens();
        Clause.Actor inherited = previous == null ? null : previous.actor;
        g.metricShape = metricShape(tokens, from, to);
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isPast() && (i == from || !PRESENT_LINKS.contains(tokens.get(i - 1).lower()))) {
                g.anyPast = true;
                break;
            }
        }
        int start = from;
        while (start < to - 1 && LEADING.contains(tokens.get(start).lower())) {
            start++;
        }
        if (start < to && tokens.get(start).lower().equals("if")) {
            g.modal = true;
            g.actor = Clause.Actor.NONE;
            return g;
        }
        int k = start;
        while (k < to) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (k == start && (w.equals("myself") || w.equals("me")) && k + 2 < to && tokens.get(k + 1).lower().equals("and")) {
                // "myself and our support lead called": a step taken together is a shared step
                int verbAt = pastVerbAfter(tokens, k + 2, Math.min(to, k + 8));
                if (verbAt > k + 2) {
                    int next = g.afterSubject(tokens, verbAt - 1, to, Clause.Actor.WE);
                    if (next < 0) {
                        return g;
                    }
                    k = next;
                    continue;
                }
            }
            if (Words.FIRST_SINGULAR_SUBJECT.contains(w) || Words.FIRST_PLURAL_SUBJECT.contains(w) || w.equals("you")) {
                Clause.Actor who = w.startsWith("i") ? Clause.Actor.I : w.startsWith("we") ? Clause.Actor.WE : Clause.Actor.YOU;
                if (who == Clause.Actor.I && k > start && tokens.get(k - 1).lower().equals("and")) {
                    who = Clause.Actor.WE; // "my engineer and I rewrote it": shared
                }
                int next = g.afterSubject(tokens, k, to, who);
                if (next < 0) {
                    return g;
                }
                k = next;
                continue;
            }
            if (k == start && previous != null && previous.modal && (previous.actor == Clause.Actor.I
                    || previous.actor == Clause.Actor.WE)) {
                g.actor = previous.actor;
                g.modal = true;
                g.future = previous.future;
                return g;
            }
            if (k == start && Words.isPast(w) && !Words.BE_FORMS.contains(w) && !w.equals("had")) {
                int later = laterVerb(tokens, k + 1, Math.min(to, k + 4));
                if (later >= 0) {
                    // "failed deliveries went from 14% to 6%": the first word only describes the subject
                    g.otherSubject(tokens, later, to);
                    return g;
                }
                g.actor = inherited == null || inherited == Clause.Actor.NONE ? Clause.Actor.I : inherited;
                g.verb = w;
                g.pastAction = !Words.STATIVE_PAST.contains(w);
                g.changeVerb = CHANGE_VERBS.contains(w);
                return g;
            }
            if (Words.BE_FORMS.contains(w) || w.equals("had") || w.equals("has") || w.equals("have")
                    || Words.isPast(w) || w.equals("is") || w.equals("are")) {
                g.otherSubject(tokens, k, to);
                return g;
            }
            k++;
        }
        return g;
    }

    /** Reads the verb after "I"/"we"/"you" at {@code k}; returns where to keep scanning (after a hedge), or -1. */
    private int afterSubject(List<Token> tokens, int k, int to, Clause.Actor who) {
        String subject = tokens.get(k).lower();
        int v = skipAdverbs(tokens, k + 1, to);
        String verbWord = v < to ? tokens.get(v).lower() : "";
        actor = who;
        if (subject.endsWith("'d")) {
            if (Words.isParticiple(verbWord) || Words.isPast(verbWord) || verbWord.equals("been")) {
                background = true; // "we'd been celebrating", "I'd sat with patients": had, not would
                anyPast = true;
                verb = verbWord;
            } else {
                modal = true;
            }
            return -1;
        }
        if (subject.endsWith("'ll")) {
            modal = true;
            future = true;
            return -1;
        }
        if (subject.endsWith("'ve")) {
            return perfect(tokens, v, to);
        }
        if ((verbWord.equals("have") || verbWord.equals("has")) && v + 1 < to) {
            int p = skipAdverbs(tokens, v + 1, to);
            if (p < to && Words.isParticiple(tokens.get(p).lower()) && !tokens.get(p).lower().equals("been")) {
                return perfect(tokens, p, to);
            }
        }
        if (subject.endsWith("'m") || subject.endsWith("'re")) {
            present = true;
            progressive = verbWord.endsWith("ing") && !verbWord.equals("thing");
            return -1;
        }
        if (v >= to) {
            return -1;
        }
        verb = verbWord;
        if (Words.HEDGE_VERBS.contains(verbWord) && v + 1 < to) {
            actor = Clause.Actor.NONE;
            verb = null;
            int after = v + 1;
            if (after < to && tokens.get(after).lower().equals("that")) {
                after++;
            }
            return after;
        }
        if (verbWord.equals("could") && v + 1 < to && NOT_ABLE.contains(tokens.get(v + 1).lower())) {
            anyPast = true; // "I could not answer" says what happened, not what I might do
            return -1;
        }
        if (Words.MODALS.contains(verbWord) || verbWord.equals("must")) {
            modal = true;
            modalWord = verbWord;
            future = FUTURE.contains(verbWord);
            return -1;
        }
        if ((verbWord.equals("am") || verbWord.equals("are")) && v + 1 < to
                && tokens.get(v + 1).lower().equals("going")) {
            modal = true;
            future = true;
            return -1;
        }
        if (verbWord.equals("was") || verbWord.equals("were")) {
            anyPast = true;
            String next = v + 1 < to ? tokens.get(v + 1).lower() : "";
            if (next.equals("going")) {
                modal = true;
                return -1;
            }
            background = !Words.STATE_PARTICIPLES.contains(next) || next.equals("stuck") || next.equals("stretched");
            if (next.equals("asked") || next.equals("tasked") || next.equals("told") || next.equals("given")) {
                background = false;
            }
            return -1;
        }
        if (verbWord.equals("had")) {
            anyPast = true;
            String next = v + 1 < to ? tokens.get(v + 1).lower() : "";
            background = !next.equals("to");
            if (next.equals("to") && v + 2 < to && who == Clause.Actor.I) {
                // "I had to call every tutor": told in the past, the speaker's obligation was met, so it is a step as
                // well as a duty ("I had to be careful", "I had to wait" say how it was, not what was done); a team's
                // "we had to launch before the holidays" stays the goal it names
                pastAction = !STATIVE_AFTER_HAD_TO.contains(tokens.get(v + 2).lower());
            }
            return -1;
        }
        if (NEGATED.contains(verbWord)) {
            anyPast |= verbWord.endsWith("n't") && (verbWord.startsWith("did") || verbWord.startsWith("was")
                    || verbWord.startsWith("were") || verbWord.startsWith("could") || verbWord.startsWith("had"));
            if (verbWord.equals("won't") || verbWord.equals("wouldn't") || verbWord.equals("can't")) {
                modal = true;
            }
            present = verbWord.equals("don't") || verbWord.equals("can't");
            return -1;
        }
        if (verbWord.equals("used") && v + 1 < to && tokens.get(v + 1).lower().equals("to")) {
            anyPast = true;
            background = true; // "we used to collect in three currencies": how things were, not a step
            return -1;
        }
        if (Words.isPast(verbWord)) {
            anyPast = true;
            pastAction = !Words.STATIVE_PAST.contains(verbWord) && !Words.HEDGE_VERBS.contains(verbWord);
            changeVerb = CHANGE_VERBS.contains(verbWord);
            return -1;
        }
        present = true;
        presentSimple = !NOT_NARRATED.contains(verbWord) && Character.isLetter(verbWord.isEmpty() ? ' ' : verbWord.charAt(0));
        return -1;
    }

    /** Present verbs that state a condition rather than tell a step, even in a story told in the present. */
    private static final Set<String> NOT_NARRATED = Words.set("am", "is", "are", "have", "has", "do", "does", "know", "want",
            "need", "like", "love", "hate", "hope", "mean", "feel", "think", "believe", "guess", "suppose", "own", "usually",
            "always", "often", "never", "tend", "try", "prefer", "enjoy", "care", "wish");

    /**
     * "I have launched it", "we've cut the backlog": the present perfect tells a step that is done (completed, so
     * past for the story), unless its verb is a state ("I've been", "I've known").
     */
    private int perfect(List<Token> tokens, int p, int to) {
        String part = p < to ? tokens.get(p).lower() : "";
        if (Words.isParticiple(part) || Words.isPast(part)) {
            anyPast = true;
            verb = part;
            pastAction = !Words.STATIVE_PAST.contains(part) && !part.equals("been") && !Words.HEDGE_VERBS.contains(part);
            changeVerb = CHANGE_VERBS.contains(part);
            return -1;
        }
        present = true;
        return -1;
    }

    /** In a story told in the present ("So it's 2021, I pull the data"), a plain present step is a step taken. */
    void narratedInPresent() {
        if (actor != Clause.Actor.I && actor != Clause.Actor.WE && actor != Clause.Actor.YOU && !modal && !future) {
            anyPast = true; // "returns drop by 18%": what happened, told in the present
        }
        if (presentSimple && !modal && !progressive) {
            pastAction = true;
            anyPast = true;
            present = false;
        } else if (!modal && !future && (progressive || present)) {
            // "I'm running checkout, and sellers are dropping out": the scene at the time, not a plan or a habit
            background = true;
            anyPast = true;
            progressive = false;
            present = false;
        }
    }

    /** A clause whose subject is someone or something else: "the bill came down", "the query was rewritten". */
    private void otherSubject(List<Token> tokens, int k, int to) {
        String w = tokens.get(k).lower();
        actor = Clause.Actor.OTHER;
        verb = w;
        if (Words.BE_FORMS.contains(w) || w.equals("is") || w.equals("are")) {
            int p = skipAdverbs(tokens, k + 1, to);
            String part = p < to ? tokens.get(p).lower() : "";
            boolean pastBe = w.equals("was") || w.equals("were") || w.equals("been") || w.equals("got");
            if (Words.isParticiple(part) && !Words.STATE_PARTICIPLES.contains(part) && endsVerbPhrase(tokens, p + 1, to)) {
                actor = Clause.Actor.PASSIVE;
                verb = part;
                pastAction = pastBe && !Words.OUTCOME_PARTICIPLES.contains(part);
                passiveOutcome = pastBe && Words.OUTCOME_PARTICIPLES.contains(part);
                anyPast |= pastBe;
                changeVerb = CHANGE_VERBS.contains(part);
                progressive = w.equals("being");
                return;
            }
            anyPast |= pastBe;
            present = !pastBe;
            progressive = part.endsWith("ing") && !pastBe;
            return;
        }
        if (w.equals("had")) {
            int p = skipAdverbs(tokens, k + 1, to);
            String part = p < to ? tokens.get(p).lower() : "";
            background = Words.isParticiple(part) || !part.equals("to");
            anyPast = true;
            return;
        }
        if (w.equals("has") || w.equals("have")) {
            present = true;
            return;
        }
        anyPast = true;
        changeVerb = CHANGE_VERBS.contains(w);
        background = w.equals("kept");
    }

    /** Verbs after "had to" that tell a state or a wait rather than a step. */
    private static final Set<String> STATIVE_AFTER_HAD_TO = Words.set("be", "have", "wait", "accept", "admit", "know",
            "feel", "live", "trust", "hope", "believe", "agree", "stay");

    /** Words that may follow a passive participle; a plain noun instead ("was failed deliveries") means an adjective. */
    private static final Set<String> AFTER_PASSIVE = Words.set("by", "to", "in", "on", "for", "at", "with", "and", "from",
            "into", "out", "up", "down", "back", "over", "off", "after", "before", "during", "within", "as", "so", "but",
            "because", "when", "while", "then", "again", "last", "this", "that", "early", "late", "quickly", "immediately",
            "successfully", "fully", "completely", "automatically", "manually", "twice", "once", "later", "soon",
            "across", "through", "without", "until", "via", "per", "about", "almost", "nearly", "only", "also", "too",
            "internally", "publicly", "entirely", "partly", "overnight", "anyway", "instead", "eventually", "finally");

    private static boolean endsVerbPhrase(List<Token> tokens, int after, int to) {
        if (after >= to) {
            return true;
        }
        String w = tokens.get(after).lower();
        return AFTER_PASSIVE.contains(w) || tokens.get(after).number() || w.endsWith("ly");
    }

    /** A past verb within the next few words ("failed deliveries went"), or -1. */
    /** The first past-tense verb in {@code [from, to)}, before any "to" or first-person subject; -1 if none. */
    private static int pastVerbAfter(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).lower();
            if (w.equals("to") || Words.FIRST_SINGULAR_SUBJECT.contains(w) || Words.FIRST_PLURAL_SUBJECT.contains(w)) {
                return -1;
            }
            if (Words.isPast(w) && !Words.BE_FORMS.contains(w)) {
                return i;
            }
        }
        return -1;
    }

    private static int laterVerb(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).lower();
            if (w.equals("to") || Words.FIRST_SINGULAR_SUBJECT.contains(w) || Words.FIRST_PLURAL_SUBJECT.contains(w)
                    || w.equals("the") || w.equals("a") || w.equals("an") || w.equals("and")) {
                return -1;
            }
            if (Words.isPast(w) || w.equals("was") || w.equals("were")) {
                return i;
            }
        }
        return -1;
    }

    private static int skipAdverbs(List<Token> tokens, int k, int to) {
        int i = k;
        int skipped = 0;
        while (i < to && skipped < 4) {
            String w = tokens.get(i).lower();
            if (tokens.get(i).is(Token.ADVERB)) {
                i++;
            } else if ((w.equals("kind") || w.equals("sort")) && i + 1 < to && tokens.get(i + 1).lower().equals("of")) {
                i += 2;
            } else {
                break;
            }
            skipped++;
        }
        return i;
    }

    /**
     * Words that name something measured. "Cut churn from 9 to 6" moves a metric (an outcome); "cut the scope from five
     * templates to two" changes a thing, which is a step (rubric section 2: a change told as a step is an action).
     */
    private static final java.util.Set<String> MEASURES = Words.set("rate", "rates", "churn", "conversion", "retention",
            "latency", "time", "times", "cost", "costs", "revenue", "sales", "tickets", "contacts", "calls", "complaints",
            "errors", "defects", "incidents", "nps", "csat", "score", "scores", "share", "adoption", "usage", "signups",
            "sign-ups", "spend", "margin", "minutes", "hours", "days", "weeks", "months", "seconds", "orders", "bookings",
            "arr", "mrr", "gmv", "users", "customers", "accounts", "returns", "refunds", "cancellations", "cancels",
            "attrition", "turnover", "pages", "escalations", "outages", "downtime", "uptime", "volume", "traffic", "clicks",
            "installs", "downloads", "ratings", "rating", "stars", "backlog", "budget", "savings", "fraud", "losses",
            "chargebacks", "failures", "success", "accuracy", "cycle", "throughput", "capacity", "utilization", "occupancy",
            "engagement", "activation", "subscribers", "members", "sessions", "visits", "purchases", "leads", "deals",
            "profit", "price", "prices", "fees", "hires", "headcount", "load", "lead-time", "sla", "p99", "p50", "mttr");

    private static boolean measured(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (MEASURES.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean metricShape(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            String w = t.lower();
            if (t.number() && (w.endsWith("%") || !Character.isLetterOrDigit(w.charAt(0)))) {
                return true;
            }
            if (w.equals("percent") || w.equals("points") || t.is(Token.MULTIPLIER)) {
                return true;
            }
            if ((w.equals("by") || w.equals("from")) && i + 1 < to) {
                Token n = tokens.get(i + 1);
                if ((n.number() || n.is(Token.NUMBER_WORD) || n.lower().equals("about")
                        || n.lower().equals("roughly") || n.lower().equals("around")) && measured(tokens, from, to)) {
                    return true;
                }
            }
            if (w.equals("half") && i > from && tokens.get(i - 1).lower().equals("in")) {
                return true;
            }
        }
        return false;
    }
}
