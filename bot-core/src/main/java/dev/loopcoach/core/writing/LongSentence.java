package dev.loopcoach.core.writing;

/** A sentence over the length limit, with its word count. */
public record LongSentence(String sentence, int words) {
}
