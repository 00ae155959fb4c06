package dev.loopcoach.core.analysis;

/** Whether the answer can be judged as an answer to the question at all, and if not, why. */
public record Relevance(Kind kind, String reason) {

    public enum Kind {
        /** A story that relates to the question. */
        ON_TOPIC,
        /** Nothing was written. */
        EMPTY,
        /** One line or a handful of words: too little to judge. */
        TOO_SHORT,
        /** Hypothetical, generic claims or filler instead of something that happened. */
        NO_STORY,
        /** Nothing in it relates to the question or to work. */
        OFF_TOPIC
    }

    public boolean judgeable() {
        return kind == Kind.ON_TOPIC;
    }
}
