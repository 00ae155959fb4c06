package dev.loopcoach.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an answer as a story, clause by clause, with the cues of {@code analysis/story-cues.txt} and a little
 * grammar: who acts (I, we, someone else, a passive verb), in which tense (past, present, "would"), and what the
 * clause says (context, goal, step, outcome, plan). From that it decides per sentence whether it is part of a
 * real story, a hypothetical or a generic claim, and which STAR parts it holds. One linear pass over the tokens.
 */
public final class StoryReader {
    public static final String RESOURCE = "analysis/story-cues.txt";

    /** The words a candidate uses to label the outcome of a STAR answer ("Result: ..."). */
    private static final java.util.Set<String> RESULT_LABELS = java.util.Set.of("result", "results", "outcome", "outcomes");

    enum Label { CONTEXT, TASK, RESULT, CHANGE, FORECAST, HABITUAL, VAGUE, LESSON, DISAGREE, DATA, GUESS, LATER }

    private static final double FILLER_SHARE_FOR_RAMBLING = 0.25;

    private final CueSet cues;
    private final QuantityFinder quantities = new QuantityFinder();
    /** Outcome cues that open on past forms only; filled once, read-only afterwards. */
    private final Set<Cue> pastOpenings = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    public StoryReader(CueSet cues) {
        this.cues = cues;
        for (Cue c : cues.cues()) {
            label(c.label());
            if (opensOnPastForm(c)) {
                pastOpenings.add(c);
            }
        }
    }

    public static StoryReader standard() {
        return new StoryReader(CueSet.of(CueSet.readResource(RESOURCE)));
    }

    private static final java.util.Map<String, Label> LABELS = new java.util.HashMap<>();

    static {
        for (Label l : Label.values()) {
            LABELS.put(l.name().toLowerCase(java.util.Locale.ROOT), l);
        }
    }

    static Label label(String name) {
        Label l = LABELS.get(name);
        if (l == null) {
            throw new IllegalArgumentException("unknown story cue label " + name);
        }
        return l;
    }

    public Story read(ParsedText text) {
        return read(text, false);
    }

    /**
     * @param continuation true for an answer to a follow-up probe: the story's steps were told before, so an
     *        outcome does not need a step before it in this text
     */
    public Story read(ParsedText text, boolean continuation) {
        return read(text, continuation, cues.match(text));
    }

    CueSet cues() {
        return cues;
    }

    /** Reads with matches of this reader's cues computed beforehand (see {@link CueSet.Combined}). */
    Story read(ParsedText text, boolean continuation, List<CueMatch> matches) {
        if (text.isEmpty()) {
            return new Story(text, Story.Kind.EMPTY, List.of(), matches, 0);
        }
        int fillers = FillerCounter.count(text);
        List<int[]> clauseRanges = new ArrayList<>();
        int[] clauseOfToken = new int[text.tokens().size()];
        splitClauses(text, clauseRanges, clauseOfToken);
        double[][] clauseCue = new double[clauseRanges.size()][Label.values().length];
        for (CueMatch m : matches) {
            Label l = label(m.label());
            if ((l == Label.CHANGE || l == Label.RESULT) && m.firstToken() > 0
                    && isInfinitiveMarker(text.token(m.firstToken() - 1).lower())) {
                continue; // "wanted to cut it", "to hit a launch date": an intention, not something that happened
            }
            if ((l == Label.CHANGE || l == Label.RESULT) && !outcomeForm(text, m)) {
                continue;
            }
            if (l == Label.RESULT && timeMarker(text, m)) {
                continue; // "I reviewed it every Monday before it went out": when a step happened, not an outcome
            }
            double[] row = clauseCue[clauseOfToken[m.firstToken()]];
            row[l.ordinal()] += m.weight();
        }

        boolean[] selfHabit = selfHabits(text, matches);
        List<List<Grammar>> grammars = new ArrayList<>(text.sentences().size());
        List<List<double[]>> rows = new ArrayList<>(text.sentences().size());
        List<List<int[]>> spans = new ArrayList<>(text.sentences().size());
        int c = 0;
        for (Sentence s : text.sentences()) {
            List<Grammar> grammar = new ArrayList<>();
            List<double[]> cueRows = new ArrayList<>();
            List<int[]> ranges = new ArrayList<>();
            while (c < clauseRanges.size() && clauseRanges.get(c)[0] < s.endToken()) {
                int[] r = clauseRanges.get(c);
                Grammar previous = grammar.isEmpty() ? null : grammar.get(grammar.size() - 1);
                grammar.add(Grammar.of(text, r[0], r[1], previous));
                cueRows.add(clauseCue[c]);
                ranges.add(r);
                c++;
            }
            grammars.add(grammar);
            rows.add(cueRows);
            spans.add(ranges);
        }
        if (toldInPresent(text, grammars, selfHabit)) {
            grammars.forEach(g -> g.forEach(Grammar::narratedInPresent));
        }
        List<Draft> drafts = new ArrayList<>(text.sentences().size());
        for (Sentence s : text.sentences()) {
            List<Grammar> grammar = grammars.get(s.index());
            drafts.add(new Draft(s, grammar, rows.get(s.index()), spans.get(s.index()),
                    kindOf(text, s, grammar, rows.get(s.index()), selfHabit[s.index()])));
        }
        return assemble(text, drafts, matches, fillers, continuation);
    }

    /** Words of a short reply or a count rather than a scene ("Yes, often.", "Many times.", "Not really."). */
    private static final Set<String> SHORT_REPLIES = Set.of("yes", "no", "not", "never", "many", "times", "often",
            "once", "twice", "mostly", "really", "plenty", "sometimes", "always", "time");

    /** Arriving somewhere: where the story happens, never a step of it. */
    private static final Set<String> CAREER_MOVES = Set.of("joined", "arrived", "join", "arrive");

    /** Steps told in the present needed before a story counts as narrated in the present. */
    private static final int PRESENT_STEPS = 3;

    /**
     * A story told in the historical present ("So it's 2021, I'm running checkout, and returns are through the roof. I
     * pull the data..."): plain present steps by "I"/"we" outnumber the past ones at least two to one, outside habits,
     * and something places it in the past (a year, "last year", "back then", "it's 2021").
     */
    private static boolean toldInPresent(ParsedText text, List<List<Grammar>> grammars, boolean[] selfHabit) {
        int present = 0;
        int past = 0;
        for (int i = 0; i < grammars.size(); i++) {
            if (selfHabit[i]) {
                continue;
            }
            for (Grammar g : grammars.get(i)) {
                boolean self = g.actor == Clause.Actor.I || g.actor == Clause.Actor.WE;
                present += self && g.presentSimple && !g.modal ? 1 : 0;
                past += self && g.pastAction ? 1 : 0;
            }
        }
        return present >= PRESENT_STEPS && present >= 2 * past && placedInThePast(text);
    }

    private static final Set<String> PAST_ANCHORS = Set.of("ago", "last", "back", "then", "once", "earlier", "previous",
            "former", "formerly", "when");

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");

    private static boolean placedInThePast(ParsedText text) {
        for (Token t : text.tokens()) {
            String w = t.lower();
            if (PAST_ANCHORS.contains(w) || YEAR.matcher(w).matches() || Words.isPast(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An outcome cue names something that happened; the same stem in another form does not: "was copying" (an
     * activity under way) is not "was copied", and "our release day" (a noun) is not "released". A cue that opens with
     * a past form must open on a past form, and none may end on an "-ing" form.
     */
    private boolean outcomeForm(ParsedText text, CueMatch m) {
        String last = text.token(m.endToken() - 1).lower();
        if (last.endsWith("ing") && m.endToken() - m.firstToken() > 1
                && Words.BE_FORMS.contains(text.token(m.endToken() - 2).lower())) {
            return false;
        }
        String first = text.token(m.firstToken()).lower();
        return !pastOpenings.contains(m.cue()) || Words.isPast(first) || Words.isParticiple(first);
    }

    /** The cue's one pattern opens on a set of past forms ("{launched,shipped,released} ..."). */
    private static boolean opensOnPastForm(Cue c) {
        String p = c.pattern().strip();
        if (p.replaceAll("\\{[^}]*\\}", "").contains("|")) {
            return false; // several alternatives: which one matched is not known here
        }
        String first = p.split("\\s+")[0].replace("{", "").replace("}", "");
        for (String w : first.split(",")) {
            if (!w.replace("=", "").endsWith("ed")) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> TIME_SUBORDINATORS = Set.of("before", "until", "till", "unless");

    /** The cue sits in a clause that only dates something else: "before it went out", "until it shipped". */
    private static boolean timeMarker(ParsedText text, CueMatch m) {
        int from = Math.max(text.sentence(m.sentence()).firstToken(), m.firstToken() - 2);
        for (int i = from; i < m.firstToken(); i++) {
            if (TIME_SUBORDINATORS.contains(text.token(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInfinitiveMarker(String w) {
        return w.equals("to") || Words.MODALS.contains(w) || w.equals("must");
    }

    /** Clauses break at commas/colons/dashes and before "and"/"but"/"so"... when a new subject follows. */
    private static void splitClauses(ParsedText text, List<int[]> out, int[] clauseOfToken) {
        List<Token> tokens = text.tokens();
        for (Sentence s : text.sentences()) {
            int start = s.firstToken();
            for (int i = s.firstToken() + 1; i < s.endToken(); i++) {
                Token t = tokens.get(i);
                boolean cut = t.clauseBreak();
                if (!cut && t.is(Token.CONJUNCTION) && i + 1 < s.endToken()) {
                    cut = t.lower().equals("which") || Words.CLAUSE_SUBJECTS.contains(tokens.get(i + 1).lower());
                }
                if (cut && i > start) {
                    out.add(new int[] {start, i});
                    start = i;
                }
            }
            out.add(new int[] {start, s.endToken()});
        }
        for (int k = 0; k < out.size(); k++) {
            for (int i = out.get(k)[0]; i < out.get(k)[1]; i++) {
                clauseOfToken[i] = k;
            }
        }
    }

    /**
     * The speaker announcing context ("Some background first", "let me explain the setup, because it was complex"):
     * talk about the answer, not a part of the story, so the story's first sentence is the one after it.
     */
    private static final List<String> CONTEXT_ANNOUNCEMENTS = List.of("let me explain", "let me set", "let me give",
            "let me start with", "let me describe", "let me paint", "some context", "some background", "bit of context",
            "bit of background", "context first", "background first", "set the scene", "set this up", "set the stage",
            "for context", "quick context", "first the context", "first the background");
    private static final int ANNOUNCEMENT_MAX_WORDS = 16;

    static boolean announcesContext(ParsedText text, Sentence s) {
        if (s.endToken() - s.firstToken() > ANNOUNCEMENT_MAX_WORDS) {
            return false;
        }
        StringBuilder b = new StringBuilder(" ");
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            b.append(text.token(i).lower()).append(' ');
        }
        String lower = b.toString();
        return CONTEXT_ANNOUNCEMENTS.stream().anyMatch(p -> lower.contains(" " + p + " "));
    }

    private static SentenceFacts.Kind kindOf(ParsedText text, Sentence s, List<Grammar> grammar, List<double[]> cueRows,
            boolean selfHabit) {
        if (announcesContext(text, s)) {
            return SentenceFacts.Kind.GENERIC;
        }
        boolean anyPastAction = false;
        boolean selfProgressive = false;
        boolean anyModal = false;
        boolean anyPast = false;
        boolean selfPresent = false;
        double habitual = 0;
        double lesson = 0;
        double result = 0;
        double forecast = 0;
        boolean pastInSentence = false;
        for (Grammar g : grammar) {
            pastInSentence |= g.anyPast;
        }
        boolean pastBefore = false;
        for (int k = 0; k < grammar.size(); k++) {
            Grammar g = grammar.get(k);
            anyPastAction |= g.pastAction && (g.actor == Clause.Actor.I || g.actor == Clause.Actor.WE);
            // "Engineering said we could patch it later" reports what was said; "I couldn't fix it, but I could switch
            // it off" tells what I was able to do: neither is a step the candidate only imagines
            boolean reported = pastBefore || "could".equals(g.modalWord) && pastInSentence;
            anyModal |= g.modal && !reported && (g.actor == Clause.Actor.I || g.actor == Clause.Actor.WE || g.actor == Clause.Actor.NONE);
            pastBefore |= g.anyPast;
            anyPast |= g.anyPast;
            selfPresent |= g.present && (g.actor == Clause.Actor.I || g.actor == Clause.Actor.WE || g.actor == Clause.Actor.YOU);
            selfProgressive |= g.progressive && (g.actor == Clause.Actor.I || g.actor == Clause.Actor.WE);
            double[] row = cueRows.get(k);
            habitual += row[Label.HABITUAL.ordinal()];
            lesson += row[Label.LESSON.ordinal()];
            result += row[Label.RESULT.ordinal()] + row[Label.LATER.ordinal()];
            forecast += row[Label.FORECAST.ordinal()];
        }
        if (anyModal && !anyPastAction && lesson < 2) {
            return SentenceFacts.Kind.HYPOTHETICAL;
        }
        if (habitual >= 2 && lesson < 1.5 && (selfHabit || !anyPast)) {
            return SentenceFacts.Kind.GENERIC;
        }
        if (!anyPast && !selfProgressive && result < 1.5 && lesson < 1.5 && forecast < 2
                && (selfPresent || startsGeneric(text, s))) {
            return SentenceFacts.Kind.GENERIC;
        }
        return SentenceFacts.Kind.STORY;
    }

    /** Per sentence: a habit word attached to the speaker ("I always", "we usually", "what we always do"). */
    private static boolean[] selfHabits(ParsedText text, List<CueMatch> matches) {
        boolean[] out = new boolean[text.sentences().size()];
        for (CueMatch m : matches) {
            if (out[m.sentence()] || label(m.label()) != Label.HABITUAL) {
                continue;
            }
            int first = text.sentence(m.sentence()).firstToken();
            for (int k = Math.max(first, m.firstToken() - 2); k < m.firstToken(); k++) {
                String w = text.token(k).lower();
                if (Words.SUBJECTS.contains(w) || w.equals("you") || w.equals("i've") || w.equals("we've")
                        || w.equals("i'm") || w.equals("we're")) {
                    out[m.sentence()] = true;
                    break;
                }
            }
        }
        return out;
    }

    /** "That's a great question." "Pressure is where I do my best work." */
    private static boolean startsGeneric(ParsedText text, Sentence s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String w = text.token(i).lower();
            if (w.equals("is") || w.equals("are") || w.equals("that's") || w.equals("it's") || w.equals("i'm")
                    || w.equals("you") || w.equals("there's")) {
                return true;
            }
        }
        return false;
    }

    private Story assemble(ParsedText text, List<Draft> drafts, List<CueMatch> matches, int fillers,
            boolean continuation) {
        int storyCount = 0;
        int generic = 0;
        int hypothetical = 0;
        for (Draft d : drafts) {
            switch (d.kind) {
                case STORY -> storyCount++;
                case GENERIC -> generic++;
                case HYPOTHETICAL -> hypothetical++;
            }
        }
        int firstAction = continuation ? -1 : Integer.MAX_VALUE;
        for (Draft d : continuation ? List.<Draft>of() : drafts) {
            if (d.kind == SentenceFacts.Kind.STORY && d.hasAction(d.index() == firstStoryIndex(drafts))) {
                firstAction = d.index();
                break;
            }
        }
        int lastStory = -1;
        for (Draft d : drafts) {
            if (d.kind == SentenceFacts.Kind.STORY) {
                lastStory = d.index();
            }
        }
        List<SentenceFacts> facts = new ArrayList<>(drafts.size());
        boolean anyResult = false;
        int storySeen = 0;
        for (Draft d : drafts) {
            SentenceFacts f = d.facts(text, quantities, firstAction, storySeen, d.index() == lastStory, drafts.size());
            if (d.kind == SentenceFacts.Kind.STORY) {
                storySeen++;
            }
            anyResult |= f.result();
            facts.add(f);
        }
        int eventful = 0;
        for (SentenceFacts f : facts) {
            eventful += f.story() && (f.task() || f.clauses().stream().anyMatch(c -> c.action() && !c.hypothetical()
                    && (c.actor() == Clause.Actor.I || c.actor() == Clause.Actor.WE))) ? 1 : 0;
        }
        Story.Kind kind = Story.Kind.STORY;
        int words = Math.max(1, text.words());
        if (fillers >= FILLER_SHARE_FOR_RAMBLING * words && words >= 8) {
            kind = Story.Kind.RAMBLING;
        } else if (storyCount == 0 || !continuation && (eventful == 0 && generic + hypothetical > 0
                || generic + hypothetical >= storyCount && !anyResult)) {
            // claims or plans behind a paragraph of company history are still claims or plans: background alone,
            // with no step or task of the speaker's or their team's, does not make them a story
            kind = hypothetical >= generic && hypothetical > 0 ? Story.Kind.HYPOTHETICAL : Story.Kind.GENERIC;
        }
        if (kind != Story.Kind.STORY) {
            List<SentenceFacts> flat = new ArrayList<>(facts.size());
            for (SentenceFacts f : facts) {
                flat.add(new SentenceFacts(f.index(), f.kind() == SentenceFacts.Kind.STORY ? SentenceFacts.Kind.GENERIC : f.kind(),
                        false, false, false, false, f.forecast(), f.lesson(), f.passive(), f.vagueOutcome(), f.clauses(),
                        f.quantities(), List.of()));
            }
            facts = flat;
        }
        return new Story(text, kind, facts, matches, fillers);
    }

    private static int firstStoryIndex(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.kind == SentenceFacts.Kind.STORY) {
                return d.index();
            }
        }
        return -1;
    }

    /** One sentence before the answer-level decisions. */
    private record Draft(Sentence sentence, List<Grammar> grammar, List<double[]> cues, List<int[]> ranges,
            SentenceFacts.Kind kind) {

        int index() {
            return sentence.index();
        }

        double sum(Label l) {
            double v = 0;
            for (double[] row : cues) {
                v += row[l.ordinal()];
            }
            return v;
        }

        boolean isRoleDescription(int k) {
            Grammar g = grammar.get(k);
            return g.actor == Clause.Actor.I && g.verb != null && Words.ROLE_VERBS.contains(g.verb);
        }

        boolean hasAction(boolean firstStorySentence) {
            for (int k = 0; k < grammar.size(); k++) {
                if (clauseAction(k, firstStorySentence)) {
                    return true;
                }
            }
            return false;
        }

        boolean clauseAction(int k, boolean firstStorySentence) {
            Grammar g = grammar.get(k);
            if (g.modal || !g.pastAction) {
                return false;
            }
            if (firstStorySentence && isRoleDescription(k)) {
                return false;
            }
            if (g.actor == Clause.Actor.I && g.verb != null && CAREER_MOVES.contains(g.verb)) {
                return false; // "I joined as senior PM", wherever it is told, places the speaker; it is not a step
            }
            if (g.actor == Clause.Actor.PASSIVE) {
                return !(sum(Label.CONTEXT) >= 2 && index() < 2);
            }
            if (g.actor != Clause.Actor.I && g.actor != Clause.Actor.WE) {
                return false;
            }
            return !agentiveMetricChange(k);
        }

        /**
         * A first sentence whose subject is someone or something else sets the scene ("Signups fell by 40% in
         * March", "A new PM joined my team"), unlike a first sentence that jumps into the speaker's steps.
         */
        boolean opensWithScene() {
            Grammar g = grammar.get(0);
            return !g.modal && g.anyPast && (g.actor == Clause.Actor.OTHER || g.actor == Clause.Actor.PASSIVE);
        }

        /**
         * A sentence read as a habit for one clause ("I owned retention, and we always looked at churn by month") still
         * states the speaker's responsibility in its past clause: a task told in passing is a task.
         */
        boolean pastOwnTask() {
            if (kind != SentenceFacts.Kind.GENERIC) {
                return false;
            }
            for (int k = 0; k < grammar.size(); k++) {
                Grammar g = grammar.get(k);
                if (cues.get(k)[Label.TASK.ordinal()] >= 2 && g.anyPast && !g.modal && (selfActor(g) || g.actor == Clause.Actor.OTHER)) {
                    return true;
                }
            }
            return false;
        }

        /** "We're launching a new loyalty tier next month": the current situation. */
        /**
         * A scene set without a verb at the very start of a story of several sentences ("National health-booking
         * service.", "Puzzle game, 2018."): the where and when, told the way terse speakers open. Not a short reply
         * ("Yes, often.", "Many times.") nor a line about the speaker: those name no place.
         */
        boolean verbless(ParsedText text, int sentenceCount) {
            if (index() != 0 || sentenceCount < 3 || grammar.isEmpty() || sentence.endToken() - sentence.firstToken() < 2) {
                return false;
            }
            for (int k = sentence.firstToken(); k < sentence.endToken(); k++) {
                String w = text.token(k).lower();
                if (Words.FIRST_SINGULAR_SUBJECT.contains(w) || Words.FIRST_PLURAL_SUBJECT.contains(w) || SHORT_REPLIES.contains(w)) {
                    return false;
                }
            }
            for (Grammar g : grammar) {
                if (g.verb != null || g.actor != Clause.Actor.NONE) {
                    return false;
                }
            }
            return true;
        }

        boolean inProgress() {
            Grammar g = grammar.get(0);
            return g.progressive && (g.actor == Clause.Actor.I || g.actor == Clause.Actor.WE);
        }

        static boolean selfActor(Grammar g) {
            return g.actor == Clause.Actor.I || g.actor == Clause.Actor.WE;
        }

        /** The sentence opens with a STAR label for the outcome ("Result:", "Outcome:") before its first clause break. */
        boolean labelledResult(ParsedText text) {
            return grammar.size() > 1 && ranges.get(0)[1] - ranges.get(0)[0] == 1
                    && RESULT_LABELS.contains(text.token(ranges.get(0)[0]).lower());
        }

        /** "We reduced latency by 40 percent": told as a step, but it is an outcome. */
        boolean agentiveMetricChange(int k) {
            Grammar g = grammar.get(k);
            return g.changeVerb && g.metricShape;
        }

        SentenceFacts facts(ParsedText text, QuantityFinder finder, int firstAction, int storySeen, boolean lastStory,
                int sentenceCount) {
            boolean story = kind == SentenceFacts.Kind.STORY;
            boolean firstStory = story && storySeen == 0;
            List<Clause> clauses = new ArrayList<>(grammar.size());
            List<Quantity> all = new ArrayList<>();
            List<Quantity> inResult = new ArrayList<>();
            boolean action = false;
            boolean result = false;
            boolean forecastSeen = false;
            boolean anyForecast = false;
            boolean passive = false;
            boolean vague = false;
            boolean resultClauseSeen = false;
            // an admitted guess about the outcome ("I don't remember the numbers, it probably helped") is not a result
            boolean guess = sum(Label.GUESS) >= 2;
            // praise or a vague good feeling with no measure anywhere in the sentence is not an outcome
            boolean praise = sum(Label.VAGUE) >= 2 && finder.find(text, sentence.firstToken(), sentence.endToken()).isEmpty();
            // "what I took away is that ten calls beat a month of dashboards": a lesson, whatever numbers it holds
            boolean lessonOnly = kind != SentenceFacts.Kind.GENERIC && sum(Label.LESSON) >= 2 && sum(Label.CHANGE) == 0;
            boolean ownStep = story && !grammar.isEmpty() && clauseAction(0, firstStory);
            for (int k = 0; k < grammar.size(); k++) {
                Grammar g = grammar.get(k);
                double[] row = cues.get(k);
                int[] r = ranges.get(k);
                List<Quantity> qs = finder.find(text, r[0], r[1]);
                all.addAll(qs);
                double fc = row[Label.FORECAST.ordinal()];
                forecastSeen |= fc >= 2 && !(g.pastAction && g.actor == Clause.Actor.PASSIVE && fc < 3)
                        || fc >= 1 && !g.anyPast || g.modal && g.future || g.progressive;
                anyForecast |= forecastSeen;
                boolean clauseAction = story && clauseAction(k, firstStory);
                action |= clauseAction;
                passive |= g.actor == Clause.Actor.PASSIVE;
                // time passing ("over a year", "within two hours") supports an outcome, not a step of mine on its own
                boolean outcomeWords = row[Label.CHANGE.ordinal()] > 0 || row[Label.RESULT.ordinal()] >= 1;
                double score = row[Label.RESULT.ordinal()] + (!clauseAction || outcomeWords ? row[Label.LATER.ordinal()] : 0);
                if (row[Label.CHANGE.ordinal()] > 0 && (!g.changeVerb || g.metricShape || g.actor != Clause.Actor.I
                        && g.actor != Clause.Actor.WE)) {
                    score += Math.min(2, row[Label.CHANGE.ordinal()]);
                }
                if (row[Label.LESSON.ordinal()] >= 2) {
                    score += 2;
                } else if (row[Label.LESSON.ordinal()] >= 1.5) {
                    score += 1;
                }
                boolean afterAction = index() > firstAction || index() == firstAction && !clauseAction;
                boolean nonSelfOutcome = g.anyPast && g.actor != Clause.Actor.I && g.actor != Clause.Actor.WE
                        && !g.background && (g.actor != Clause.Actor.PASSIVE || g.passiveOutcome);
                if (afterAction && nonSelfOutcome && !qs.isEmpty()) {
                    score += 1;
                }
                if (lastStory && afterAction && nonSelfOutcome && sentenceCount > 2) {
                    score += 1;
                }
                boolean vagueHere = row[Label.VAGUE.ordinal()] >= 2 && qs.isEmpty();
                boolean isResult = story && !guess && !praise && !lessonOnly && !forecastSeen && !g.modal && !(g.background && !afterAction) && !vagueHere
                        && score >= 2 && (afterAction || score >= 3.5 || row[Label.RESULT.ordinal()] >= 2.5);
                if (isResult && clauseAction && !agentiveMetricChange(k) && row[Label.RESULT.ordinal()] < 2
                        && row[Label.LESSON.ordinal()] < 2) {
                    isResult = false;
                }
                if (isResult && firstAction >= 0 && index() < firstAction && !(selfActor(g) && agentiveMetricChange(k))) {
                    isResult = false; // before any step, what others did or what happened is the situation, not an outcome
                }
                if (isResult && k > 0 && ownStep && g.actor != Clause.Actor.I && g.actor != Clause.Actor.WE
                        && row[Label.CHANGE.ordinal()] == 0 && row[Label.RESULT.ordinal()] < 2.5) {
                    isResult = false; // "I asked the scientist to review it": what others did inside my step is the step
                }
                if (isResult && !afterAction && row[Label.TASK.ordinal()] >= 2) {
                    isResult = false; // a goal stated before any step ("make sure we hit our OKRs") is not an outcome
                }
                if (isResult && g.actor == Clause.Actor.I && !g.anyPast && !g.modal) {
                    // what the speaker does or is now, after a story told in the past ("now I give feedback within a
                    // week", "I'm quicker to ask now"), is a habit or a reflection, not an outcome of the story
                    isResult = false;
                }
                vague |= row[Label.VAGUE.ordinal()] >= 2 && !isResult;
                if (isResult) {
                    result = true;
                    resultClauseSeen = true;
                    inResult.addAll(qs);
                } else if (resultClauseSeen && !forecastSeen && !clauseAction && story) {
                    inResult.addAll(qs);
                }
                clauses.add(new Clause(index(), r[0], r[1], g.actor, clauseAction, isResult, forecastSeen, g.modal,
                        g.background));
            }
            if (!result && story && !guess && !praise && !lessonOnly && !forecastSeen && index() > firstAction
                    && labelledResult(text)) {
                // "Result: all 31 centres converted in 22 months": the candidate names the outcome as such
                result = true;
                inResult.addAll(all);
            }
            boolean situation = false;
            if (story && (index() <= firstAction || storySeen < 2)) {
                double context = sum(Label.CONTEXT);
                boolean background = false;
                for (Grammar g : grammar) {
                    background |= g.background && !g.modal;
                }
                situation = context >= 1.5 || background || firstStory && (context >= 1 || isRoleDescription(0)
                        || opensWithScene() || inProgress() || verbless(text, sentenceCount));
            }
            boolean task = (story || pastOwnTask()) && sum(Label.TASK) >= 2 && !(result && lastStory && index() > firstAction);
            boolean lesson = kind != SentenceFacts.Kind.GENERIC && sum(Label.LESSON) >= 1.5;
            return new SentenceFacts(index(), kind, situation, task, action, result, anyForecast, lesson, passive,
                    vague, clauses, all, inResult);
        }
    }
}
