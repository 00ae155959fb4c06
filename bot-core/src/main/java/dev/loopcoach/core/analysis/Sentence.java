package dev.loopcoach.core.analysis;

/** A sentence (or bullet line) of a parsed text: character range and token range {@code [firstToken, endToken)}. */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {

    public int tokenCount() {
        return endToken - firstToken;
    }
}
