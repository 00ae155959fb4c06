package dev.loopcoach.core.coaching;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.Clause;
import dev.loopcoach.core.analysis.ParsedText;
import dev.loopcoach.core.analysis.SentenceFacts;
import dev.loopcoach.core.verdict.Padding;
import java.util.HashSet;
import java.util.Set;

/**
 * The part of a story a vote is earned on (rubric section 4, substance over surface): the answer without sentences
 * that say again what it already said, and without background beyond the few sentences of context just before the
 * first step, and without closing words after the story's last part. Saying it twice, opening with three paragraphs
 * of company history or closing with praise of the experience therefore never raises a vote;
 * the penalties for length and for mostly background are applied to the answer as given.
 */
final class StoryCore {
    /** Context kept before the first step: enough for the product, the team and what was wrong. */
    static final int KEPT_BACKGROUND_WORDS = 50;

    /** The core the vote is judged on, and what was set aside to get it. */
    /**
     * @param text the core the vote is judged on
     * @param scope the sentences the level's scope is read from: the story from the first step on, its task, and the
     *     context the speaker places themselves in ("I ran payments for 40 million users"); company history told
     *     about others is not the candidate's scope
     */
    /**
     * @param ownWords the sentences in which the speaker speaks of themselves ("I", "my"), when every other sentence is
     *     background about others (no step of the speaker's or their team's); empty otherwise. A copied question behind
     *     company history is caught on these words alone.
     * @param story the core without the background kept as its context, which the principle is read from (the whole
     *     answer when nothing was set aside)
     */
    record Reading(String text, boolean[] scope, Padding padding, String ownWords, String story) {
    }

    private static final double REPEAT_SHARE = 0.8;

    private StoryCore() {
    }

    static Reading read(AnswerAnalysis a) {
        ParsedText text = a.text();
        int n = text.sentences().size();
        boolean[] repeat = repeats(text);
        int firstStep = firstStep(a, repeat);
        boolean[] task = new boolean[n];
        a.story().sentences().forEach(f -> task[f.index()] = f.task());
        int lastPart = -1;
        for (SentenceFacts f : a.story().sentences()) {
            if (!repeat[f.index()] && (f.situation() || f.task() || f.action() || f.result() || f.lesson())) {
                lastPart = Math.max(lastPart, f.index());
            }
        }
        boolean[] keep = new boolean[n];
        int words = 0;
        int background = 0;
        int keptBackground = 0;
        int closing = 0;
        for (int i = n - 1; i >= 0; i--) {
            if (repeat[i]) {
                continue;
            }
            int w = words(text, i);
            words += w;
            if (firstStep >= 0 && lastPart >= 0 && i > lastPart) {
                keep[i] = false; // closing words that add no part of the story ("it was a great experience overall")
                closing += w;
            } else if (firstStep < 0 || i >= firstStep) {
                keep[i] = true;
            } else if (task[i]) {
                background += w;
                keep[i] = true; // what the speaker was asked to do is never trimmed, wherever it is told
                keptBackground += w;
            } else {
                background += w;
                // nearest context first: the sentences just before the first step say what was at stake
                keep[i] = keptBackground == 0 || keptBackground + w <= KEPT_BACKGROUND_WORDS;
                if (keep[i]) {
                    keptBackground += w;
                }
            }
        }
        boolean[] scope = new boolean[n];
        for (int i = 0; i < n; i++) {
            scope[i] = !repeat[i] && keep[i] && (firstStep < 0 || i >= firstStep || task[i] || speakerIn(text, i));
        }
        StringBuilder core = new StringBuilder();
        boolean trimmed = false;
        int repeated = 0;
        int coreWords = 0;
        for (int i = 0; i < n; i++) {
            repeated += repeat[i] ? 1 : 0;
            if (!keep[i]) {
                trimmed = true;
                continue;
            }
            coreWords += words(text, i);
            if (core.length() > 0) {
                core.append(' ');
            }
            core.append(text.text(text.sentence(i)).strip());
        }
        boolean othersOnly = trimmed; // nothing set aside: the usual checks apply to the whole answer
        for (SentenceFacts f : a.story().sentences()) {
            othersOnly &= speakerIn(text, f.index()) || !ownStep(f);
        }
        StringBuilder own = new StringBuilder();
        for (int i = 0; othersOnly && i < n; i++) {
            if (speakerIn(text, i)) {
                own.append(own.length() > 0 ? " " : "").append(text.text(text.sentence(i)).strip());
            }
        }
        // the core without the background kept as context: what the principle is read from once background was set aside
        StringBuilder story = new StringBuilder();
        for (int i = 0; trimmed && i < n; i++) {
            if (keep[i] && (firstStep < 0 || i >= firstStep || task[i])) {
                story.append(story.length() > 0 ? " " : "").append(text.text(text.sentence(i)).strip());
            }
        }
        return new Reading(trimmed ? core.toString() : text.source(), scope,
                new Padding(a.words(), repeated, firstStep < 0 ? 0 : background, words - closing, coreWords, trimmed),
                own.toString(), trimmed ? story.toString() : text.source());
    }

    /**
     * The first step the speaker or their team took, told as a step rather than as part of the scene ("over time it
     * absorbed three teams" is context); failing that any such step, failing that the first outcome; -1 if none.
     */
    private static int firstStep(AnswerAnalysis a, boolean[] repeat) {
        int anyStep = -1;
        int outcome = -1;
        for (SentenceFacts f : a.story().sentences()) {
            if (repeat[f.index()]) {
                continue;
            }
            if (ownStep(f) && (!f.situation() || speakerStep(f))) {
                return f.index();
            }
            if (ownStep(f) && anyStep < 0) {
                anyStep = f.index();
            }
            if (f.result() && outcome < 0) {
                outcome = f.index();
            }
        }
        return anyStep >= 0 ? anyStep : outcome;
    }

    private static final Set<String> SPEAKER = Set.of("i", "my", "me", "i'm", "i've", "i'd", "myself");

    private static boolean speakerIn(ParsedText text, int sentence) {
        var s = text.sentence(sentence);
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            if (SPEAKER.contains(text.token(t).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A step the speaker or their team took: what others did ("the company grew", "support was outsourced") is context. */
    private static boolean ownStep(SentenceFacts f) {
        return f.action() && f.clauses().stream().anyMatch(c -> c.action() && !c.hypothetical()
                && (c.actor() == Clause.Actor.I || c.actor() == Clause.Actor.WE));
    }

    /**
     * A step the speaker took themselves, even in a sentence that also sets the scene ("I was not convinced by the NPS,
     * so I sat with support for two days"): the scene is what others did or how things were, never the speaker's act.
     */
    private static boolean speakerStep(SentenceFacts f) {
        return f.clauses().stream().anyMatch(c -> c.action() && !c.hypothetical() && !c.background()
                && c.actor() == Clause.Actor.I);
    }

    /** A sentence repeats when most of its content words were all used before. */
    private static boolean[] repeats(ParsedText text) {
        Set<String> seen = new HashSet<>();
        boolean[] out = new boolean[text.sentences().size()];
        for (int i = 0; i < out.length; i++) {
            Set<String> here = Terms.of(text, text.sentence(i));
            int old = Terms.overlap(here, seen);
            if (here.size() >= 3 && old >= REPEAT_SHARE * here.size()) {
                out[i] = true;
                continue;
            }
            seen.addAll(here);
        }
        return out;
    }

    private static int words(ParsedText text, int sentence) {
        String s = text.text(text.sentence(sentence)).strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
