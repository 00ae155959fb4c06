package dev.loopcoach.core.writing;

/**
 * A word or phrase a reviewer would circle: the word as listed (lower case), the sentence it is in, the
 * sentence rewritten with a placeholder where data belongs, and what to do about it.
 */
public record WordFinding(String word, String sentence, String rewrite, String advice) {
}
