package dev.loopcoach.core.writing;

import java.util.List;
import java.util.Optional;

/**
 * Everything the writing analyzer found in one text. Counts cover paragraphs and list items; headings count
 * as words but not as sentences.
 *
 * @param words words in the whole text
 * @param target the length asked for, when known
 * @param sentences sentences in paragraphs and list items
 * @param sentenceWords words in those sentences (the text without its headings)
 * @param longSentences sentences over {@link WritingAnalyzer#LONG_SENTENCE_WORDS} words, in order
 * @param weaselWords hedges, vague amounts and intensifiers, each with a suggested rewrite
 * @param adjectivesWithoutData judgement adjectives in sentences with no number, each with a suggested rewrite
 * @param passiveSentences sentences with at least one passive construction
 * @param passiveExamples the first few of those sentences
 * @param fkGrade Flesch-Kincaid grade level, one decimal
 * @param bottomLineFirst whether the point (recommendation, ask or result) comes in the first two sentences
 * @param headings section headings, in order
 * @param paragraphs paragraphs of prose
 * @param bullets list items
 * @param numbers numbers used as data (bare years excluded)
 * @param undefinedAcronyms acronyms not spelled out where first used, in order
 * @param verdict the overall call
 * @param reasons why, most important first
 */
public record WritingReport(
        int words,
        Optional<WritingTarget> target,
        int sentences,
        int sentenceWords,
        List<LongSentence> longSentences,
        List<WordFinding> weaselWords,
        List<WordFinding> adjectivesWithoutData,
        int passiveSentences,
        List<String> passiveExamples,
        double fkGrade,
        boolean bottomLineFirst,
        List<String> headings,
        int paragraphs,
        int bullets,
        int numbers,
        List<String> undefinedAcronyms,
        WritingVerdict verdict,
        List<String> reasons) {

    public WritingReport {
        longSentences = List.copyOf(longSentences);
        weaselWords = List.copyOf(weaselWords);
        adjectivesWithoutData = List.copyOf(adjectivesWithoutData);
        passiveExamples = List.copyOf(passiveExamples);
        headings = List.copyOf(headings);
        undefinedAcronyms = List.copyOf(undefinedAcronyms);
        reasons = List.copyOf(reasons);
    }

    /** "short", "ok", "long", or "no target" when none was given. */
    public String length() {
        return target.map(t -> t.judge(words)).orElse("no target");
    }

    public double averageSentenceWords() {
        return sentences == 0 ? 0 : Math.round(10.0 * sentenceWords / sentences) / 10.0;
    }
}
