package dev.loopcoach.core.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reviews a memo the way an Amazon reader would: length against the target, sentences over 30 words,
 * weasel words and adjectives without data, passive voice, Flesch-Kincaid grade, whether the bottom line
 * comes first, sections, numbers and undefined acronyms; then a verdict. Pure and deterministic: the same
 * text always gets the same report.
 *
 * <p>The verdict: <b>Needs another draft</b> when the text is empty, outside the target length, hides its
 * point, has more than one sentence in five over the limit, more than two weasel words per 100 words, or four
 * or more smaller problems; <b>Close</b> with one to three smaller problems; otherwise <b>Ready to send</b>.
 */
public final class WritingAnalyzer {
    public static final int LONG_SENTENCE_WORDS = 30;
    /** Grade above which a business reader slows down. */
    public static final double HARD_GRADE = 14.0;
    private static final int PASSIVE_EXAMPLES = 3;

    public WritingReport analyze(String text, Optional<WritingTarget> target) {
        Memo memo = Memo.parse(text);
        int words = Words.count(text);
        List<Memo.Unit> sentences = memo.sentences();

        int sentenceWords = 0;
        int syllables = 0;
        int numbers = 0;
        List<LongSentence> longOnes = new ArrayList<>();
        List<WordFinding> weasels = new ArrayList<>();
        List<WordFinding> adjectives = new ArrayList<>();
        List<String> passive = new ArrayList<>();
        for (Memo.Unit s : memo.units()) {
            if (s.heading()) {
                numbers += (int) Words.of(s.text()).stream().filter(Words::isDataNumber).count();
                // A short line without a full stop may be a heading or a line of a list: its weasel words count too.
                weasels.addAll(WeaselWords.weaselWords(s.text()));
                continue;
            }
            List<String> w = Words.of(s.text());
            sentenceWords += w.size();
            for (String word : w) {
                syllables += Words.syllables(word);
                if (Words.isDataNumber(word)) {
                    numbers++;
                }
            }
            if (w.size() > LONG_SENTENCE_WORDS) {
                longOnes.add(new LongSentence(s.text(), w.size()));
            }
            weasels.addAll(WeaselWords.weaselWords(s.text()));
            adjectives.addAll(WeaselWords.adjectivesWithoutData(s.text()));
            if (PassiveVoice.isPassive(s.text())) {
                passive.add(s.text());
            }
        }
        double grade = sentences.isEmpty() || sentenceWords == 0 ? 0
                : 0.39 * sentenceWords / sentences.size() + 11.8 * syllables / sentenceWords - 15.59;
        grade = Math.round(grade * 10) / 10.0;
        boolean bottomLine = BottomLine.first(memo);
        List<String> acronyms = Acronyms.undefined(memo.units());

        Findings f = new Findings();
        judge(f, words, target, sentences.size(), longOnes.size(), weasels.size(), adjectives.size(), passive.size(),
                grade, bottomLine, memo, numbers, acronyms);
        WritingVerdict verdict = f.major.isEmpty() && f.minor.isEmpty() ? WritingVerdict.READY
                : f.major.isEmpty() && f.minor.size() <= 3 ? WritingVerdict.CLOSE : WritingVerdict.REWORK;
        List<String> reasons = new ArrayList<>(f.major);
        reasons.addAll(f.minor);
        if (reasons.isEmpty()) {
            reasons.add("Clear, direct and backed by data: nothing to fix.");
        }
        return new WritingReport(words, target, sentences.size(), sentenceWords, longOnes, weasels, adjectives, passive.size(),
                passive.stream().limit(PASSIVE_EXAMPLES).toList(), grade, bottomLine, memo.headings(), memo.paragraphs(),
                memo.bullets(), numbers, acronyms, verdict, reasons);
    }

    private static final class Findings {
        final List<String> major = new ArrayList<>();
        final List<String> minor = new ArrayList<>();
    }

    private static void judge(Findings f, int words, Optional<WritingTarget> target, int sentences, int longCount,
                              int weaselCount, int adjectiveCount, int passiveCount, double grade, boolean bottomLine,
                              Memo memo, int numbers, List<String> acronyms) {
        if (words == 0) {
            f.major.add("There is no text to assess.");
            return;
        }
        target.ifPresent(t -> {
            String judged = t.judge(words);
            if (judged.equals("short")) {
                // a shortfall alone never sends a memo back (rubric section 1): it is something to fix, not a rewrite
                f.minor.add(String.format(Locale.ROOT, "Short: %,d words against a target of %,d.", words, t.words()));
            } else if (judged.equals("long")) {
                f.major.add(String.format(Locale.ROOT, "Over the limit: %,d words where %,d is the most.", words, t.max()));
            }
        });
        if (!bottomLine && words >= 50) {
            f.major.add("The point comes late: open with your recommendation, ask or result in the first two sentences.");
        }
        if (longCount >= 2 && longCount * 5 > sentences) {
            f.major.add(longCount + " of " + sentences + " sentences run over " + LONG_SENTENCE_WORDS + " words.");
        } else if (longCount > 0) {
            f.minor.add(longCount + (longCount == 1 ? " sentence runs" : " sentences run") + " over " + LONG_SENTENCE_WORDS + " words.");
        }
        if (weaselCount * 100 > 2 * words && weaselCount >= 3) {
            f.major.add(weaselCount + " weasel words in " + words + " words: replace them with facts.");
        } else if (weaselCount > 0) {
            f.minor.add(weaselCount + (weaselCount == 1 ? " weasel word." : " weasel words."));
        }
        if (adjectiveCount > 0) {
            f.minor.add(adjectiveCount + (adjectiveCount == 1 ? " adjective" : " adjectives") + " without data behind them.");
        }
        if (passiveCount >= 2 && passiveCount * 4 > sentences) {
            f.minor.add(passiveCount + " of " + sentences + " sentences are passive: say who did what.");
        }
        if (grade > HARD_GRADE) {
            f.minor.add(String.format(Locale.ROOT, "Hard to read (grade %.1f): use shorter sentences and plainer words.", grade));
        }
        int needed = Math.max(1, words / 250);
        if (words >= 100 && numbers < needed) {
            f.minor.add("Only " + numbers + (numbers == 1 ? " number" : " numbers") + " in " + words
                    + " words: back your claims with data.");
        }
        if (!acronyms.isEmpty()) {
            f.minor.add("Acronyms not defined at first use: " + String.join(", ", acronyms) + ".");
        }
        if (words > 500 && memo.headings().isEmpty()) {
            f.minor.add("No section headings: a reader of " + words + " words needs signposts.");
        } else if (words > 250 && memo.paragraphs() + memo.bullets() < 3) {
            f.minor.add("One block of text: break it into paragraphs, one idea each.");
        }
    }
}
