package dev.loopcoach.core.analysis;

import java.util.List;

/**
 * An answer read as a story: facts per sentence plus what kind of answer it is overall.
 *
 * @param kind {@code STORY} when it tells what happened; {@code HYPOTHETICAL} for "I would..." plans,
 *        {@code GENERIC} for claims and frameworks ("I always..."), {@code RAMBLING} when filler words drown the
 *        content, {@code EMPTY} when there is nothing to read
 * @param fillerWords filler words and phrases counted ("um", "like", "you know")
 */
public record Story(ParsedText text, Kind kind, List<SentenceFacts> sentences, List<CueMatch> cues, int fillerWords) {

    public enum Kind { STORY, HYPOTHETICAL, GENERIC, RAMBLING, EMPTY }

    public Story {
        sentences = List.copyOf(sentences);
        cues = List.copyOf(cues);
    }

    public boolean tellsStory() {
        return kind == Kind.STORY;
    }
}
