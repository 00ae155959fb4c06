package dev.loopcoach.core.writing;

/**
 * A word or phrase a reviewer would circle: the word as listed (lower case), the sentence it is in, the sentence
 * rewritten without it in the writer's own tense ("" when only new data can fix it: never a placeholder inside their
 * sentence), and what to do about it.
 */
public record WordFinding(String word, String sentence, String rewrite, String advice) {
}
